import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The rules under test are pure functions: one worker per file (isolation) only adds a second of
    // start-up per file.
    isolate: false,
  },
});
