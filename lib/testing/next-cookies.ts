/**
 * An in-memory stand-in for next/headers' cookies(), for unit tests of code that keeps state in
 * cookies between requests. Use with vi.mock('next/headers', () => ({ cookies: async () => jar })).
 */
export function cookieJar() {
  const values = new Map<string, string>();
  return {
    get: (name: string) => (values.has(name) ? { name, value: values.get(name)! } : undefined),
    getAll: () => [...values].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void values.set(name, value),
    delete: (name: string) => void values.delete(name),
    clear: () => values.clear(),
  };
}
