// Makes sure the browser tests have a Chromium: finds one, or installs Debian's where it can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Browser tests will use Chromium at ${found}`);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (installed) {
    console.log(`Installed Chromium at ${installed}`);
    process.exit(0);
  }
}

console.error(`No Chromium found for the browser tests. Do one of these, then run npm test again:
  - on Debian or Ubuntu: sudo apt-get install chromium
  - with internet access: npx playwright install chromium
  - point CHROMIUM_PATH at a Chromium or Chrome executable`);
process.exit(1);
