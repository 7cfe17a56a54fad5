// Browser sessions made through the app over HTTP, as a person makes them: signed in, waiting for a
// code, on the setup page. Pages behind sign-in and the steps after it need their cookies.
import { actionRedirect, CookieJar, formActionRequest, send, stateOnlyActionRequest } from './browser-requests.mjs';

function expectSentTo(response, to, what) {
  const redirect = actionRedirect(response.headers);
  if (response.status !== 200 || redirect !== to) {
    throw new Error(`${what}: expected the app to go on to ${to}, got status ${response.status} and ${redirect ?? 'no redirect'}`);
  }
}

/** Signs in with the password; a user with the authenticator on is left at the code step. */
export async function signInThroughApp(origin, ids, user, { expect }) {
  const jar = new CookieJar();
  const response = await send(
    origin,
    formActionRequest({
      origin,
      path: '/sign-in',
      segments: ['(auth)', 'sign-in'],
      actionId: ids.signIn,
      form: { email: user.email, password: user.password },
    }),
    jar,
  );
  expectSentTo(response, expect, `signing in ${user.email}`);
  return jar;
}

/** Answers the code step of a jar from signInThroughApp. */
export async function answerCodeThroughApp(origin, ids, jar, code) {
  const response = await send(
    origin,
    formActionRequest({
      origin,
      path: '/sign-in/code',
      segments: ['(auth)', 'sign-in', 'code'],
      actionId: ids.submitSignInCode,
      form: { code },
    }),
    jar,
  );
  expectSentTo(response, '/account/security', 'answering the code step');
  return jar;
}

/** Presses "Set up" on the security page of a user without MFA: the app goes on to the setup page. */
export async function startSetupThroughApp(origin, ids, jar) {
  const response = await send(
    origin,
    stateOnlyActionRequest({
      origin,
      path: '/account/security',
      segments: ['account', 'security'],
      actionId: ids.startAuthenticatorSetup,
    }),
    jar,
  );
  expectSentTo(response, '/account/security/setup', 'starting setup');
}

/** Replaces a working authenticator (password and a current code): the app goes on to the setup page. */
export async function replaceThroughApp(origin, ids, jar, { password, code }) {
  const response = await send(
    origin,
    formActionRequest({
      origin,
      path: '/account/security/replace',
      segments: ['account', 'security', 'replace'],
      actionId: ids.replaceAuthenticator,
      form: { password, code },
    }),
    jar,
  );
  expectSentTo(response, '/account/security/setup', 'replacing the authenticator');
}

/** The secret the setup page shows (in its otpauth link), as a person would scan it. */
export async function readSetupSecret(origin, jar) {
  const page = await send(origin, { method: 'GET', path: '/account/security/setup', headers: {} }, jar);
  const secret = /secret=([A-Z2-7]+)/.exec(page.text)?.[1];
  if (!secret) throw new Error(`The setup page shows no otpauth secret (status ${page.status}).`);
  return secret;
}
