// Makes sure the browser tests have a Chromium: finds one, or installs Debian's where it can. The
// headless shell (package chromium-headless-shell) is preferred: the tests run in less than half the
// time in it. As root on Debian or Ubuntu it is installed when missing; a full Chromium still serves.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findHeadlessChromium, headlessShellPaths } from './lib/chromium.mjs';

const hasShell = () => headlessShellPaths.some((path) => existsSync(path));
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

if (process.env.CHROMIUM_PATH && !findHeadlessChromium()) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}

if (!process.env.CHROMIUM_PATH && !hasShell() && canApt) {
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
  if (!hasShell() && !process.env.CHROMIUM_PATH) console.log('  (sudo apt-get install chromium-headless-shell runs them in less than half the time)');
  process.exit(0);
}

console.error(`No Chromium found for the browser tests. Do one of these, then run npm test again:
  - on Debian or Ubuntu: sudo apt-get install chromium-headless-shell
  - with internet access: npx playwright install chromium
  - point CHROMIUM_PATH at a Chromium or Chrome executable`);
process.exit(1);
