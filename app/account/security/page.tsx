import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { readAuthenticatorStatus, type AuthenticatorStatus } from '@/lib/cognito/authenticator';
import { classifyCognitoError, errorMessages } from '@/lib/errors';
import { logger } from '@/lib/log';
import { pendingSetupCookie } from '@/lib/mfa/pending-setup';
import { StartSetupForm } from '@/components/StartSetupForm';
import { SecurityEvents } from '@/components/SecurityEvents';
import { TurnOffAuthenticatorForm } from '@/components/TurnOffAuthenticatorForm';
import { getConfig } from '@/lib/config';
import { recentSecurityEvents } from '@/lib/security/events';
import { securityStore } from '@/lib/security/security-store';

export const metadata: Metadata = { title: 'Security' };

const log = logger('security-page');

export default async function SecurityPage() {
  const user = await getSignedInUser();
  if (!user) redirect('/sign-in');

  let status: AuthenticatorStatus;
  try {
    status = await readAuthenticatorStatus(user.accessToken);
  } catch (error) {
    const reason = classifyCognitoError(error, 'account');
    log.warn('status not read', { reason, error });
    return (
      <section className="card stack">
        <h1>Security</h1>
        <p className="error" role="alert">
          {errorMessages[reason]}
        </p>
        {reason === 'not_signed_in' ? <Link href="/sign-in">Sign in again</Link> : <Link href="/account/security">Try again</Link>}
      </section>
    );
  }
  const pending = await pendingSetupCookie.read();
  const events = await recentSecurityEvents(securityStore(), user.email);

  return (
    <section className="card stack">
      <h1>Security</h1>
      <p className="muted">Signed in as {user.email}</p>

      <div className="status-row">
        <h2>Authenticator app</h2>
        <p className={`badge ${status.enabled ? 'badge-on' : 'badge-off'}`} data-testid="authenticator-status">
          <span className="visually-hidden">Authenticator app: </span>
          {status.enabled ? 'on' : 'off'}
        </p>
      </div>

      {status.enabled ? (
        <>
          <p>When you sign in, we ask for the 6-digit code from your authenticator app after your password.</p>
          <p>
            New phone? <Link href="/account/security/replace">Replace your authenticator app</Link>
          </p>
          {getConfig().mfaRequired ? (
            <p className="notice">{errorMessages.mfa_required_by_pool}</p>
          ) : (
            <TurnOffAuthenticatorForm />
          )}
        </>
      ) : (
        <>
          <p>
            Add a second step to your sign-in: after your password, you type the 6-digit code from an
            authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or Authy.
          </p>
          {pending?.username === user.username ? (
            <>
              <p className="notice">You started setting up an authenticator app. The same QR code is waiting.</p>
              <p>
                <Link className="button button-primary" href="/account/security/setup">
                  Continue setting up
                </Link>
              </p>
            </>
          ) : (
            <StartSetupForm />
          )}
        </>
      )}

      <SecurityEvents events={events} />
    </section>
  );
}
