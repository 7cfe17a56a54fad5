import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CHALLENGE_MAX_AGE_SECONDS, challengeCookie } from '@/lib/auth/challenge-cookie';
import { cancelSignIn } from '@/app/(auth)/sign-in/actions';
import { SignInCodeForm } from '@/components/SignInCodeForm';

export const metadata: Metadata = { title: 'Enter your code' };

export default async function SignInCodePage() {
  const challenge = await challengeCookie.read();
  if (!challenge) redirect('/sign-in');

  const secondsLeft = Math.max(0, CHALLENGE_MAX_AGE_SECONDS - Math.round((Date.now() - challenge.startedAt) / 1000));
  const minutesLeft = Math.max(1, Math.ceil(secondsLeft / 60));

  return (
    <section className="card stack narrow">
      <h1>Enter your code</h1>
      <p>
        Open your authenticator app and type the 6-digit code it shows for this account. You have about{' '}
        {minutesLeft} {minutesLeft === 1 ? 'minute' : 'minutes'} before this sign-in times out.
      </p>
      <SignInCodeForm />
      <form action={cancelSignIn}>
        <button type="submit" className="button button-link">
          Use a different account
        </button>
      </form>
    </section>
  );
}
