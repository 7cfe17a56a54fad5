import type { Metadata } from 'next';
import Link from 'next/link';
import { getServerSession } from 'next-auth';
import { connection } from 'next/server';
import { signOut } from '@/app/(auth)/sign-in/actions';
import { authOptions } from '@/lib/auth/options';
import { APP_NAME } from '@/lib/config';
import { SubmitButton } from '@/components/SubmitButton';
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
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ✓
            </span>
            {APP_NAME}
          </Link>
          <nav aria-label="Account" className="site-nav">
            {email ? (
              <>
                <Link href="/account/security">Security</Link>
                <span className="who" data-testid="signed-in-as">
                  <span className="visually-hidden">Signed in as </span>
                  {email}
                </span>
                <form action={signOut}>
                  <SubmitButton variant="secondary" size="small" pendingLabel="Signing out…">
                    Sign out
                  </SubmitButton>
                </form>
              </>
            ) : (
              <Link href="/sign-in">Sign in</Link>
            )}
          </nav>
        </header>
        <main id="content" className="page" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
