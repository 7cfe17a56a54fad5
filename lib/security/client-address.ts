import 'server-only';
import { headers } from 'next/headers';

/**
 * The address the request came from. A proxy in front of the app appends the client's address to
 * X-Forwarded-For, so the last entry is the one a client cannot choose. Next.js fills the header from
 * the socket only when it is absent, so an app reached without a proxy lets a client pick its own
 * address key (the per-account limit still holds; SECURITY.md says to run behind a proxy).
 */
export async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for') ?? '';
  const last = forwarded.split(',').pop()?.trim();
  return last || 'unknown';
}
