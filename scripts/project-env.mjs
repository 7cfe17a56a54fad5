// What `next dev` will read: the shell's environment, then the project's .env files.
import nextEnv from '@next/env';

const quiet = { info() {}, error: console.error };

/**
 * The environment as Next.js will see it in development, read with Next's own loader so the
 * precedence is the same (the shell first, then `.env.development.local`, `.env.local`,
 * `.env.development`, `.env`). `process.env` is left as it was, so the app's own server still loads
 * and watches the files itself.
 */
export function projectEnvironment(root) {
  // The loader keeps its first snapshot of the process environment; bring it up to date first.
  nextEnv.updateInitialEnv(process.env);
  const { combinedEnv } = nextEnv.loadEnvConfig(root, true, quiet, true);
  const environment = { ...combinedEnv };
  nextEnv.resetEnv();
  delete environment.__NEXT_PROCESSED_ENV;
  return environment;
}
