import 'server-only';
import { sealedCookie } from '@/lib/auth/sealed-cookie';

/**
 * The secret from AssociateSoftwareToken, kept until the person verifies a code or cancels, so a
 * reload shows the same QR code. It is bound to the user who started the setup.
 */
export const pendingSetupCookie = sealedCookie<{ username: string; secret: string }>(
  'authenticator-setup',
  15 * 60,
);
