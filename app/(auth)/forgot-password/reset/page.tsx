import type { Metadata } from 'next';
import Link from 'next/link';
import { pendingPasswordResetCookie } from '@/lib/auth/pending-email';
import { getConfig } from '@/lib/config';
import { describePasswordPolicy } from '@/lib/password-policy';
import { ResetPasswordForm } from '@/components/ResetPasswordForm';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage() {
  const pending = await pendingPasswordResetCookie.read();

  return (
    <section className="card stack narrow" aria-labelledby="page-heading">
      <h1 id="page-heading">Choose a new password</h1>
      <p>
        If an account exists for {pending?.email ?? 'that email'}, we sent a 6-digit code to it. It is valid
        for an hour. Your authenticator app, if you
        use one, stays as it is: you will still need its code to sign in.
      </p>
      <ResetPasswordForm email={pending?.email} passwordHint={describePasswordPolicy(getConfig().passwordPolicy)} />
      <p className="secondary-actions">
        No code? <Link href="/forgot-password">Send a new one</Link>
      </p>
    </section>
  );
}
