/** Stops the server at start-up, with a message naming each setting, when the configuration is wrong. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;

  const { getConfig } = await import('@/lib/config');
  getConfig();
}
