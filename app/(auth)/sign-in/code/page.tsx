import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CHALLENGE_MAX_AGE_SECONDS, challengeCookie } from '@/lib/auth/challenge-cookie';
import { cancelSignIn } from '@/app/(auth)/sign-in/actions';
import { SignInCodeForm } from '@/components/SignInCodeForm';
import { SignInTimeLeft } from '@/components/SignInTimeLeft';
import { SubmitButton } from '@/components/SubmitButton';

export const metadata: Metadata = { title: 'Enter your code' };

export default async function SignInCodePage() {
  const challenge = await challengeCookie.read();
  if (!challenge) redirect('/sign-in');

  const secondsLeft = Math.max(0, CHALLENGE_MAX_AGE_SECONDS - Math.round((Date.now() - challenge.startedAt) / 1000));

  return (
    <section className="card stack narrow" aria-labelledby="page-heading">
      <h1 id="page-heading">Enter your code</h1>
      <p>Open your authenticator app and type the 6-digit code it shows for this account.</p>
      <SignInTimeLeft secondsLeft={secondsLeft} />
      <SignInCodeForm />
      <form action={cancelSignIn} className="secondary-actions">
        <SubmitButton variant="link" pendingLabel="Going back…">
          Use a different account
        </SubmitButton>
      </form>
    </section>
  );
}
