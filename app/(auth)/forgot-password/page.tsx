import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/ForgotPasswordForm';

export const metadata: Metadata = { title: 'Reset your password' };

export default function ForgotPasswordPage() {
  return (
    <section className="card stack narrow" aria-labelledby="page-heading">
      <h1 id="page-heading">Reset your password</h1>
      <p>Enter the email you sign in with. We will send you a code to choose a new password.</p>
      <ForgotPasswordForm />
      <p className="secondary-actions">
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </section>
  );
}
