import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { cancelAuthenticatorSetup } from '@/app/account/security/actions';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { getConfig } from '@/lib/config';
import { groupSecret, otpauthUri } from '@/lib/mfa/otpauth';
import { pendingSetupCookie } from '@/lib/mfa/pending-setup';
import { AuthenticatorQrCode } from '@/components/AuthenticatorQrCode';
import { CopyButton } from '@/components/CopyButton';
import { VerifyAuthenticatorForm } from '@/components/VerifyAuthenticatorForm';

export const metadata: Metadata = { title: 'Set up your authenticator app' };

export default async function SetupPage() {
  const user = await getSignedInUser();
  if (!user) redirect('/sign-in');

  const pending = await pendingSetupCookie.read();
  if (!pending || pending.username !== user.username) redirect('/account/security');

  const uri = otpauthUri({ issuer: getConfig().issuer, account: user.email, secret: pending.secret });

  return (
    <section className="card stack">
      <h1>Set up your authenticator app</h1>

      <ol className="steps">
        <li className="stack">
          <h2>Scan this QR code</h2>
          <p>In your authenticator app, add an account and scan the code.</p>
          <AuthenticatorQrCode uri={uri} />
          <p className="on-phone">
            On this phone? <a href={uri}>Open in your authenticator app</a>
          </p>
          <div className="stack key-block">
            <p>Can’t scan it? Choose “enter a setup key” in your app and type this key (time-based):</p>
            <p>
              <code className="secret" data-testid="authenticator-key">
                {groupSecret(pending.secret)}
              </code>
            </p>
            <CopyButton value={pending.secret} label="Copy key" />
          </div>
        </li>
        <li className="stack">
          <h2>Enter the code it shows</h2>
          <VerifyAuthenticatorForm />
        </li>
      </ol>

      <form action={cancelAuthenticatorSetup}>
        <button type="submit" className="button button-link">
          Cancel setup
        </button>
      </form>
    </section>
  );
}
