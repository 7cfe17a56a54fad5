import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { challengeCookie } from '@/lib/auth/challenge-cookie';
import { getConfig } from '@/lib/config';
import { describePasswordPolicy } from '@/lib/password-policy';
import { NewPasswordForm } from '@/components/NewPasswordForm';
import { UseDifferentAccountForm } from '@/components/UseDifferentAccountForm';

export const metadata: Metadata = { title: 'Choose a new password' };

/** NEW_PASSWORD_REQUIRED: an administrator created this account with a temporary password. */
export default async function NewPasswordPage() {
  const challenge = await challengeCookie.read();
  if (challenge?.name !== 'NEW_PASSWORD_REQUIRED') redirect('/sign-in');

  return (
    <section className="card stack narrow" aria-labelledby="page-heading">
      <h1 id="page-heading">Choose a new password</h1>
      <p>You signed in with a temporary password. Choose your own to continue.</p>
      <NewPasswordForm
        passwordHint={describePasswordPolicy(getConfig().passwordPolicy)}
        requiredAttributes={challenge.requiredAttributes ?? []}
      />
      <UseDifferentAccountForm />
    </section>
  );
}
