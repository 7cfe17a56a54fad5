import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { readNotice } from '@/lib/auth/notice';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { SignInForm } from '@/components/SignInForm';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if (await getSignedInUser()) redirect('/account/security');
  const notice = await readNotice();

  return (
    <section className="card stack narrow">
      <h1>Sign in</h1>
      <p className="muted">With the email and password of your account.</p>
      <SignInForm notice={notice} />
      <p className="secondary-actions">
        <Link href="/forgot-password">Forgot your password?</Link> · <Link href="/sign-up">Create an account</Link>
      </p>
    </section>
  );
}
