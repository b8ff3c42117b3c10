import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { sel } from '../../src/islands/hooks.ts';
import { builtPages, distDir } from './support/site.ts';
import { venues } from './support/venues.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every byte a first visit fetches (bodies as sent, gzip where the server compresses), once the page is ready. */
async function loadedBytes(page: Page, path: string, ready: string) {
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize)));
  await page.goto(path);
  await page.locator(ready).waitFor();
  await page.waitForLoadState('networkidle');
  return (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
}

test('every page’s HTML is at most 14 KB gzip', () => {
  let heaviest = { page: '', bytes: 0 };
  for (const page of builtPages().filter((p) => p.endsWith('/') || p.endsWith('.html'))) {
    const file = join(distDir, page.endsWith('/') ? `${page}index.html` : page);
    const bytes = gzipSync(readFileSync(file)).length;
    if (bytes > heaviest.bytes) heaviest = { page, bytes };
  }
  console.log(`Heaviest HTML (gzip): ${heaviest.page} ${kb(heaviest.bytes)} (≤ 14 KB)`);
  expect(heaviest.bytes).toBeLessThanOrEqual(14 * 1024);
});

test('what the request and compare pages load in all, in a browser, for three venues', async ({ page }) => {
  const slugs = venues.slice(0, 3).map((v) => v.slug).join(',');
  const request = await loadedBytes(
    page,
    `/en/rfp/?plenary=1000&breakouts=3&breakoutSeats=100&venues=${slugs}&event=Congress&delegates=800&abroad=500&name=Jane+Doe&email=jane@example.org&replyBy=2030-03-01`,
    `${sel('rfp')}${sel('rfpReady')}`,
  );
  const compare = await loadedBytes(page, `/en/compare/?venues=${slugs}&cities=beijing,shanghai`, sel('boardTable', 'venues'));
  console.log(`Loaded in all (gzip, three venues): request ${kb(request)}, compare ${kb(compare)} (budget 25 KB each)`);
  // Recorded, not yet enforced: the shared stylesheet (7 KB) and page shell take a third of the budget (see the report).
  expect(request).toBeGreaterThan(0);
  expect(compare).toBeGreaterThan(0);
});
