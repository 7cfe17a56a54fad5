import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { challengeCookie, challengeSecondsLeft } from '@/lib/auth/challenge-cookie';
import { getConfig } from '@/lib/config';
import { AuthenticatorKeyPanel } from '@/components/AuthenticatorKeyPanel';
import { SignInSetupForm } from '@/components/SignInSetupForm';
import { SignInTimeLeft } from '@/components/SignInTimeLeft';
import { UseDifferentAccountForm } from '@/components/UseDifferentAccountForm';

export const metadata: Metadata = { title: 'Set up your authenticator app' };

/** MFA_SETUP: the pool requires MFA and this account has none yet, so sign-in goes through setup. */
export default async function SignInSetupPage() {
  const challenge = await challengeCookie.read();
  if (challenge?.name !== 'MFA_SETUP' || !challenge.secret) redirect('/sign-in');

  const secondsLeft = challengeSecondsLeft(challenge);

  return (
    <section className="card stack" aria-labelledby="page-heading">
      <h1 id="page-heading">Set up your authenticator app</h1>
      <p>
        Your organisation asks for a code from an authenticator app at every sign-in. Set one up now to
        finish signing in.
      </p>
      <SignInTimeLeft secondsLeft={secondsLeft} />

      <ol className="steps">
        <li className="step">
          <AuthenticatorKeyPanel issuer={getConfig().issuer} account={challenge.email} secret={challenge.secret} />
        </li>
        <li className="step">
          <h2>Enter the code your app shows</h2>
          <p>Your app now shows a 6-digit code that changes every 30 seconds. Type the current one.</p>
          <SignInSetupForm />
        </li>
      </ol>

      <UseDifferentAccountForm />
    </section>
  );
}
