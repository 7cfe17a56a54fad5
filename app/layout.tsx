import type { Metadata } from 'next';
import Link from 'next/link';
import { getServerSession } from 'next-auth';
import { connection } from 'next/server';
import { signOut } from '@/app/(auth)/sign-in/actions';
import { authOptions } from '@/lib/auth/options';
import { APP_NAME } from '@/lib/config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: APP_NAME, template: `%s · ${APP_NAME}` },
  description: 'Authenticator-app sign-in for an Amazon Cognito user pool.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page depends on who is signed in, so nothing is rendered at build time.
  await connection();
  const session = await getServerSession(authOptions());
  const email = session?.user?.email;

  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            {APP_NAME}
          </Link>
          <nav aria-label="Account">
            {email ? (
              <>
                <Link href="/account/security">Security</Link>
                <span className="who" data-testid="signed-in-as">
                  {email}
                </span>
                <form action={signOut}>
                  <button type="submit" className="button button-secondary button-small">
                    Sign out
                  </button>
                </form>
              </>
            ) : (
              <Link href="/sign-in">Sign in</Link>
            )}
          </nav>
        </header>
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
