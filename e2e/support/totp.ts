import { generateSync } from 'otplib';
import { noteSecret } from './secrets';

const PERIOD = 30;
const given = new Map<string, Set<string>>();

/**
 * The code an authenticator app shows now for this secret, never one this test run was already
 * given: the app refuses a code used once (RFC 6238 §5.2), as a person would wait for the next one.
 */
export async function currentCode(secret: string): Promise<string> {
  const used = given.get(secret) ?? new Set<string>();
  given.set(secret, used);

  let code = generateSync({ secret });
  while (used.has(code)) {
    const msIntoPeriod = Date.now() % (PERIOD * 1000);
    await new Promise((resolve) => setTimeout(resolve, PERIOD * 1000 - msIntoPeriod + 50));
    code = generateSync({ secret });
  }
  used.add(code);
  noteSecret('code', code);
  return code;
}

/**
 * A code from an old 30-second window that matches none of the windows a server accepts now:
 * what a person types when they read a stale code.
 */
export function staleCode(secret: string): string {
  const now = Math.floor(Date.now() / 1000);
  const accepted = [-1, 0, 1].map((step) => generateSync({ secret, epoch: now + step * PERIOD }));
  for (let back = 10; ; back++) {
    const code = generateSync({ secret, epoch: now - back * PERIOD });
    if (accepted.includes(code)) continue;

    noteSecret('code', code);
    return code;
  }
}
