import Link from 'next/link';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { APP_NAME } from '@/lib/config';

export default async function HomePage() {
  const user = await getSignedInUser();

  return (
    <section className="card stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{APP_NAME}</h1>
      <p className="lead">
        A second step for signing in: after your password, you type the 6-digit code from an authenticator
        app on your phone, so a stolen password alone cannot open your account.
      </p>
      <ol className="steps steps-compact">
        <li className="step">
          <h2>Sign in</h2>
          <p>With the email and password of your account.</p>
        </li>
        <li className="step">
          <h2>Set up your authenticator app</h2>
          <p>Scan a QR code with Google Authenticator, Microsoft Authenticator, 1Password or any other.</p>
        </li>
        <li className="step">
          <h2>Enter a code at each sign-in</h2>
          <p>The app shows a new code every 30 seconds. It works offline.</p>
        </li>
      </ol>
      <p>
        {user ? (
          <Link className="button button-primary" href="/account/security">
            Go to your security settings
          </Link>
        ) : (
          <Link className="button button-primary" href="/sign-in">
            Sign in to get started
          </Link>
        )}
      </p>
    </section>
  );
}
