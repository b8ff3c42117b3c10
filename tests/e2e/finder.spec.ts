import { expect, test, type Page } from '@playwright/test';
import { fixtureURL } from './support/fixture.ts';
import { largest, listedRooms, listedRoomsProve, meetingRoomsOf, finderVenues as venues } from './support/venues.ts';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';

/** The slugs of the venue cards in one of the finder's result groups, in order, once it has applied the URL's state. */
async function group(page: Page, key: string) {
  await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
  return page.locator(`${sel('group', key)} ${sel('venueItem')}`).evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.venueItem ?? ''));
}
const slugsOf = (predicate: (v: (typeof venues)[number]) => boolean) => venues.filter(predicate).map((v) => v.slug).sort();

test.describe('the venue finder', () => {
  test('without JavaScript the page is the complete list', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/venues/');
    const slugs = await page.locator(sel('venueItem')).evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.venueItem));
    expect(slugs.sort()).toEqual(venues.map((v) => v.slug).sort());
    await expect(page.locator(sel('finderFilters'))).toBeHidden();
    await context.close();
  });

  test('a PCO filters by 1,000 theatre seats: venues that prove it, then venues that publish no figure, and none that cannot', async ({ page }) => {
    await page.goto('/en/venues/');
    await page.getByLabel('Minimum seats in one room').fill('1000');
    await page.getByLabel('Minimum seats in one room').press('Enter');
    const matching = await group(page, 'match');
    expect(matching.length).toBeGreaterThan(0);
    expect([...matching].sort()).toEqual(slugsOf((v) => (largest(v, 'theatre') ?? 0) >= 1000));
    // Sorted by theatre capacity, largest first.
    const capacities = matching.map((slug) => largest(venues.find((v) => v.slug === slug)!, 'theatre') ?? 0);
    expect([...capacities].sort((a, b) => b - a)).toEqual(capacities);
    // A venue the figures on file do not settle is kept apart and says what they do say; it is never counted as 0.
    const open = await group(page, 'unknown');
    for (const slug of open) expect((largest(venues.find((v) => v.slug === slug)!, 'theatre') ?? 0) < 1000, slug).toBe(true);
    // Venues with no meeting room on file cannot be ruled out: all of them are among those to ask.
    const noRoom = slugsOf((v) => meetingRoomsOf(v).length === 0);
    expect(noRoom.length).toBeGreaterThan(0);
    expect(open).toEqual(expect.arrayContaining(noRoom));
    await expect(page.getByRole('heading', { name: `Ask the venue: the figures on file do not settle it (${open.length})` })).toBeVisible();
    await expect(page.locator(`${sel('group', 'unknown')} ${sel('venueItem', noRoom[0])} ${sel('venueNote')}`)).toHaveText(/no figure on file for seats in the chosen layout/);
    // The count counts real matches; the venues to ask are counted apart.
    await expect(page.locator(sel('resultCount'))).toHaveText(`${matching.length} of ${venues.length} venues match; ${open.length} more to ask`);
  });

  test('filters combine, and the URL round-trip restores them', async ({ page }) => {
    await page.goto('/zh/venues/?city=hangzhou,xian&layout=banquet&seats=300&sort=airport');
    await expect(page.getByLabel(/^台型/)).toHaveValue('banquet');
    await expect(page.getByLabel('单间会议室容纳人数不少于')).toHaveValue('300');
    const matching = await group(page, 'match');
    expect([...matching].sort()).toEqual(slugsOf((v) => ['hangzhou', 'xian'].includes(v.city) && (largest(v, 'banquet') ?? 0) >= 300));
    for (const slug of await group(page, 'unknown')) expect(['hangzhou', 'xian']).toContain(venues.find((v) => v.slug === slug)!.city);
    const distances = matching.map((slug) => venues.find((v) => v.slug === slug)!.airportKm ?? Number.POSITIVE_INFINITY);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);

    // Change a filter, go elsewhere, come back: the state is in the URL.
    await page.getByLabel('距机场不超过（公里）').fill('40');
    await page.getByLabel('距机场不超过（公里）').press('Enter');
    await expect(page).toHaveURL(/airport=40/);
    const url = page.url();
    await page.goto('/zh/');
    await page.goBack();
    await expect(page).toHaveURL(url);
    await expect(page.getByLabel('距机场不超过（公里）')).toHaveValue('40');
    for (const slug of await group(page, 'match')) expect(venues.find((v) => v.slug === slug)!.airportKm).toBeLessThanOrEqual(40);
  });

  test('the back button steps back through filter changes', async ({ page }) => {
    await page.goto('/en/venues/');
    await page.getByLabel(/^Hangzhou/).check();
    await expect(page).toHaveURL(/city=hangzhou/);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/venues\/$/);
    await expect(page.getByLabel(/^Hangzhou/)).not.toBeChecked();
    expect((await group(page, 'match')).length).toBe(venues.length);
  });

  for (const [locale, plenaryLine, breakoutsLine] of [
    ['en', 'Plenary 1,000 theatre', 'Breakouts 3 × 100 classroom'],
    ['zh', '主会场1000人（剧院式）', '分会场3个，各100人（课桌式）'],
  ] as const) {
    test(`a planner’s plain brief puts the CNCC among the venues to ask, saying what is on file (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/venues/?plenary=1000&plenaryLayout=theatre&breakouts=3&breakoutSeats=100&breakoutLayout=classroom`);
      const open = [...(await group(page, 'likely-fits')), ...(await group(page, 'may-fit'))];
      expect(open).toContain('china-national-convention-center');
      // One line for each part of the brief, each with its level.
      const note = page.locator(`${sel('venueItem', 'china-national-convention-center')} ${sel('venueNote')}`);
      await expect(note).toContainText(plenaryLine);
      await expect(note).toContainText(breakoutsLine);
      // Nothing is ruled out for want of a figure: every venue is in one of the groups.
      const all = [...(await group(page, 'fits')), ...open, ...(await group(page, 'does-not-fit')), ...(await group(page, 'no-room-figures'))];
      expect(all.sort()).toEqual(venues.map((v) => v.slug).sort());
    });
  }

  test('“fits” is exactly the venues whose listed rooms prove the brief', async ({ page }) => {
    await page.goto('/en/venues/?plenary=500&plenaryLayout=theatre&breakouts=1&breakoutSeats=100&breakoutLayout=theatre');
    expect((await group(page, 'fits')).sort()).toEqual(slugsOf((v) => listedRoomsProve(v, [500, 'theatre'], [1, 100, 'theatre'])));
  });

  test('a published room total rules a venue out, and the page says which figure', async ({ page }) => {
    await page.goto('/en/venues/?plenary=100&plenaryLayout=theatre&breakouts=40&breakoutSeats=20&breakoutLayout=classroom');
    const ruledOut = slugsOf((v) => v.meetingRoomsTotal !== null && !v.figureDetails.meetingRoomsTotal?.orMore && Math.max(v.meetingRoomsTotal, listedRooms(v)) < 41);
    expect(ruledOut.length).toBeGreaterThan(0);
    expect((await group(page, 'does-not-fit')).sort()).toEqual(expect.arrayContaining(ruledOut));
    const venue = venues.find((v) => v.slug === ruledOut[0])!;
    await expect(page.locator(`${sel('group', 'does-not-fit')} ${sel('venueItem', venue.slug)} ${sel('venueNote')}`)).toContainText(
      `the venue has ${venue.meetingRoomsTotal} meeting rooms in all; the brief needs 41`,
    );
  });

  test('unknown hotel supply makes a venue “ask”, never “no”', async ({ page }) => {
    await page.goto('/en/venues/?plenary=100&plenaryLayout=theatre&cityHotels=500');
    const cities = (await (await page.request.get('/data/cities.json')).json()) as { slug: string; hotelRooms: unknown }[];
    const unknownCities = cities.filter((c) => c.hotelRooms === null).map((c) => c.slug);
    const ruledOut = await group(page, 'does-not-fit');
    for (const slug of ruledOut) expect(unknownCities).not.toContain(venues.find((v) => v.slug === slug)!.city);
  });

  test('facets say how many venues each value would leave; a type no venue has is not offered', async ({ page }) => {
    await page.goto('/en/venues/?city=hangzhou');
    await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
    for (const type of ['convention-centre', 'conference-hotel']) {
      const n = venues.filter((v) => v.city === 'hangzhou' && v.type === type).length;
      await expect(page.locator(sel('facetCount', `type:${type}`))).toHaveText(` (${n})`);
    }
    const beijing = venues.filter((v) => v.city === 'beijing').length;
    await expect(page.locator(sel('facetCount', 'city:beijing'))).toHaveText(` (${beijing})`);
    await page.goto('/zh/venues/');
    const offered = venues.some((v) => v.type === 'university-venue');
    await expect(page.locator(sel('facetCount', 'type:university-venue'))).toHaveCount(offered ? 1 : 0);
  });

  test('markup typed into the finder is shown as text, never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto('/en/venues/?city=<img src=x onerror=alert(1)>&seats=<script>alert(1)</script>');
    await expect(page.locator(sel('resultCount'))).toHaveText(`${venues.length} of ${venues.length} venues match`);
    expect(dialogs).toBe(0);
  });
});

test.describe('a divisible ballroom (fixture venue with a complete room list)', () => {
  test('is never booked together with its own sections', async ({ page }) => {
    await page.goto(fixtureURL('/en/venues/?plenary=1000&plenaryLayout=theatre&breakouts=2&breakoutSeats=80&breakoutLayout=classroom'));
    expect(await group(page, 'does-not-fit')).toContain('fixture-ballroom-hotel');
    await expect(page.locator(`${sel('venueItem', 'fixture-ballroom-hotel')} ${sel('venueNote')}`)).toContainText('ruled out Breakouts 2 × 80 classroom: no other room seats 80 in classroom layout; the brief needs 2 such rooms');
  });
  test('its sections are booked side by side when the plenary is elsewhere, in both languages', async ({ page }) => {
    await page.goto(fixtureURL('/zh/venues/?plenary=300&plenaryLayout=theatre&breakouts=3&breakoutSeats=80&breakoutLayout=classroom'));
    expect(await group(page, 'fits')).toContain('fixture-ballroom-hotel');
    const note = page.locator(`${sel('venueItem', 'fixture-ballroom-hotel')} ${sel('venueNote')}`);
    await expect(note).toContainText('数据证实 主会场300人（剧院式）：报告厅，剧院式350人[1]');
    await expect(note).toContainText('数据证实 分会场3个，各80人（课桌式）：宴会厅A、宴会厅B、宴会厅C，课桌式100人[1]');
  });
});

test.describe('shortlist and compare', () => {
  test('compare shows what was shortlisted, side by side, and the URL reproduces it', async ({ page, browser }) => {
    const [first, second] = venues;
    if (!first || !second) throw new Error('need two venues');
    await page.goto(`/en/venues/${first.slug}/`);
    await page.getByRole('button', { name: 'Add to shortlist' }).click();
    await expect(page.getByRole('button', { name: 'On your shortlist' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto(`/en/venues/${second.slug}/`);
    await page.getByRole('button', { name: 'Add to shortlist' }).click();
    await page.getByRole('link', { name: /Compare shortlist \(2\)/ }).click();
    await expect(page).toHaveURL(new RegExp(`venues=${first.slug},${second.slug}`));
    const headers = page.locator(`${sel('compareTable', 'venues')} thead th a`);
    await expect(headers).toHaveText([first.name.en, second.name.en]);

    // Someone else opening the link sees the same comparison.
    const other = await browser.newContext();
    const theirs = await other.newPage();
    await theirs.goto(page.url());
    await expect(theirs.locator(`${sel('compareTable', 'venues')} thead th a`)).toHaveText([first.name.en, second.name.en]);
    const row = theirs.locator(`${sel('compareTable', 'venues')} tbody tr`, { hasText: 'Largest capacity listed, Theatre' });
    const format = new Intl.NumberFormat('en-GB').format;
    // A figure the site has none of reads "Not on file yet", never 0 or a blank.
    const expected = [first, second].map((v) => { const seats = largest(v, 'theatre'); return seats === null ? 'Not on file yet' : format(seats); });
    await expect(row.locator('td')).toHaveText(expected);
    await other.close();
  });

  test('a tampered compare URL names what it could not find', async ({ page }) => {
    const [first] = venues;
    await page.goto(`/zh/compare/?venues=${first!.slug},no-such-venue,<b>x</b>`);
    await expect(page.locator(sel('compareUnknown'))).toHaveText('以下条目未找到，已略去：<b>x</b>, no-such-venue');
    await expect(page.locator(`${sel('compareTable', 'venues')} thead th a`)).toHaveText([first!.name.zh]);
  });

  test('an empty shortlist says how to fill it', async ({ page }) => {
    await page.goto('/en/compare/');
    await expect(page.locator(sel('compareEmpty'))).toBeVisible();
  });

  test('CSV export downloads the comparison', async ({ page }) => {
    const [first] = venues;
    await page.goto(`/en/compare/?venues=${first!.slug}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(first!.name.en.includes(',') ? `"${first!.name.en}"` : first!.name.en);
  });
});

test('the compare page prints as a clean fact sheet', async ({ page }) => {
  const slugs = venues.slice(0, 3).map((v) => v.slug);
  await page.goto(`/en/compare/?venues=${slugs.join(',')}`);
  await expect(page.locator(sel('compareTable', 'venues'))).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print fact sheet' })).toBeHidden();
  await expect(page.locator(`${sel('compareTable', 'venues')} thead th a`)).toHaveCount(3);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
});

test.describe('when the open data cannot be loaded', () => {
  const pages = [
    { path: '/en/venues/?seats=100', message: 'The venue data could not be loaded, so the full list is shown.' },
    { path: '/en/compare/?venues=shanghai-expo-centre', message: 'The venue and city data could not be loaded, so nothing can be compared.' },
    { path: '/zh/rfp/?venues=shanghai-expo-centre', message: '场馆数据加载失败，暂时无法生成询价函' },
  ];
  for (const { path, message } of pages) {
    test(`${path} says so instead of showing an empty page`, async ({ page }) => {
      await page.route(/\/data\/(finder-index|venues\/[a-z0-9-]+|(venue|city)-summaries\/[a-z0-9-]+)\.json$/, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
      await page.goto(path);
      await expect(page.getByText(message)).toBeVisible();
    });
  }

  test('compare tries its charts and scorecard again after a failed load, when the list changes', async ({ page }) => {
    let failed = 0;
    await page.route(/\/_astro\/board-pack\.[\w-]+\.js$/, (route) => (failed++ === 0 ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto(`/en/compare/?venues=${venues[0]?.slug},${venues[1]?.slug}&cities=beijing`);
    await scrollToBoard(page);
    await expect(page.getByText('The city charts and the scorecard could not be loaded; the tables are complete.')).toBeVisible();
    await page.locator(`${sel('compareTable', 'venues')} thead button`).first().click();
    await expect(page.locator(sel('boardTable', 'venues'))).toBeVisible();
    expect(failed).toBe(2);
  });

  // Their code and their words load apart: either failing leaves the tables and says so.
  for (const [what, failing] of [['code', /\/_astro\/board-pack\.[\w-]+\.js$/], ['words', /\/en\/words\/board\.json$/]] as const) {
    test(`compare keeps its tables when its charts’ and scorecard’s ${what} cannot be loaded, and says so`, async ({ page }) => {
      await page.route(failing, (route) => route.fulfill({ status: 503, body: '' }));
      await page.goto(`/en/compare/?venues=${venues[0]?.slug}&cities=beijing`);
      await scrollToBoard(page);
      await expect(page.getByText('The city charts and the scorecard could not be loaded; the tables are complete.')).toBeVisible();
      await expect(page.locator(sel('compareTable', 'venues'))).toBeVisible();
      await expect(page.locator(sel('compareTable', 'cities'))).toBeVisible();
    });
  }
});
