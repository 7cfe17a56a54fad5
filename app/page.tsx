import Link from 'next/link';
import { APP_NAME } from '@/lib/config';

export default function HomePage() {
  return (
    <section className="card stack">
      <h1>{APP_NAME}</h1>
      <p>
        Protect your account with an authenticator app. After your password, you will type the six-digit
        code your app shows, so a stolen password alone cannot open your account.
      </p>
      <p>
        <Link className="button button-primary" href="/account/security">
          Go to your security settings
        </Link>
      </p>
    </section>
  );
}
