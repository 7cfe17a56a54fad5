// The steps a person takes through the app, as requests for loadApp: each builds the request a
// browser sends and checks that the app answered with the page that comes next.
import { actionRedirect, CookieJar, formActionRequest, pageRequest } from './browser-requests.mjs';

const SIGN_IN = { path: '/sign-in', segments: ['(auth)', 'sign-in'] };
const CODE = { path: '/sign-in/code', segments: ['(auth)', 'sign-in', 'code'] };
const SETUP = { path: '/account/security/setup', segments: ['account', 'security', 'setup'] };

function expectRedirect(response, to) {
  const excerpt = process.env.BENCH_DEBUG ? `: ${String(response.body).slice(-400)}` : ' (BENCH_DEBUG=1 shows the answer)';
  if (response.status !== 200) return `status ${response.status}${excerpt}`;
  const redirect = actionRedirect(response.headers);
  if (redirect === to) return null;
  return redirect ? `sent to ${redirect} instead of ${to}` : `no redirect to ${to}, the form showed an error${excerpt}`;
}

/** Goes round a list. */
export function roundRobin(items) {
  let next = 0;
  return () => items[next++ % items.length];
}

/** The password step, for users whose authenticator is on: the app answers with the code page. */
export function signInStep({ origin, ids, nextUser, onChallenge }) {
  return {
    name: 'sign-in',
    build(context) {
      context.user = nextUser();
      return formActionRequest({
        origin,
        ...SIGN_IN,
        actionId: ids.signIn,
        form: { email: context.user.email, password: context.user.password },
        cookie: '',
      });
    },
    check(response, context) {
      const problem = expectRedirect(response, CODE.path);
      if (problem) return problem;
      const jar = new CookieJar();
      jar.store(response.headers['set-cookie']);
      context.challenge = jar.header();
      onChallenge?.({ user: context.user, cookie: context.challenge });
      return null;
    },
  };
}

/**
 * The code step. Takes the user and challenge cookie from the sign-in before it in the same round,
 * or from `nextChallenge()` when measured alone; the code comes from the code book.
 */
export function codeStep({ origin, ids, codes, nextChallenge }) {
  return {
    name: 'code',
    build(context) {
      // In a round after a failed sign-in there is no challenge: the request goes without one, and
      // its answer counts as the error it is.
      const { user, cookie } = context.user ? { user: context.user, cookie: context.challenge ?? '' } : nextChallenge();
      return formActionRequest({
        origin,
        ...CODE,
        actionId: ids.submitSignInCode,
        form: { code: codes.take(user) },
        cookie,
      });
    },
    check(response) {
      return expectRedirect(response, '/account/security');
    },
  };
}

/** Verify and turn on, from the setup page of a user who started setting up (see enrolments.mjs). */
export function verifyStep({ origin, ids, codes, enrolments }) {
  return {
    name: 'verify',
    build(context) {
      context.enrolment = enrolments.take();
      const { user, cookie } = context.enrolment;
      return formActionRequest({
        origin,
        ...SETUP,
        actionId: ids.verifyAuthenticator,
        form: { deviceName: 'Bench phone', code: codes.take(user) },
        cookie,
      });
    },
    check(response, context) {
      const problem = expectRedirect(response, '/account/security');
      enrolments.settle(context.enrolment.record, { ok: !problem, setCookie: response.headers['set-cookie'] });
      return problem;
    },
  };
}

/** What each autocannon connection sends first (see loadApp): a visit to the sign-in page. */
export const OPENING_REQUEST = pageRequest({ path: SIGN_IN.path, cookie: '' });
