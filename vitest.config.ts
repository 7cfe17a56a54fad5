import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Outside Next's server bundle the marker package would throw on import.
      'server-only': fileURLToPath(new URL('./lib/testing/server-only.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.data/results/unit.json' }]],
  },
});
