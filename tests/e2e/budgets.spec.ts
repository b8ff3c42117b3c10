// Page weight budgets (gzip, as served): every page's HTML from disk; everything a page loads, in a
// browser, until its islands have drawn, for each template in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { fileForPath } from '../../src/lib/tooling/html-audit.ts';
import { kilobytes, loadedWeight } from '../../scripts/lib/loaded-weight.ts';
import { ownScriptBytes } from '../../scripts/lib/page-weight.ts';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';
import { builtPages, distDir, locales } from './support/site.ts';
import { venues } from './support/venues.ts';

const kb = 1024;

test('no framework runtime is shipped', () => {
  const assets = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'));
  const runtimes = /react-dom|preact|__vue|svelte\/internal|solid-js|astro-island/;
  for (const name of assets) expect(readFileSync(join(distDir, '_astro', name), 'utf8'), name).not.toMatch(runtimes);
  for (const page of builtPages()) expect(readFileSync(join(distDir, fileForPath(page) ?? page), 'utf8'), page).not.toContain('<astro-island');
});

test('the preload helper is the lean one, and no lazily loaded chunk brings CSS it would have to wait for', () => {
  const assets = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'));
  const helper = assets.filter((name) => name.startsWith('preload-helper.'));
  expect(helper).toHaveLength(1);
  // src/integrations/lean-preload.ts: links a lazy chunk's imports for preloading, then imports it.
  expect(readFileSync(join(distDir, '_astro', helper[0]!)).length).toBeLessThan(512);
  const lazyDeps = assets.flatMap((name) => [...readFileSync(join(distDir, '_astro', name), 'utf8').matchAll(/m\.f=\[([^\]]*)\]/g)].map((m) => m[1] ?? ''));
  expect(lazyDeps.length).toBeGreaterThan(0);
  expect(lazyDeps.filter((deps) => deps.includes('.css'))).toEqual([]);
});

test('every page’s HTML is at most 14 KB (gzip), so the document arrives in the first round trip', () => {
  const over = builtPages()
    .map((page) => ({ page, bytes: gzipSync(readFileSync(join(distDir, fileForPath(page) ?? page))).length }))
    .filter(({ bytes }) => bytes > 14 * kb)
    .map(({ page, bytes }) => `${page}: ${kilobytes(bytes)}`);
  expect(over).toEqual([]);
});

const finderReady = (page: Page) => page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
const brief = 'plenary=1000&plenaryLayout=theatre&breakouts=3&breakoutSeats=100&breakoutLayout=classroom';
const shortlist = venues.slice(0, 3).map((v) => v.slug).join(',');

/**
 * Each template in the state a planner leaves it in, and what it may load in all. Where the page is
 * still over its target (issue 18), `limit` is today's figure, so it cannot grow unnoticed while the
 * target stands beside it in the test's name.
 */
const budgets: { name: string; path: (l: string) => string; limit: number; target?: number; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: (l) => `/${l}/`, limit: 20 * kb },
  // The city with the most on file: the heaviest city page. Over its target since the date check and
  // the entry section came (HTML 12.2–12.9 KB, CSS 6.6, scripts 3.3).
  { name: 'a city (Beijing)', path: (l) => `/${l}/cities/beijing/`, limit: 23.5 * kb, target: 20 * kb },
  { name: 'a venue', path: (l) => `/${l}/venues/china-national-convention-center/`, limit: 20 * kb },
  { name: 'a news item', path: (l) => `/${l}/news/2019-08-27-hangzhou-plus-roadshow-beijing/`, limit: 20 * kb },
  { name: 'the finder with a brief', path: (l) => `/${l}/venues/?${brief}`, limit: 40 * kb, ready: finderReady },
  // Its tables, as drawn on arrival: the charts and the scorecard below them load when scrolled to (next test).
  {
    name: 'compare, three venues and two cities',
    path: (l) => `/${l}/compare/?venues=${shortlist}&cities=beijing,shanghai`,
    limit: 25 * kb,
    ready: (page) => expect(page.locator(sel('compareTable', 'cities'))).toBeVisible(),
  },
  // The same, scrolled to the city charts and the scorecard, with their code and words.
  {
    name: 'compare, scrolled to its charts and scorecard',
    path: (l) => `/${l}/compare/?venues=${shortlist}&cities=beijing,shanghai`,
    limit: 32 * kb,
    ready: async (page) => {
      await scrollToBoard(page);
      await expect(page.locator(sel('boardTable', 'cities'))).toBeVisible();
    },
  },
  {
    name: 'a request to three venues',
    path: (l) => `/${l}/rfp/?${brief}&venues=${shortlist}`,
    limit: 39 * kb,
    target: 25 * kb,
    ready: (page) => page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor(),
  },
];

for (const locale of locales) {
  for (const { name, path, limit, target, ready } of budgets) {
    const goal = target ? ` (target ${target / kb} KB, not yet met)` : '';
    test(`${name} loads at most ${limit / kb} KB in all (gzip)${goal} (${locale})`, async ({ page }) => {
      const weight = await loadedWeight(page, path(locale), ready);
      const parts = Object.entries(weight.bytes).map(([kind, bytes]) => `${kind} ${kilobytes(bytes)}`).join(', ');
      test.info().annotations.push({ type: 'weight', description: `${path(locale)}: ${kilobytes(weight.total)} (${parts})` });
      expect(weight.total, `${path(locale)}: ${parts}`).toBeLessThanOrEqual(limit);
    });
  }
}

test('compare loads its charts’ and scorecard’s code and words only when the planner scrolls near them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // Counted when asked for, not when done: a load started with the tables is caught even if unfinished.
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const board = (path: string) => /\/_astro\/board-pack\.[\w-]+\.js$|\/words\/board\.json$/.test(path);
  await page.goto(`/en/compare/?venues=${shortlist}&cities=beijing,shanghai`);
  await expect(page.locator(sel('compareTable', 'cities'))).toBeVisible();
  await expect(page.locator(sel('board'))).toBeHidden();
  expect(fetched.filter(board)).toEqual([]);
  await scrollToBoard(page);
  await expect(page.locator(sel('boardTable', 'cities'))).toBeVisible();
  expect(fetched.filter(board)).toHaveLength(2);
  // With nothing to compare there is nothing to score: neither loads.
  fetched.length = 0;
  await page.goto('/en/compare/');
  await expect(page.locator(sel('compareEmpty'))).toBeVisible();
  await expect(page.locator(sel('board'))).toBeHidden();
  expect(fetched.filter(board)).toEqual([]);
});

test('islands stay small: the finder’s, compare’s and the request’s own scripts at most 10 KB each (gzip)', () => {
  for (const page of ['/en/venues/', '/en/compare/', '/en/rfp/']) expect(ownScriptBytes(distDir, page, '/en/about/'), page).toBeLessThanOrEqual(10 * kb);
});
