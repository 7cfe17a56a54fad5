import 'server-only';
import { sealedCookie } from '@/lib/auth/sealed-cookie';

/**
 * The email a sign-up or a password reset is waiting on a code for, so the code page can fill it
 * in; for a sign-up, also where Cognito said it sent the code (masked, such as j***@e***). Each lives as long as
 * Cognito's code does: a day for sign-up, an hour for a password reset.
 */
type PendingEmail = { email: string; destination?: string };

export const pendingSignUpCookie = sealedCookie<PendingEmail>('pending-sign-up', 24 * 60 * 60);

export const pendingPasswordResetCookie = sealedCookie<PendingEmail>('pending-password-reset', 60 * 60);
