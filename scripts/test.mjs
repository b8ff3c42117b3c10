// npm test: type check, unit tests, import and build tests, the site build, the fixture build, then browser tests.
// Stops at the first step that fails and says which.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type check (astro check)', 'astro', ['check']],
  ['Unit tests (vitest)', 'vitest', ['run']],
  [
    'Import and build tests (charts imported into a fixture site and built; failed builds keep the last good site)',
    'vitest',
    ['run', '--config', 'tests/build/vitest.config.ts'],
  ],
  ['Build the site (npm run build: content check, astro build + Pagefind, swapped in on success)', 'node', ['scripts/build.ts', '--local']],
  [
    'Build the untranslated fixture site into dist-fixture/',
    'node',
    ['scripts/build.ts', '--local', '--out', 'dist-fixture'],
    { CONTENT_DIR: 'tests/fixtures/untranslated' },
  ],
  ['Find or install Chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['Browser tests (Playwright, Chromium)', 'playwright', ['test']],
];

for (const [title, command, args, env = {}] of steps) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds}s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}
