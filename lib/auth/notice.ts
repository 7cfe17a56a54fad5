import 'server-only';
import { cookies } from 'next/headers';
import { errorMessages, type ErrorCode } from '@/lib/errors';

const NOTICE_COOKIE = 'notice';

/**
 * A message for the next page a redirect lands on. It holds only an error code, never anything the
 * person typed, and lives for a minute.
 */
export async function setNotice(code: ErrorCode): Promise<void> {
  (await cookies()).set(NOTICE_COOKIE, code, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 });
}

export async function readNotice(): Promise<string | null> {
  const code = (await cookies()).get(NOTICE_COOKIE)?.value;
  return code && code in errorMessages ? errorMessages[code as ErrorCode] : null;
}

export async function clearNotice(): Promise<void> {
  (await cookies()).delete(NOTICE_COOKIE);
}
