import type { Metadata } from 'next';
import Link from 'next/link';
import { pendingSignUpCookie } from '@/lib/auth/pending-email';
import { ConfirmSignUpForm } from '@/components/ConfirmSignUpForm';

export const metadata: Metadata = { title: 'Confirm your email' };

export default async function ConfirmSignUpPage() {
  const pending = await pendingSignUpCookie.read();

  return (
    <section className="card stack narrow" aria-labelledby="page-heading">
      <h1 id="page-heading">Confirm your email</h1>
      <p>
        We sent a 6-digit code to {pending?.destination ?? pending?.email ?? 'your email address'}. Type it
        here to finish creating your account. It is valid for 24 hours.
      </p>
      <ConfirmSignUpForm email={pending?.email} />
      <p className="secondary-actions">
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </section>
  );
}
