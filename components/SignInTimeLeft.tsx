'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

/**
 * How long is left before the sign-in challenge times out. The server renders the first value, so
 * it reads right without JavaScript; with it, the count keeps up while the person finds their phone.
 * The count runs on this device's monotonic clock, since a phone's wall clock may be the problem.
 */
export function SignInTimeLeft({ secondsLeft }: { secondsLeft: number }) {
  const [minutes, setMinutes] = useState(Math.max(1, Math.ceil(secondsLeft / 60)));

  useEffect(() => {
    const deadline = performance.now() + secondsLeft * 1000;
    const timer = setInterval(() => setMinutes(Math.ceil((deadline - performance.now()) / 60_000)), 5_000);
    return () => clearInterval(timer);
  }, [secondsLeft]);

  if (minutes <= 0) {
    return (
      <p className="notice" role="status">
        This sign-in has timed out. <Link href="/sign-in">Sign in again</Link> with your password.
      </p>
    );
  }
  return (
    <p className="muted" data-testid="sign-in-time-left">
      You have about {minutes} {minutes === 1 ? 'minute' : 'minutes'} to enter it before this sign-in times
      out.
    </p>
  );
}
