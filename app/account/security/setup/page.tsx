import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { cancelAuthenticatorSetup } from '@/app/account/security/actions';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { getConfig } from '@/lib/config';
import { pendingSetupCookie } from '@/lib/mfa/pending-setup';
import { AuthenticatorKeyPanel } from '@/components/AuthenticatorKeyPanel';
import { SubmitButton } from '@/components/SubmitButton';
import { VerifyAuthenticatorForm } from '@/components/VerifyAuthenticatorForm';

export const metadata: Metadata = { title: 'Set up your authenticator app' };

export default async function SetupPage() {
  const user = await getSignedInUser();
  if (!user) redirect('/sign-in');

  const pending = await pendingSetupCookie.read();
  if (!pending || pending.username !== user.username) redirect('/account/security');

  return (
    <section className="card stack" aria-labelledby="page-heading">
      <h1 id="page-heading">Set up your authenticator app</h1>
      <p className="muted">
        Two steps, about a minute. If you reload or step away, the same key waits here for 15 minutes
        until you finish or cancel.
      </p>

      <ol className="steps">
        <li className="step">
          <AuthenticatorKeyPanel issuer={getConfig().issuer} account={user.email} secret={pending.secret} />
        </li>
        <li className="step">
          <h2>Enter the code your app shows</h2>
          <p>Your app now shows a 6-digit code that changes every 30 seconds. Type the current one.</p>
          <VerifyAuthenticatorForm />
        </li>
      </ol>

      <form action={cancelAuthenticatorSetup} className="secondary-actions">
        <SubmitButton variant="link" pendingLabel="Cancelling…">
          Cancel setup
        </SubmitButton>
      </form>
    </section>
  );
}
