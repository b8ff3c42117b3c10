import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests that import charts and build the site (each build takes seconds): run by npm test after the
// unit tests, on their own, one file at a time.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
