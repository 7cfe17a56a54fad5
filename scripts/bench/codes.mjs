// Verification codes for the bench's users. The app accepts each code once (RFC 6238 §5.2) and
// Cognito accepts only the codes of the current 30-second step and the steps either side, so a
// user has one new code every 30 seconds: far too few for thousands of sign-ins with a few dozen
// users. The bench therefore runs the emulator's TOTP clock faster (emulator-clock.mjs, loaded
// into the emulator only) and computes codes on that clock, so every code sent is a fresh one.
import { fileURLToPath } from 'node:url';
import { generateSync } from 'otplib';

const PERIOD = 30;

/** How many times faster than real time the emulator's TOTP clock runs. */
export const TOTP_SPEED = Number(process.env.BENCH_TOTP_SPEED ?? 15);
const CLOCK_START = Date.now();

/** The environment that makes the emulator keep this clock (and, with `profileFile`, profile it). */
export function emulatorClockEnvironment({ profileFile } = {}) {
  const preload = (name) => `--import "${fileURLToPath(new URL(name, import.meta.url))}"`;
  return {
    NODE_OPTIONS: [preload('./emulator-clock.mjs'), ...(profileFile ? [preload('./profile-on-exit.mjs')] : [])].join(' '),
    BENCH_TOTP_CLOCK: `${CLOCK_START}:${TOTP_SPEED}`,
    ...(profileFile ? { BENCH_PROFILE_FILE: profileFile } : {}),
  };
}

function emulatorSeconds() {
  return (CLOCK_START + (Date.now() - CLOCK_START) * TOTP_SPEED) / 1000;
}

/**
 * A code the emulator accepts now and for the next two steps or more: the one for the next step on
 * its clock (a step is only 30 / TOTP_SPEED real seconds long, shorter than a call under load).
 */
export function currentCode(secret) {
  return generateSync({ secret, epoch: (Math.floor(emulatorSeconds() / PERIOD) + 1) * PERIOD });
}

/**
 * Hands out codes that were never handed out before, one user at a time: of the steps the emulator
 * accepts now, the next one (valid for two to three steps, 4 to 6 real seconds at 15 times) and
 * then the current one (valid for one to two steps), never the previous one.
 */
export class CodeBook {
  #used = new Map();
  /** Codes asked for when the user had none left: each is sent anyway and counted, never hidden. */
  shortfalls = 0;

  /** A code for `user` ({ email, secret }; the secret may change, as when an authenticator is replaced). */
  take(user) {
    const now = emulatorSeconds();
    const step = Math.floor(now / PERIOD);
    const candidates = [step + 1, step];
    if (!this.#used.has(user.email)) this.#used.set(user.email, new Set());
    const used = this.#used.get(user.email);
    const fresh = candidates.find((candidate) => !used.has(candidate));
    if (fresh === undefined) this.shortfalls += 1;

    const chosen = fresh ?? step;
    used.add(chosen);
    return generateSync({ secret: user.secret, epoch: chosen * PERIOD });
  }
}

/** New codes per second that `users` users can supply on this clock. */
export function codeSupplyPerSecond(users) {
  return (users * TOTP_SPEED) / PERIOD;
}
