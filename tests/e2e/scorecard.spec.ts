import { expect, test } from '@playwright/test';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';
import { venues } from './support/venues.ts';
import { openData } from './support/site.ts';
import { dictionary } from '../../src/i18n/ui.ts';
import { fillPlaceholders } from '../../src/i18n/placeholders.ts';

test.describe('the scorecard on the compare page', () => {
  test('printing the fact sheet draws the city charts first, though the planner never scrolled to them', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/en/compare/?venues=${venues.slice(0, 3).map((v) => v.slug).join(',')}&cities=beijing,shanghai`);
    await expect(page.locator(sel('compareTable', 'cities'))).toBeVisible();
    await expect(page.locator(sel('cityCharts'))).toHaveCount(0);
    // The browser's print dialog is replaced by a note of when it was asked for.
    await page.evaluate((charts) => (window.print = () => void (document.documentElement.dataset.printAsked = String(document.querySelectorAll(charts).length))), sel('cityCharts'));
    await page.locator(sel('comparePrint')).click();
    await expect(page.locator('html')).toHaveAttribute('data-print-asked', '1');
  });

  test('ranks by the criteria a score rests on, then by score, and says so', async ({ page }) => {
    const slugs = ['china-world-summit-wing-beijing', 'shanghai-international-convention-center', 'hangzhou-international-expo-center'].filter((s) => venues.some((v) => v.slug === s));
    await page.goto(`/en/compare/?venues=${slugs.join(',')}&vw=theatre:5,largestRoom:3,exhibition:2,meetingRooms:4,meetingSpace:0,hotelRooms:2&vmust=theatre:1000`);
    await scrollToBoard(page);
    const ranking = page.locator(sel('boardRanking', 'venues'));
    await expect(ranking).toBeVisible();
    await expect(page.getByText('Ranking: first by how many weighted criteria a score rests on, then by score; a high score on few criteria never ranks above one on more.').first()).toBeVisible();
    // Each line says how many criteria its score rests on; the counts never rise down the list (among those failing no must-have).
    const lines = await ranking.locator('li').allTextContents();
    const covered = lines.filter((l) => !l.includes('fails a must-have')).map((l) => Number(/on (?:all )?(\d+)(?: of \d+)? weighted criteria/.exec(l)?.[1] ?? 0));
    expect(covered.length).toBeGreaterThan(0);
    expect([...covered].sort((a, b) => b - a)).toEqual(covered);
  });

  test('prints its criteria, weights, must-have thresholds, sources, the date and the link back', async ({ page }) => {
    const slugs = venues.slice(0, 3).map((v) => v.slug);
    await page.goto(`/en/compare/?venues=${slugs.join(',')}&vw=theatre:5&vmust=theatre:1000`);
    await scrollToBoard(page);
    await expect(page.locator(sel('boardTable', 'venues'))).toBeVisible();
    await page.evaluate(() => (document.documentElement.dataset.printing = 'board'));
    await page.emulateMedia({ media: 'print' });
    const board = page.locator(sel('board'));
    await expect(board.locator(`${sel('boardRow', 'theatre')} th`)).toHaveText('Most theatre seats in one listed room (weight 5; must-have: at least 1,000)');
    await expect(board.locator(`${sel('boardRow', 'airport')} th`)).toHaveText('Airport (km) (weight 1)');
    const printed = page.locator(sel('boardPrinted'));
    await expect(printed).toBeVisible();
    await expect(printed).toHaveText(new RegExp(`^Printed on \\d{1,2} \\w+ \\d{4} from http://[^ ]+/en/compare/\\?venues=${slugs.join(',')}&vw=theatre:5&vmust=theatre:1000$`));
    await expect(page.getByText(/Give each criterion a weight/)).toBeHidden();
    for (const form of await board.locator('table.no-print').all()) await expect(form).toBeHidden();
  });

  test('Chengdu’s four- and five-star hotel rooms are shown with their scope, never compared or scored as a city total', async ({ page }) => {
    await page.goto('/en/compare/?cities=beijing,chengdu');
    await scrollToBoard(page);
    const citiesTable = page.locator(sel('compareTable', 'cities'));
    await expect(citiesTable).toContainText('about 16,000 (2011; rooms in four- and five-star hotels only)');
    const cell = page.locator(`${sel('boardTable', 'cities')} ${sel('boardRow', 'hotelRooms')} td`).nth(1);
    await expect(cell).toContainText('about 16,000');
    await expect(cell).toContainText('counts rooms in four- and five-star hotels only: not compared, not scored');
    await expect(cell).not.toContainText('×');
    const chart = page.locator(`${sel('cityCharts')} figure`).filter({ has: page.locator(sel('cityChart', 'hotelRooms')) });
    await expect(chart.locator('rect')).toHaveCount(1);
    await expect(chart).toContainText('Chengdu: about 16,000 (2011) counts rooms in four- and five-star hotels only, so it is not drawn or compared.');
  });

  test('the city charts give each figure’s year, and say when an airport has no distance on file', async ({ page }) => {
    const cities = openData<{ slug: string; name: { zh: string }; airports: { code: string; km: number | null }[] }>('cities');
    // Compared: a city where some airports have no distance on file (said, with the nearest on file drawn), and two more.
    const partial = cities.find((c) => c.airports.some((a) => a.km === null) && c.airports.some((a) => a.km !== null));
    const without = cities.find((c) => c.airports.every((a) => a.km === null));
    const compared = [...new Set([partial, without, ...cities].flatMap((c) => (c ? [c] : [])))].slice(0, 3);
    await page.goto(`/zh/compare/?cities=${compared.map((c) => c.slug).join(',')}`);
    await scrollToBoard(page);
    await expect(page.getByRole('img', { name: /^ICCA会议数（最近年份）：/ })).toBeVisible();
    const airport = page.locator(`${sel('cityCharts')} figure`).filter({ has: page.locator(sel('cityChart', 'airport')) });
    const t = dictionary('zh');
    const codes = (c: (typeof cities)[number]) => c.airports.filter((a) => a.km === null).map((a) => a.code).join('、');
    expect(partial ?? without, 'a city with an airport whose distance is not on file').toBeDefined();
    if (partial) await expect(airport).toContainText(fillPlaceholders(t['chart.cities.airportNoDistance'], { city: partial.name.zh, codes: codes(partial) }));
    if (without) await expect(airport).toContainText(fillPlaceholders(t['chart.cities.airportsNoDistance'], { city: without.name.zh, codes: codes(without) }));
  });
});
