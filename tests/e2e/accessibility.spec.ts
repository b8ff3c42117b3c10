// WCAG 2.2 AA with axe: the page shell (header, navigation, search dialog, footer) is scanned once per
// language, then each template and each island's states once, as separate tests, inside <main> only.
// Lang, titles and headings of every page are checked from disk (links.spec.ts, site-files.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { venues } from './support/venues.ts';
import { locales } from './support/site.ts';
import { sel } from '../../src/islands/hooks.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(wcag);
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

const [first, second, third] = venues.map((v) => v.slug);
const brief = 'plenary=800&plenaryLayout=theatre&breakouts=2&breakoutSeats=50&breakoutLayout=classroom';

/** Each template, and each island in the state a planner leaves it in; `ready` waits for that state. */
const templates: { name: string; path: (l: string) => string; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: (l) => `/${l}/` },
  { name: 'member cities', path: (l) => `/${l}/cities/` },
  { name: 'a city', path: (l) => `/${l}/cities/hangzhou/` },
  { name: 'the venue finder', path: (l) => `/${l}/venues/`, ready: (p) => p.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor() },
  { name: 'the finder with a brief', path: (l) => `/${l}/venues/?${brief}`, ready: (p) => p.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor() },
  { name: 'a venue', path: (l) => `/${l}/venues/${first}/` },
  { name: 'ambassadors', path: (l) => `/${l}/ambassadors/` },
  { name: 'news', path: (l) => `/${l}/news/` },
  { name: 'a news item', path: (l) => `/${l}/news/2012-09-12-cmca-founded-in-beijing/` },
  { name: 'events', path: (l) => `/${l}/events/` },
  { name: 'about', path: (l) => `/${l}/about/` },
  { name: 'join', path: (l) => `/${l}/join/` },
  { name: 'contact', path: (l) => `/${l}/contact/` },
  {
    name: 'search with results and filters',
    path: (l) => `/${l}/search/?q=${l === 'zh' ? '会议' : 'convention'}`,
    ready: (p) => expect(p.locator(`${sel('searchFilters')} fieldset`).first()).toBeVisible(),
  },
  {
    name: 'compare with weights, venues and cities',
    path: (l) => `/${l}/compare/?venues=${first},${second},${third}&cities=hangzhou,xian&vw=theatre:3&cmust=airport:40`,
    ready: (p) => expect(p.locator(sel('boardTable', 'cities'))).toBeVisible(),
  },
  { name: 'the entry checker, answered', path: (l) => `/${l}/entry/?nationality=FR&city=shanghai&onward=third&days=7`, ready: (p) => p.locator(sel('entryReady')).waitFor() },
  { name: 'an empty request', path: (l) => `/${l}/rfp/`, ready: (p) => p.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor() },
  {
    name: 'a filled-in request with its QR code',
    path: (l) => `/${l}/rfp/?${brief}&venues=${first},${second},${third}&event=Congress&gala=300`,
    ready: async (p) => {
      await p.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
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

  for (const { name, path, ready } of templates) {
    test(`${name} has no WCAG 2.2 AA violation (${locale})`, async ({ page }) => {
      await page.goto(path(locale));
      await ready?.(page);
      expect(await violations(page, 'main'), path(locale)).toEqual([]);
    });
  }
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
