// npm run build [-- --local] [-- --out <folder>]: the site build that never takes the site down.
// 1. The public address: SITE_URL, required unless --local (npm start and the tests build locally).
// 2. The content check: an editor's errors, by file and field, and a non-zero exit; no stack trace.
// 3. astro build (Pagefind included) into <out>.staging; Astro's log without stack traces.
// 4. Only when all of it succeeded, <out>.staging replaces <out>; after any failure <out> is as it was.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/build/content-check.ts';
import { contentDir } from '../src/lib/build/content-dir.ts';
import { formatProblem } from '../src/lib/build/content-problems.ts';
import { siteAddress } from '../src/lib/build/site-url.ts';
import { editorLogLine, stagingFolders, swapIntoPlace } from './lib/safe-build.ts';
import { contentCheckedVariable } from '../src/integrations/content-check.ts';

const { values } = parseArgs({ options: { local: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const shownOut = `${values.out.replace(/\/$/u, '')}/`;
const unchanged = existsSync(out) ? `${shownOut} was not changed: it still holds the last good build.` : `Nothing was written to ${shownOut}`;

function stop(message: string): never {
  console.error(`\n✗ ${message}\n  ${unchanged}`);
  process.exit(1);
}

const address = siteAddress(process.env, values.local ? 'local' : 'deploy');
if ('error' in address) stop(address.error);
console.log(`Site address: ${address.url} (${address.from === 'SITE_URL' ? 'SITE_URL' : 'local build; set SITE_URL to build for deployment'})`);

const content = contentDir();
const errors = checkContent(content).problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  console.error(`\nContent errors (${errors.length}):`);
  for (const problem of errors) console.error(`  ✗ ${formatProblem(problem)}`);
  stop(`Build stopped: fix the file${errors.length === 1 ? '' : 's'} named above (npm run check lists ${errors.length === 1 ? 'it' : 'them'} again).`);
}

const { staging, previous } = stagingFolders(out);
rmSync(staging, { recursive: true, force: true });
const projectDir = process.cwd();
const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
  // The content was checked just above: Astro's integration need not check it again.
  env: { ...process.env, SITE_URL: address.url, [contentCheckedVariable]: content, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const [stream, write] of [
  [astro.stdout, (line: string) => console.log(line)],
  [astro.stderr, (line: string) => console.error(line)],
] as const) {
  createInterface({ input: stream }).on('line', (line) => {
    const shown = editorLogLine(line, projectDir, content);
    if (shown !== undefined) write(shown);
  });
}
const code = await new Promise<number | null>((done) => astro.on('close', done));
if (code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  stop('Build failed: see the error above, with the file and line it names.');
}
swapIntoPlace(staging, out, previous);
console.log(`\n✓ Built into ${shownOut}`);
