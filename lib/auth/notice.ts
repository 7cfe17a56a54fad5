import 'server-only';
import { cookies } from 'next/headers';
import { errorMessages } from '@/lib/errors';

const NOTICE_COOKIE = 'notice';

/** What a notice can say: a failure, or news of a step done elsewhere. */
const noticeMessages = {
  ...errorMessages,
  account_confirmed: 'Your account is confirmed. Sign in with your email and password.',
  password_changed: 'Your password is changed. Sign in with your new password.',
} as const;

export type NoticeCode = keyof typeof noticeMessages;

/**
 * The cookie of a notice: a message for the next page a redirect lands on. It holds only a code,
 * never anything the person typed, and lives for a minute. The proxy writes it this way too.
 */
export function noticeCookie(code: NoticeCode) {
  return { name: NOTICE_COOKIE, value: code, options: { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 } } as const;
}

export async function setNotice(code: NoticeCode): Promise<void> {
  const { name, value, options } = noticeCookie(code);
  (await cookies()).set(name, value, options);
}

export async function readNotice(): Promise<string | null> {
  const code = (await cookies()).get(NOTICE_COOKIE)?.value;
  return code && code in noticeMessages ? noticeMessages[code as NoticeCode] : null;
}

export async function clearNotice(): Promise<void> {
  (await cookies()).delete(NOTICE_COOKIE);
}
