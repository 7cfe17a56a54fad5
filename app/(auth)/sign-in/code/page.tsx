import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { challengeCookie, challengeSecondsLeft } from '@/lib/auth/challenge-cookie';
import { SignInCodeForm } from '@/components/SignInCodeForm';
import { SignInTimeLeft } from '@/components/SignInTimeLeft';
import { UseDifferentAccountForm } from '@/components/UseDifferentAccountForm';

export const metadata: Metadata = { title: 'Enter your code' };

export default async function SignInCodePage() {
  const challenge = await challengeCookie.read();
  if (!challenge) redirect('/sign-in');

  const secondsLeft = challengeSecondsLeft(challenge);

  return (
    <section className="card stack narrow" aria-labelledby="page-heading">
      <h1 id="page-heading">Enter your code</h1>
      <p>Open your authenticator app and type the 6-digit code it shows for this account.</p>
      <SignInTimeLeft secondsLeft={secondsLeft} />
      <SignInCodeForm />
      <UseDifferentAccountForm />
    </section>
  );
}
