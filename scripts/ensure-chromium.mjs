// Makes sure the browser tests have a Chromium: finds one (the headless shell first: see
// lib/chromium.mjs), or, where there is none and it runs as root with apt-get, installs Debian's
// chromium-headless-shell package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findHeadlessChromium, headlessShellPaths } from './lib/chromium.mjs';

const hasShell = () => headlessShellPaths.some((path) => existsSync(path));
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

if (process.env.CHROMIUM_PATH && !findHeadlessChromium()) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}

if (!findHeadlessChromium() && canApt) {
  console.log('Installing Debian’s chromium-headless-shell package with apt-get (the browser the tests run fastest in)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium-headless-shell'], { stdio: 'inherit', env });
  } catch {
    console.log('apt-get could not install it; looking for another Chromium.');
  }
}

const found = findHeadlessChromium();
if (found) {
  console.log(`Browser tests will use Chromium at ${found}`);
  if (!hasShell() && !process.env.CHROMIUM_PATH) console.log('  (Debian’s chromium-headless-shell package runs them faster)');
  process.exit(0);
}

console.error(`No Chromium found for the browser tests. Do one of these, then run npm test again:
  - on Debian: sudo apt-get install chromium-headless-shell (or chromium)
  - with internet access: npx playwright install chromium
  - point CHROMIUM_PATH at a Chromium or Chrome executable`);
process.exit(1);
