import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
// @ts-expect-error: the local stack is a plain ES module shared with the dev scripts.
import { E2E_AUTH_SECRET, LOCAL_REGION, localAppEnvironment } from '../../scripts/local-stack.mjs';
import { e2eStack } from './stack';

/** How the stand-in for Cognito fails: holds every request unanswered, resets it, or is not there. */
export type Outage = 'silent' | 'reset' | 'closed';

/** A TCP endpoint in place of Cognito that fails the way a network can. */
export class BrokenCognito {
  private sockets = new Set<Socket>();
  private outage: Outage = 'silent';
  readonly endpoint: string;

  private constructor(private readonly server: Server) {
    this.endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    server.on('connection', (socket) => {
      if (this.outage === 'reset') return socket.resetAndDestroy();
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<BrokenCognito> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new BrokenCognito(server);
  }

  async fail(outage: Outage) {
    this.outage = outage;
    if (outage === 'closed') await this.stop();
  }

  async stop() {
    for (const socket of this.sockets) socket.destroy();
    if (this.server.listening) await new Promise((resolve) => this.server.close(resolve));
  }
}

/**
 * A second server from the production build the run already made, with the same pool and session
 * secret as the first, whose Cognito endpoint is `cognito`. A session cookie from the first app is
 * valid here too, since cookies do not tell ports apart.
 */
export async function startAppWithCognitoAt(cognito: BrokenCognito, port: number): Promise<ChildProcess> {
  const stack = e2eStack();
  const appUrl = `http://127.0.0.1:${port}`;
  const root = join(import.meta.dirname, '..', '..');
  const app = spawn(
    process.execPath,
    [join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      stdio: 'ignore',
      env: {
        ...process.env,
        ...localAppEnvironment({ ...stack, endpoint: cognito.endpoint, authSecret: E2E_AUTH_SECRET, appUrl }),
        COGNITO_REGION: stack.region ?? LOCAL_REGION,
        NEXT_DIST_DIR: `.next-e2e-${process.env.E2E_APP_PORT ?? '3100'}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  );
  await waitUntilServing(`${appUrl}/sign-in`, app);
  return app;
}

async function waitUntilServing(url: string, app: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The second app exited with ${app.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The second app did not serve ${url} within a minute`);
}
