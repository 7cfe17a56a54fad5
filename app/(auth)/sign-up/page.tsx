import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { getConfig } from '@/lib/config';
import { describePasswordPolicy } from '@/lib/password-policy';
import { SignUpForm } from '@/components/SignUpForm';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if (await getSignedInUser()) redirect('/account/security');

  return (
    <section className="card stack narrow" aria-labelledby="page-heading">
      <h1 id="page-heading">Create an account</h1>
      <SignUpForm passwordHint={describePasswordPolicy(getConfig().passwordPolicy)} />
      <p className="secondary-actions">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}
