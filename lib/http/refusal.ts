/** A small page that says why a request was refused, for a person whose browser shows it. */
export function refusal(status: number, message: string): Response {
  const page =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Request refused</title></head>` +
    `<body><main><h1>Request refused</h1><p>${message}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
  return new Response(page, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
