// Users standing on the setup page, ready to verify a code, made as a browser makes them. Verifying
// renews the session and ends the others, and a new setup replaces the secret, so each ready
// setup is good for one verify: after it the user replaces the authenticator (password and code)
// to stand on the setup page again. One setup per user at a time, so a batch is one per user.
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { readSetupSecret, replaceThroughApp, signInThroughApp, startSetupThroughApp } from './sessions.mjs';

export class Enrolments {
  #origin;
  #ids;
  #codes;
  #records;
  #ready = [];

  /** `users` have no MFA yet; `cognito` gives each an access token for the SDK side. */
  constructor({ origin, ids, codes, users }) {
    this.#origin = origin;
    this.#ids = ids;
    this.#codes = codes;
    this.#records = users.map((user) => ({ user: { ...user }, jar: null, state: 'new' }));
  }

  get users() {
    return this.#records.map((record) => record.user);
  }

  /** Access tokens for the SDK side, taken before MFA is on (the emulator never expires them). */
  async fetchAccessTokens(cognito) {
    for (const record of this.#records) {
      const { AuthenticationResult } = await cognito.client.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: cognito.clientId,
          AuthParameters: { USERNAME: record.user.email, PASSWORD: record.user.password },
        }),
      );
      record.user.accessToken = AuthenticationResult.AccessToken;
    }
  }

  async #prepare(record) {
    const origin = this.#origin;
    const ids = this.#ids;
    if (record.state === 'new') {
      record.jar = await signInThroughApp(origin, ids, record.user, { expect: '/account/security' });
      await startSetupThroughApp(origin, ids, record.jar);
    } else {
      await replaceThroughApp(origin, ids, record.jar, {
        password: record.user.password,
        code: this.#codes.take(record.user),
      });
    }
    record.user.secret = await readSetupSecret(origin, record.jar);
    record.state = 'setup';
    this.#ready.push(record);
  }

  /** Brings every user not on the setup page back to it, `parallel` at a time. */
  async prepare(parallel = 4) {
    const waiting = this.#records.filter((record) => record.state === 'new' || record.state === 'on');
    const work = async () => {
      for (let record = waiting.shift(); record; record = waiting.shift()) await this.#prepare(record);
    };
    await Promise.all(Array.from({ length: parallel }, work));
  }

  get readyCount() {
    return this.#ready.length;
  }

  /** The next user on the setup page, with the cookies a browser sends from there. */
  take() {
    const record = this.#ready.shift();
    if (!record) throw new Error('No user is on the setup page: prepare() first.');
    return { user: record.user, cookie: record.jar.header(), record };
  }

  /**
   * After a verify: the browser keeps the renewed session and the authenticator is on. A user whose
   * verify failed is left out from then on (the failure is counted where it happened).
   */
  settle(record, { ok, setCookie }) {
    record.jar.store(setCookie);
    record.state = ok ? 'on' : 'left out';
  }

  /** The cookies of a user on the setup page, for visiting pages. */
  readyCookies() {
    if (!this.#ready.length) throw new Error('No user is on the setup page.');
    return this.#ready[0].jar.header();
  }
}
