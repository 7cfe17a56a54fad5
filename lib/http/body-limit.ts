import { refusal } from '@/lib/http/refusal';

/**
 * Our forms post a few hundred bytes. A body past this is refused before Next.js reads it, with a
 * page a person can read, instead of the server error Next.js gives past its own limit.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/** A response refusing the request's body, or null when it may go on. */
export function refuseBody(method: string, contentLength: string | null): Response | null {
  if (method !== 'POST') return null;

  // Browsers always send a length with a form; a body of unknown size could be any size.
  if (contentLength === null) {
    return refusal(411, 'The request did not say how large it was. Please try again.');
  }
  if (Number(contentLength) > MAX_BODY_BYTES) {
    return refusal(413, 'That was more than this form takes. Go back and try again with shorter entries.');
  }
  return null;
}
