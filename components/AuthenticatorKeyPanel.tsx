import { AuthenticatorQrCode } from '@/components/AuthenticatorQrCode';
import { CopyButton } from '@/components/CopyButton';
import { groupSecret, otpauthUri } from '@/lib/mfa/otpauth';

/**
 * The first step of setting up an authenticator: the otpauth link for this phone, the QR code, and
 * the key to type by hand. The same on the settings page and during sign-in (MFA_SETUP).
 */
export function AuthenticatorKeyPanel({ issuer, account, secret }: { issuer: string; account: string; secret: string }) {
  const uri = otpauthUri({ issuer, account, secret });

  return (
    <>
      <h2>Add this account to your authenticator app</h2>
      <p className="on-phone">
        <a className="button button-primary" href={uri}>
          Open in authenticator app
        </a>
      </p>
      <p className="on-phone muted">On this phone, the button above adds it in one tap.</p>
      <div className="qr-block">
        <p>In your app, choose to add an account, then scan this QR code.</p>
        <AuthenticatorQrCode uri={uri} account={account} />
      </div>
      <div className="key-block">
        <p>
          Can’t scan it? Choose “enter a setup key” in your app, pick <strong>time-based</strong>, and type
          this key:
        </p>
        <p className="key-row">
          <code className="secret" data-testid="authenticator-key">
            {groupSecret(secret)}
          </code>
          <CopyButton value={secret} label="Copy key" />
        </p>
      </div>
    </>
  );
}
