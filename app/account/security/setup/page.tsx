import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { cancelAuthenticatorSetup } from '@/app/account/security/actions';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { getConfig } from '@/lib/config';
import { groupSecret, otpauthUri } from '@/lib/mfa/otpauth';
import { pendingSetupCookie } from '@/lib/mfa/pending-setup';
import { AuthenticatorQrCode } from '@/components/AuthenticatorQrCode';
import { CopyButton } from '@/components/CopyButton';
import { SubmitButton } from '@/components/SubmitButton';
import { VerifyAuthenticatorForm } from '@/components/VerifyAuthenticatorForm';

export const metadata: Metadata = { title: 'Set up your authenticator app' };

export default async function SetupPage() {
  const user = await getSignedInUser();
  if (!user) redirect('/sign-in');

  const pending = await pendingSetupCookie.read();
  if (!pending || pending.username !== user.username) redirect('/account/security');

  const uri = otpauthUri({ issuer: getConfig().issuer, account: user.email, secret: pending.secret });

  return (
    <section className="card stack" aria-labelledby="page-heading">
      <h1 id="page-heading">Set up your authenticator app</h1>
      <p className="muted">
        Two steps, about a minute. If you reload or step away, the same key waits here for 15 minutes
        until you finish or cancel.
      </p>

      <ol className="steps">
        <li className="step">
          <h2>Add this account to your authenticator app</h2>
          <p className="on-phone">
            <a className="button button-primary" href={uri}>
              Open in authenticator app
            </a>
          </p>
          <p className="on-phone muted">On this phone, the button above adds it in one tap.</p>
          <div className="qr-block">
            <p>In your app, choose to add an account, then scan this QR code.</p>
            <AuthenticatorQrCode uri={uri} account={user.email} />
          </div>
          <div className="key-block">
            <p>
              Can’t scan it? Choose “enter a setup key” in your app, pick <strong>time-based</strong>, and
              type this key:
            </p>
            <p className="key-row">
              <code className="secret" data-testid="authenticator-key">
                {groupSecret(pending.secret)}
              </code>
              <CopyButton value={pending.secret} label="Copy key" />
            </p>
          </div>
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
