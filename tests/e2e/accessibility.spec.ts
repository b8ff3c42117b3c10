// WCAG 2.2 AA with axe: the page shell (header, navigation, search dialog, footer) is scanned once per
// language, then each template and each island's states once, in one language, as separate tests,
// inside <main> only.
// Lang, titles and headings of every page are checked from disk (links.spec.ts, site-files.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { venues } from './support/venues.ts';
import { locales } from './support/site.ts';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, within?: string) {
  // Violations only (axe skips serialising every passing node), and axe run in the page itself: the
  // site has no frames, so the default's extra blank page for merging frame results only costs time.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(wcag).setLegacyMode(true);
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

const [first, second, third] = venues.map((v) => v.slug);
const brief = 'plenary=800&plenaryLayout=theatre&breakouts=2&breakoutSeats=50&breakoutLayout=classroom';

/** The date findings once they show the dates asked for. */
const datesShown = (scope: string, dates: string) => (p: Page) => p.locator(`${scope} ${sel('dateFindings')}${sel('dateReady', dates)}`).waitFor();
const holiday = '2027-10-02/2027-10-05';

/**
 * Each template, and each island in the state a planner leaves it in, scanned once, in one language:
 * the languages alternate, and the finder and the request are scanned in a state in each. The
 * alliance's pages (about, join, contact: one template) are scanned whole, in both languages, with
 * the shell below.
 */
const templates: { name: string; locale: 'en' | 'zh'; path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', locale: 'en', path: '/en/' },
  { name: 'member cities', locale: 'zh', path: '/zh/cities/' },
  { name: 'a city with its dates checked', locale: 'zh', path: `/zh/cities/beijing/?dates=${holiday}`, ready: datesShown(sel('dateCheck'), holiday) },
  { name: 'the venue finder', locale: 'en', path: '/en/venues/', ready: (p) => p.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor() },
  { name: 'the finder with a dated brief', locale: 'zh', path: `/zh/venues/?${brief}&dates=${holiday}`, ready: datesShown(sel('venueFinder'), holiday) },
  { name: 'a venue', locale: 'zh', path: `/zh/venues/${first}/` },
  { name: 'ambassadors', locale: 'en', path: '/en/ambassadors/' },
  { name: 'news', locale: 'zh', path: '/zh/news/' },
  { name: 'a news item', locale: 'en', path: '/en/news/2012-09-12-cmca-founded-in-beijing/' },
  { name: 'events', locale: 'en', path: '/en/events/' },
  { name: 'search with results and filters', locale: 'zh', path: '/zh/search/?q=会议', ready: (p) => expect(p.locator(`${sel('searchFilters')} fieldset`).first()).toBeVisible() },
  {
    name: 'compare with weights, venues and cities',
    locale: 'en',
    path: `/en/compare/?venues=${first},${second},${third}&cities=hangzhou,xian&vw=theatre:3&cmust=airport:40`,
    ready: async (p) => {
      await scrollToBoard(p);
      await expect(p.locator(sel('boardTable', 'cities'))).toBeVisible();
    },
  },
  { name: 'the entry checker, answered', locale: 'zh', path: '/zh/entry/?nationality=FR&city=shanghai&onward=third&days=7', ready: (p) => p.locator(sel('entryReady')).waitFor() },
  { name: 'an empty request', locale: 'en', path: '/en/rfp/', ready: (p) => p.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor() },
  {
    name: 'a filled-in, dated request with its QR code',
    locale: 'zh',
    path: `/zh/rfp/?${brief}&venues=${first},${second},${third}&event=Congress&gala=300&dates=${holiday}`,
    ready: async (p) => {
      await p.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
      await datesShown(sel('rfpDates'), holiday)(p);
      await p.locator(sel('rfpQrShow')).click();
      await expect(p.locator(`${sel('rfpQrCode')} svg`)).toBeVisible();
    },
  },
];

for (const locale of locales) {
  test(`the page shell (header, navigation, footer) has no WCAG 2.2 AA violation (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    expect(await violations(page)).toEqual([]);
  });

  test(`the search dialog, open with results, has no violation (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    await page.keyboard.press('/');
    await page.keyboard.type(locale === 'zh' ? '杭州' : 'Hangzhou');
    await expect(page.locator(`${sel('searchDialog')} ${sel('searchResults')} li`).first()).toBeVisible();
    expect(await violations(page, sel('searchDialog'))).toEqual([]);
  });
}

for (const { name, locale, path, ready } of templates) {
  test(`${name} has no WCAG 2.2 AA violation (${locale})`, async ({ page }) => {
    await page.goto(path);
    await ready?.(page);
    expect(await violations(page, 'main'), path).toEqual([]);
  });
}

test('the language entry page and the 404 page have no violation', async ({ page }) => {
  for (const path of ['/', '/404.html']) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});

test('keyboard only: skip link, visible focus, finder and search work without a mouse', async ({ page }) => {
  await page.goto('/en/venues/');
  await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // Reach the minimum-seats field by tabbing and filter with the keyboard.
  const seats = page.getByLabel('Minimum seats in one room');
  for (let i = 0; i < 60 && !(await seats.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(seats).toBeFocused();
  const outline = await seats.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.type('2000');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/seats=2000/);
});
