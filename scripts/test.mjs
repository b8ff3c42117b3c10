// npm test: every check, in lanes side by side where they cannot disturb each other; stops at the
// first failure and says which step; prints each step's time at the end.
//   first, side by side: the site build into dist/, and the untranslated fixture site, built in a
//           copy of the project (scripts/lib/project-copy.ts) into dist-fixture/
//   then, side by side: the browser tests against both (after finding or installing Chromium), and
//           the type check (astro check), the unit tests and the import and build tests (which
//           build in copies of their own)
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectCopy } from './lib/project-copy.ts';

const fixture = projectCopy();
const steps = {
  check: ['Type check (astro check)', 'astro', ['check']],
  build: ['Build the site (npm run build: content check, astro build + Pagefind, swapped in on success)', 'node', ['scripts/build.ts', '--local']],
  fixture: [
    'Build the untranslated fixture site into dist-fixture/',
    'node',
    ['scripts/build.ts', '--local', '--out', resolve('dist-fixture')],
    { cwd: fixture.root, env: { ...fixture.env, CONTENT_DIR: resolve('tests/fixtures/untranslated') } },
  ],
  unit: ['Unit tests (vitest)', 'vitest', ['run']],
  builds: [
    'Import and build tests (charts imported into a fixture site and built; failed builds keep the last good site)',
    'vitest',
    ['run', '--config', 'tests/build/vitest.config.ts'],
  ],
  chromium: ['Find or install Chromium', 'node', ['scripts/ensure-chromium.mjs']],
  browser: ['Browser tests (Playwright, Chromium)', 'playwright', ['test']],
};

const times = [];
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Runs one step with its output shown; rejects, naming the step, when it fails. */
function run(key) {
  const [title, command, args, options = {}] = steps[key];
  console.log(`\n▶ ${title}`);
  const start = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: options.cwd, env: { ...process.env, ...options.env } });
    child.on('close', (code) => {
      times.push([title, Date.now() - start]);
      if (code === 0) {
        console.log(`✓ ${title} (${seconds(Date.now() - start)})`);
        done();
      } else fail(Object.assign(new Error(title), { code: code ?? 1, took: Date.now() - start }));
    });
  });
}

const lane = async (...keys) => {
  for (const key of keys) await run(key);
};

try {
  await Promise.all([lane('build'), lane('fixture')]);
  await Promise.all([lane('chromium', 'browser'), lane('check', 'unit', 'builds')]);
} catch (error) {
  console.error(`\n✗ ${error.message} failed after ${seconds(error.took ?? 0)}.`);
  process.exitCode = error.code ?? 1;
} finally {
  rmSync(fixture.root, { recursive: true, force: true });
  console.log('\nTime per step (two lanes side by side, twice):');
  for (const [title, ms] of times) console.log(`  ${seconds(ms).padStart(7)}  ${title.replace(/ \(.*$/, '')}`);
  console.log(`  ${seconds(Date.now() - started).padStart(7)}  npm test in all`);
}
