// Finds a Chromium: CHROMIUM_PATH if set (and only that), else Playwright's own if installed, else
// Debian's. Playwright cannot download its browser on machines without internet access. The browser
// tests and screenshots prefer Chromium's headless shell, as Playwright itself does when headless: the
// same engine without the full browser around it, and on a 2-core machine the browser tests take less
// than half the time (41 tests: 31 s against 75 s). The benchmarks and the audit keep the full browser
// that visitors use.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function playwrightsOwn() {
  try {
    const { chromium } = require('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/** Debian's package `chromium-headless-shell`. */
export const headlessShellPaths = ['/usr/bin/chromium-headless-shell'];

/** The path of a usable Chromium, or undefined. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return playwrightsOwn() ?? systemChromiumPaths.find((path) => existsSync(path));
}

/** The browser for headless work: CHROMIUM_PATH if set, else the headless shell if installed, else any Chromium. */
export function findHeadlessChromium() {
  if (process.env.CHROMIUM_PATH) return findChromium();
  return headlessShellPaths.find((path) => existsSync(path)) ?? findChromium();
}

/** Launch flags: no sandbox as root (Chromium refuses otherwise), and no background calls home. */
export function chromiumArgs() {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
