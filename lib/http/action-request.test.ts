import { describe, expect, it } from 'vitest';
import { refuseMalformedAction } from './action-request';

const url = 'http://127.0.0.1:3000/sign-in';

function formPost(headers: Record<string, string> = {}) {
  const body = new FormData();
  body.set('1_email', 'jane.doe@example.com');
  body.set('0', '["$K1"]');
  return new Request(url, { method: 'POST', body, headers });
}

describe('refuseMalformedAction', () => {
  it('lets a server action posted as a form through, with JavaScript or without', async () => {
    expect(await refuseMalformedAction(formPost({ 'next-action': '60aa' }))).toBeNull();
    expect(await refuseMalformedAction(formPost())).toBeNull();
  });

  it('lets every GET and a post that is not for an action through', async () => {
    expect(await refuseMalformedAction(new Request(url))).toBeNull();
    const signOut = new Request('http://127.0.0.1:3000/api/auth/signout', {
      method: 'POST',
      body: 'csrfToken=abc',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(await refuseMalformedAction(signOut)).toBeNull();
  });

  it('lets an action whose arguments React encoded as JSON through, for the action to check', async () => {
    const request = new Request(url, {
      method: 'POST',
      body: '["$undefined"]',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': '60aa' },
    });

    expect(await refuseMalformedAction(request)).toBeNull();
  });

  it.each([
    ['a text body that is not JSON', 'text/plain;charset=UTF-8', '{{{{'],
    ['a url-encoded body', 'application/x-www-form-urlencoded', 'email=a&password=b'],
  ])('refuses an action request with %s with 400', async (_label, type, body) => {
    const response = await refuseMalformedAction(
      new Request(url, { method: 'POST', body, headers: { 'content-type': type, 'next-action': '60aa' } }),
    );

    expect(response?.status).toBe(400);
    expect(await response?.text()).toContain('This form could not be read.');
  });

  it('refuses a multipart body that does not parse, with or without the Next-Action header', async () => {
    const headerSets: Record<string, string>[] = [{ 'next-action': '60aa' }, {}];
    for (const headers of headerSets) {
      const response = await refuseMalformedAction(
        new Request(url, {
          method: 'POST',
          body: 'garbage',
          headers: { 'content-type': 'multipart/form-data; boundary=xyz', ...headers },
        }),
      );
      expect(response?.status).toBe(400);
    }
  });

  it('refuses, with 400, an action whose parts React could not decode: the kind of body that crashed the decoder', async () => {
    const withoutRoot = new FormData();
    withoutRoot.append('email', 'a');
    withoutRoot.append('email', 'b');
    const noJavaScript = new FormData();
    noJavaScript.set('$ACTION_REF_1', '');
    noJavaScript.set('$ACTION_1:0', '{"id":"60aa","bound":"$@1"}');
    noJavaScript.set('$ACTION_1:1', 'not json');
    const requests = [
      new Request(url, { method: 'POST', body: 'null', headers: { 'content-type': 'text/plain', 'next-action': '60aa' } }),
      new Request(url, { method: 'POST', body: withoutRoot, headers: { 'next-action': '60aa' } }),
      new Request(url, { method: 'POST', body: noJavaScript }),
    ];

    for (const request of requests) expect((await refuseMalformedAction(request))?.status).toBe(400);
  });

  it('refuses, with 403, an action posted from another origin, with JavaScript or without', async () => {
    const headerSets: Record<string, string>[] = [{ 'next-action': '60aa' }, {}];
    for (const headers of headerSets) {
      const request = formPost({ ...headers, host: '127.0.0.1:3000', origin: 'http://evil.example' });
      const response = await refuseMalformedAction(request);

      expect(response?.status).toBe(403);
      expect(await response?.text()).toContain('sent from another site');
    }
  });

  it('lets an action through from its own origin, also behind a proxy that names the host it was asked for', async () => {
    const direct = formPost({ 'next-action': '60aa', host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' });
    const proxied = formPost({ 'next-action': '60aa', host: '10.0.0.5:3000', 'x-forwarded-host': 'mfa.example.com', origin: 'https://mfa.example.com' });

    expect(await refuseMalformedAction(direct)).toBeNull();
    expect(await refuseMalformedAction(proxied)).toBeNull();
  });
});
