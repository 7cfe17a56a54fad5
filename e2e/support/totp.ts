import { generateSync } from 'otplib';

const PERIOD = 30;

/** The code an authenticator app shows now for this secret. */
export function currentCode(secret: string): string {
  return generateSync({ secret });
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
    if (!accepted.includes(code)) return code;
  }
}
