import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { ReplaceAuthenticatorForm } from '@/components/ReplaceAuthenticatorForm';

export const metadata: Metadata = { title: 'Replace your authenticator app' };

export default async function ReplaceAuthenticatorPage() {
  if (!(await getSignedInUser())) redirect('/sign-in');

  return (
    <section className="card stack narrow">
      <h1>Replace your authenticator app</h1>
      <div className="notice stack" role="note">
        <p>
          <strong>Your current authenticator app stops working as soon as you continue.</strong>
        </p>
        <p>
          Until you finish setting up the new one, signing in asks only for your password. Have the new
          phone or app ready before you continue.
        </p>
      </div>
      <p>First confirm it is you with your password and a code from the app you use now.</p>
      <ReplaceAuthenticatorForm />
      <p>
        <Link href="/account/security">Keep my current authenticator</Link>
      </p>
    </section>
  );
}
