import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxPath } from '../../scripts/lib/nginx.mjs';
import { securityHeaders } from '../../src/lib/tooling/security-headers.ts';
import { builtPages, distDir } from './support/site.ts';
import { nginxURL } from './support/nginx.ts';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';

// CI installs nginx; elsewhere these tests say why they did not run.
test.skip(!nginxPath && !process.env.CI, 'nginx is not installed (apt-get install nginx-light)');

const templates = [
  '/en/',
  '/zh/',
  '/en/cities/',
  '/zh/cities/hangzhou/',
  '/en/venues/',
  '/zh/venues/hangzhou-international-expo-center/',
  '/en/ambassadors/',
  '/zh/news/',
  '/en/events/',
  '/zh/about/',
  '/en/join/',
  '/zh/contact/',
  '/en/search/?q=Hangzhou',
  '/zh/compare/?venues=hangzhou-international-expo-center',
  '/en/no-such-page/',
];

test('nginx sends every security header, and the right caching, with deploy/nginx.conf', async ({ request }) => {
  const page = await request.get(nginxURL('/en/'));
  for (const [name, value] of Object.entries(securityHeaders)) expect(page.headers()[name.toLowerCase()], name).toBe(value);
  expect(page.headers()['cache-control']).toBe('no-cache');
  const asset = builtPages().length > 0 ? (await page.text()).match(/\/_astro\/[^"]+\.css/)?.[0] : undefined;
  expect(asset).toBeTruthy();
  const css = await request.get(nginxURL(asset as string), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(css.headers()['content-encoding']).toBe('gzip');
});

test('nginx answers a missing path with 404 and the bilingual not-found page', async ({ request }) => {
  const response = await request.get(nginxURL('/zh/no-such-page/'));
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('页面不存在');
  expect(html).toContain('Page not found');
  expect(response.headers()['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
});

test('no template reports a Content-Security-Policy violation under nginx, search and finder in use', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of templates) {
    await page.goto(nginxURL(path));
    // Pages with an island: wait until it has drawn (it fetched its data by then).
    if (path.includes('/compare/')) {
      // The charts and the scorecard load when scrolled to: under nginx's policy too.
      await scrollToBoard(page);
      await expect(page.locator(sel('boardTable', 'venues'))).toBeVisible();
    }
    if (/\/venues\/$/.test(path)) await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
    if (path.includes('/search/')) await expect(page.locator(`${sel('searchPanel', 'page')} ${sel('searchResults')} li`).first()).toBeVisible();
  }
  // Search (WebAssembly) and the finder, really used.
  await page.goto(nginxURL('/zh/search/?q=杭州'));
  await expect(page.locator(`${sel('searchPanel', 'page')} ${sel('searchResults')} li`).first()).toBeVisible();
  await page.goto(nginxURL('/en/venues/?seats=500'));
  await expect(page.locator(sel('resultCount'))).not.toBeEmpty();
  await page.keyboard.press('/');
  await page.keyboard.type('Beijing');
  await expect(page.locator(`${sel('searchDialog')} ${sel('searchResults')} li`).first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('nginx serves a site that lives in a folder only its owner can read (a clone in root’s home, or made by mktemp -d)', async ({ request }) => {
  const root = mkdtempSync(join(tmpdir(), 'private-clone-'));
  chmodSync(root, 0o700);
  for (const file of ['en/index.html', '404.html']) cpSync(join(distDir, file), join(root, 'dist', file), { recursive: true });
  chmodSync(join(root, 'dist'), 0o700);
  const port = 4339;
  const server = spawn(process.execPath, ['scripts/nginx-serve.mjs', '--port', String(port)], { env: { ...process.env, DIST_DIR: join(root, 'dist') }, stdio: 'ignore' });
  try {
    const get = () => request.get(`http://localhost:${port}/en/`).catch(() => null);
    await expect.poll(async () => (await get())?.status()).toBe(200);
    expect(await (await get())?.text()).toContain('<html lang="en"');
  } finally {
    server.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  }
});
