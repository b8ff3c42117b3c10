import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { venues } from './support/venues.ts';
import { sel } from '../../src/islands/hooks.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

const firstVenue = venues[0]?.slug ?? 'none';
const templates = (l: 'en' | 'zh') => [
  `/${l}/`,
  `/${l}/cities/`,
  `/${l}/cities/hangzhou/`,
  `/${l}/venues/`,
  `/${l}/venues/${firstVenue}/`,
  `/${l}/ambassadors/`,
  `/${l}/news/`,
  `/${l}/news/2012-09-12-cmca-founded-in-beijing/`,
  `/${l}/events/`,
  `/${l}/about/`,
  `/${l}/join/`,
  `/${l}/contact/`,
  `/${l}/search/`,
  `/${l}/compare/?venues=${firstVenue}`,
];

for (const locale of ['en', 'zh'] as const) {
  test(`every page template has no WCAG 2.2 AA violation (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of [...templates(locale), '/404.html', '/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await violations(page), path).toEqual([]);
    }
  });

  test(`search and the finder, open and in use, have no violation (${locale})`, async ({ page }) => {
    // Three axe runs over the largest pages: more than the default 30 s on a loaded machine.
    test.setTimeout(90_000);
    await page.goto(`/${locale}/venues/?seats=500&plenary=800&breakouts=2&breakoutSeats=50`);
    await expect(page.locator(sel('group')).first()).toBeVisible();
    expect(await violations(page), 'finder with a brief').toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type(locale === 'zh' ? '杭州' : 'Hangzhou');
    await expect(page.locator(`${sel('searchDialog')} ${sel('searchResults')} li`).first()).toBeVisible();
    expect(await violations(page), 'search dialog with results').toEqual([]);
    await page.goto(`/${locale}/search/?q=${locale === 'zh' ? '会议' : 'convention'}`);
    await expect(page.locator(`${sel('searchFilters')} fieldset`).first()).toBeVisible();
    expect(await violations(page), 'search page with filters').toEqual([]);
  });
}

test('keyboard only: skip link, visible focus, finder and search work without a mouse', async ({ page }) => {
  await page.goto('/en/venues/');
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
