/**
 * Our forms post a few hundred bytes. A body past this is refused before Next.js reads it, with a
 * page a person can read, instead of the server error Next.js gives past its own limit.
 */
export const MAX_BODY_BYTES = 64 * 1024;

const page = (message: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Request refused</title></head>` +
  `<body><main><h1>Request refused</h1><p>${message}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;

/** A response refusing the request's body, or null when it may go on. */
export function refuseBody(method: string, contentLength: string | null): Response | null {
  if (method !== 'POST') return null;

  const headers = { 'Content-Type': 'text/html; charset=utf-8' };
  // Browsers always send a length with a form; a body of unknown size could be any size.
  if (contentLength === null) {
    return new Response(page('The request did not say how large it was. Please try again.'), { status: 411, headers });
  }
  if (Number(contentLength) > MAX_BODY_BYTES) {
    return new Response(page('That was more than this form takes. Go back and try again with shorter entries.'), {
      status: 413,
      headers,
    });
  }
  return null;
}
