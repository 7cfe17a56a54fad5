// Section 1: the JavaScript a first visit to each page downloads (the <script src> files in the
// served HTML), raw and as served gzip, against the blank page of the same build.
import { request } from 'node:http';
import { readDistJson } from './stack.mjs';

const KIB = 1024;

function get(url, { cookie = '', encoding = 'identity' } = {}) {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { 'accept-encoding': encoding, cookie } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function scriptSources(html) {
  const sources = new Set();
  for (const match of html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/g)) sources.add(match[1].replaceAll('&amp;', '&'));
  return [...sources];
}

/** Bytes of one script: decoded, and on the wire when the browser accepts gzip. */
async function scriptSize(origin, source, cache) {
  if (cache.has(source)) return cache.get(source);
  const url = new URL(source, origin);
  const [raw, served] = await Promise.all([get(url), get(url, { encoding: 'gzip' })]);
  if (raw.status !== 200) throw new Error(`${source} answered ${raw.status}`);
  const size = { raw: raw.body.length, gzip: served.body.length, gzipServed: served.headers['content-encoding'] === 'gzip' };
  cache.set(source, size);
  return size;
}

/** One visit: the page's HTML, then every script it names. Null when the page sends the visitor away. */
async function visit(origin, path, cookie, cache) {
  const page = await get(new URL(path, origin), { cookie });
  if (page.status >= 300 && page.status < 400) return { redirectedTo: String(page.headers.location ?? '') };

  const scripts = scriptSources(page.body.toString('utf8'));
  const sizes = await Promise.all(scripts.map((source) => scriptSize(origin, source, cache)));
  return {
    status: page.status,
    scripts: scripts.length,
    raw: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
    ungzipped: scripts.filter((_, index) => !sizes[index].gzipServed),
  };
}

/** The app's pages, from the build: route handlers and Next's own error page are not pages. */
function pageRoutes() {
  const routes = readDistJson('app-path-routes-manifest.json');
  return Object.entries(routes)
    .filter(([entry]) => entry.endsWith('/page') && !entry.startsWith('/_global-error'))
    .map(([, route]) => route)
    .sort();
}

/**
 * Measures every page. `visitors` holds the cookies of each kind of visitor by name; `visitorsFor`
 * says which a route needs ([{ state, label }], or { skip: reason }), and a route it does not know
 * is tried as each visitor in turn until one is not sent away.
 */
export async function measureClientJavaScript({ origin, visitors, visitorsFor, budgetKiB }) {
  const cache = new Map();
  const floor = await visit(origin, '/blank', '', cache);
  if (!floor.scripts) throw new Error('The blank page (/blank) is missing from the bench build.');

  const rows = [];
  for (const route of pageRoutes()) {
    if (route === '/blank') continue;
    if (route.includes('[')) {
      rows.push({ route, state: 'dynamic segment', notMeasured: 'needs a value for its segment' });
      continue;
    }

    const path = route === '/_not-found' ? '/bench-no-such-page' : route;
    const planned = visitorsFor(route);
    if (planned?.skip) {
      rows.push({ route, state: '—', notMeasured: planned.skip });
      continue;
    }
    const tries = planned ?? Object.keys(visitors).map((state) => ({ state }));
    let measuredAny = false;
    let lastRedirect = '';
    for (const { state, label = state } of tries) {
      const result = await visit(origin, path, visitors[state], cache);
      if (result.redirectedTo !== undefined) {
        lastRedirect = result.redirectedTo;
        if (planned) rows.push({ route, state: label, notMeasured: `sent to ${lastRedirect}` });
        continue;
      }
      rows.push({ route, state: label, ...result });
      measuredAny = true;
      if (!planned) break;
    }
    if (!planned && !measuredAny) rows.push({ route, state: 'any', notMeasured: `sent to ${lastRedirect}` });
  }

  const budget = floor.gzip + budgetKiB * KIB;
  for (const row of rows) {
    if (row.notMeasured) continue;
    row.overFloorGzip = row.gzip - floor.gzip;
    row.met = row.gzip <= budget;
  }
  return { floor, budgetKiB, rows };
}
