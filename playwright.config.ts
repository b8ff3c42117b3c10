import { defineConfig } from '@playwright/test';
import { chromiumArgs, findHeadlessChromium } from './scripts/lib/chromium.mjs';
import { fixturePort } from './tests/e2e/support/fixture.ts';
import { nginxPort } from './tests/e2e/support/nginx.ts';
import { nginxPath } from './scripts/lib/nginx.mjs';

const port = 4329;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous limits for a busy machine (axe and Pagefind are CPU-bound): a passing test takes no longer for them.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findHeadlessChromium(), args: chromiumArgs() },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${port}`,
      url: `http://localhost:${port}/en/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The untranslated fixture site, built by scripts/test.mjs into dist-fixture/.
      command: `node scripts/serve.mjs --port ${fixturePort}`,
      env: { DIST_DIR: 'dist-fixture' },
      url: `http://localhost:${fixturePort}/en/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // dist/ behind nginx with deploy/nginx.conf, for the hosting tests (skipped where nginx is missing).
    ...(nginxPath
      ? [{ command: `node scripts/nginx-serve.mjs --port ${nginxPort}`, url: `http://localhost:${nginxPort}/en/`, reuseExistingServer: false, timeout: 30_000 }]
      : []),
  ],
});
