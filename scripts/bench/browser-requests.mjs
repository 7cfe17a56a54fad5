// The HTTP requests a browser sends to the app, built by hand so a load tool can send them: page
// visits and server-action POSTs (`Next-Action` header, React's multipart encoding of the form).
import { randomBytes } from 'node:crypto';
import { readDistJson } from './stack.mjs';

// BENCH_DEBUG=1 asks for uncompressed answers, so an error's text can be shown; browsers ask for gzip.
const ACCEPT_ENCODING = process.env.BENCH_DEBUG ? 'identity' : 'gzip, deflate, br';
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** The server actions the bench calls, found by file and export name in the build's manifest. */
const ACTIONS = {
  signIn: ['app/(auth)/sign-in/actions.ts', 'signIn'],
  submitSignInCode: ['app/(auth)/sign-in/actions.ts', 'submitSignInCode'],
  startAuthenticatorSetup: ['app/account/security/actions.ts', 'startAuthenticatorSetup'],
  verifyAuthenticator: ['app/account/security/actions.ts', 'verifyAuthenticator'],
  replaceAuthenticator: ['app/account/security/actions.ts', 'replaceAuthenticator'],
};

export function findActionIds() {
  const manifest = readDistJson('server', 'server-reference-manifest.json');
  const entries = Object.entries(manifest.node ?? {});
  const ids = {};
  for (const [name, [filename, exportedName]] of Object.entries(ACTIONS)) {
    const found = entries.find(([, action]) => action.filename === filename && action.exportedName === exportedName);
    if (!found) throw new Error(`No server action ${exportedName} from ${filename} in the build's server-reference manifest.`);
    ids[name] = found[0];
  }
  return ids;
}

/**
 * The `Next-Router-State-Tree` header the app router sends from a page, for the page's route
 * segments, e.g. ['(auth)', 'sign-in'] for /sign-in.
 */
export function routerStateTree(segments) {
  let tree = ['__PAGE__', {}, null, null, 0];
  for (const segment of [...segments].reverse()) tree = [segment, { children: tree }, null, null, 0];
  return encodeURIComponent(JSON.stringify(['', { children: tree }, null, null, 16]));
}

/** Cookies as a browser keeps them for one origin: set, replaced and deleted by Set-Cookie. */
export class CookieJar {
  #cookies = new Map();

  /** Takes the Set-Cookie values of a response (an array, or one string). */
  store(setCookie) {
    for (const line of [setCookie ?? []].flat()) {
      const [pair, ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key, setting = ''] = attribute.trim().split('=');
        if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(setting) <= Date.now();
        return false;
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  has(name) {
    return this.#cookies.has(name);
  }

  names() {
    return [...this.#cookies.keys()];
  }

  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  clone() {
    const copy = new CookieJar();
    for (const [name, value] of this.#cookies) copy.#cookies.set(name, value);
    return copy;
  }
}

function multipart(fields) {
  const boundary = `----WebKitFormBoundary${randomBytes(12).toString('base64url').slice(0, 16)}`;
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return { body: `${parts.join('')}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A form submitted to a `useActionState` action from a rendered page: React sends the previous
 * state and the form's fields (prefixed `_1_`) as multipart form data, to the page's own URL.
 * Returns { method, path, headers, body }, the shape autocannon's setupRequest takes.
 */
export function formActionRequest({ origin, path, segments, actionId, form, cookie }) {
  const { body, contentType } = multipart([
    ...Object.entries(form).map(([name, value]) => [`_1_${name}`, value]),
    ['0', '[{},"$K1"]'],
  ]);
  return actionRequest({ origin, path, segments, actionId, cookie, body, contentType });
}

/** An action called with its previous state only (a form with no fields): a text/plain body. */
export function stateOnlyActionRequest({ origin, path, segments, actionId, cookie }) {
  return actionRequest({ origin, path, segments, actionId, cookie, body: '[{}]', contentType: 'text/plain;charset=UTF-8' });
}

function actionRequest({ origin, path, segments, actionId, cookie, body, contentType }) {
  return {
    method: 'POST',
    path,
    headers: {
      accept: 'text/x-component',
      'accept-encoding': ACCEPT_ENCODING,
      'content-type': contentType,
      cookie,
      'next-action': actionId,
      'next-router-state-tree': routerStateTree(segments),
      origin,
      referer: `${origin}${path}`,
      'user-agent': USER_AGENT,
    },
    body,
  };
}

/** A first visit to a page: the HTML document, as a browser asks for it. */
export function pageRequest({ path, cookie }) {
  return {
    method: 'GET',
    path,
    headers: {
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-encoding': ACCEPT_ENCODING,
      cookie,
      'user-agent': USER_AGENT,
    },
  };
}

/** Where a server action said to go next (`x-action-redirect: /path;push`), or null. */
export function actionRedirect(headers) {
  const value = headers['x-action-redirect'];
  return typeof value === 'string' ? value.split(';')[0] : null;
}

/** Sends one of the requests above with fetch (for setting up, not for measuring). */
export async function send(origin, request, jar) {
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: { ...request.headers, cookie: jar.header() },
    body: request.body,
    redirect: 'manual',
  });
  jar.store(response.headers.getSetCookie());
  const text = await response.text();
  return { status: response.status, headers: Object.fromEntries(response.headers), text };
}
