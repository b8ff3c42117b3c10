import { expect, test, type Page } from '@playwright/test';
import { canHost, largest, venues } from './support/venues.ts';

/** The slugs of the venue cards the finder shows, in order, once it has applied the URL's state. */
async function shownVenues(page: Page) {
  await page.locator('[data-venue-finder][data-finder-ready]').waitFor();
  return page.locator('[data-venue-item]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.venueItem));
}

test.describe('the venue finder', () => {
  test('without JavaScript the page is the complete list', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/venues/');
    const slugs = await page.locator('[data-venue-item]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.venueItem));
    expect(slugs.sort()).toEqual(venues.map((v) => v.slug).sort());
    await expect(page.locator('[data-finder-filters]')).toBeHidden();
    await context.close();
  });

  test('a PCO filters by 1,000 theatre seats and every result holds 1,000 in one room', async ({ page }) => {
    await page.goto('/en/venues/');
    await page.getByLabel('Seats in one room, at least').fill('1000');
    await page.getByLabel('Seats in one room, at least').press('Enter');
    const shown = await shownVenues(page);
    const expected = venues.filter((v) => largest(v, 'theatre') >= 1000).map((v) => v.slug);
    expect(shown.length).toBeGreaterThan(0);
    expect([...shown].sort()).toEqual([...expected].sort());
    await expect(page.locator('[data-result-count]')).toHaveText(`${expected.length} of ${venues.length} venues`);
    // Sorted by theatre capacity, largest first.
    const capacities = shown.map((slug) => largest(venues.find((v) => v.slug === slug)!, 'theatre'));
    expect([...capacities].sort((a, b) => b - a)).toEqual(capacities);
  });

  test('filters combine, and the URL round-trip restores them', async ({ page }) => {
    await page.goto('/zh/venues/?city=hangzhou,xian&layout=banquet&seats=300&sort=airport');
    await expect(page.getByLabel('台型', { exact: true })).toHaveValue('banquet');
    await expect(page.getByLabel('单间会议室座位数不少于')).toHaveValue('300');
    const shown = await shownVenues(page);
    const expected = venues.filter((v) => ['hangzhou', 'xian'].includes(v.city) && largest(v, 'banquet') >= 300);
    expect([...shown].sort()).toEqual(expected.map((v) => v.slug).sort());
    const distances = shown.map((slug) => venues.find((v) => v.slug === slug)!.airportKm);
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
    for (const slug of await shownVenues(page)) expect(venues.find((v) => v.slug === slug)!.airportKm).toBeLessThanOrEqual(40);
  });

  test('the back button steps back through filter changes', async ({ page }) => {
    await page.goto('/en/venues/');
    await page.getByLabel('Hangzhou').check();
    await expect(page).toHaveURL(/city=hangzhou/);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/venues\/$/);
    await expect(page.getByLabel('Hangzhou')).not.toBeChecked();
    expect((await shownVenues(page)).length).toBe(venues.length);
  });

  test('a brief returns exactly the venues the data says can host it, and explains near misses', async ({ page }) => {
    await page.goto('/en/venues/?plenary=1000&plenaryLayout=theatre&breakouts=2&breakoutSeats=100&breakoutLayout=theatre');
    const expected = venues.filter((v) => canHost(v, [1000, 'theatre'], [2, 100, 'theatre'])).map((v) => v.slug);
    const shown = await shownVenues(page);
    expect([...shown].sort()).toEqual([...expected].sort());
    const results = page.locator('[data-brief-results]');
    const fitting = expected.length === 1 ? '1 venue can host this brief' : `${expected.length} venues can host this brief`;
    await expect(results).toContainText(expected.length > 0 ? fitting : 'No venue can host this brief');
  });

  test('a brief no venue can meet says so and names why the closest fail', async ({ page }) => {
    await page.goto('/en/venues/?plenary=99999&plenaryLayout=banquet');
    await expect(page.locator('[data-brief-results]')).toContainText('No venue can host this brief as it stands.');
    await expect(page.locator('[data-brief-results]')).toContainText(/largest banquet room holds [\d,]+, brief asks 99,999/);
    expect(await shownVenues(page)).toEqual([]);
    await expect(page.locator('[data-no-results]')).toBeVisible();
  });

  test('markup typed into the finder is shown as text, never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto('/en/venues/?city=<img src=x onerror=alert(1)>&seats=<script>alert(1)</script>');
    await expect(page.locator('[data-result-count]')).toHaveText(`${venues.length} of ${venues.length} venues`);
    expect(dialogs).toBe(0);
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
    const headers = page.locator('[data-compare-table="venues"] thead th a');
    await expect(headers).toHaveText([first.name.en, second.name.en]);

    // Someone else opening the link sees the same comparison.
    const other = await browser.newContext();
    const theirs = await other.newPage();
    await theirs.goto(page.url());
    await expect(theirs.locator('[data-compare-table="venues"] thead th a')).toHaveText([first.name.en, second.name.en]);
    const row = theirs.locator('[data-compare-table="venues"] tbody tr', { hasText: 'Most seats in one room, Theatre' });
    const format = new Intl.NumberFormat('en-GB').format;
    const expected = [first, second].map((v) => (largest(v, 'theatre') ? format(largest(v, 'theatre')) : '—'));
    await expect(row.locator('td')).toHaveText(expected);
    await other.close();
  });

  test('a tampered compare URL names what it could not find', async ({ page }) => {
    const [first] = venues;
    await page.goto(`/zh/compare/?venues=${first!.slug},no-such-venue,<b>x</b>`);
    await expect(page.locator('[data-compare-unknown]')).toHaveText('以下条目未找到，已略去：<b>x</b>, no-such-venue');
    await expect(page.locator('[data-compare-table="venues"] thead th a')).toHaveText([first!.name.zh]);
  });

  test('an empty shortlist says how to fill it', async ({ page }) => {
    await page.goto('/en/compare/');
    await expect(page.locator('[data-compare-empty]')).toBeVisible();
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
  await expect(page.locator('[data-compare-table="venues"]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print fact sheet' })).toBeHidden();
  await expect(page.locator('[data-compare-table="venues"] thead th a')).toHaveCount(3);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
});
