import { expect, test, type Page } from '@playwright/test';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';
import { venues } from './support/venues.ts';

const phone = { width: 390, height: 844 };
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe('on a 390 px phone', () => {
  test.use({ viewport: phone });

  // Every venue page in both languages: one test per language, so the two walks run side by side.
  for (const locale of ['en', 'zh'] as const) {
    test(`no venue page is wider than the screen (${locale})`, async ({ browser }) => {
      // One page, reused for all the visits: the visits are the cost, not the browser.
      const context = await browser.newContext({ viewport: phone });
      const page = await context.newPage();
      const widest = { path: '', width: 0 };
      const wider: string[] = [];
      for (const venue of venues) {
        const path = `/${locale}/venues/${venue.slug}/`;
        await page.goto(path, { waitUntil: 'load' });
        const width = await pageWidth(page);
        if (width > widest.width) Object.assign(widest, { path, width });
        if (width > phone.width) wider.push(`${path}: ${width} px`);
      }
      console.log(`Widest venue page at 390 px: ${widest.path} ${widest.width} px (${venues.length} pages)`);
      expect(wider).toEqual([]);
      await context.close();
    });
  }

  test('crafted links and long words never widen a page', async ({ page }) => {
    const word = 'W'.repeat(400);
    const notes = `${'Notes '.repeat(100)}https://drive.google.com/drive/folders/${'a1B2c3D4'.repeat(12)}?usp=sharing`;
    const slugs = venues.slice(0, 2).map((v) => v.slug);
    const paths = [
      `/en/rfp/?plenary=100&venues=${slugs.join(',')},${'x'.repeat(60)}&event=${word}&org=${word}&name=${word}&budget=${word}&notes=${encodeURIComponent(notes)}`,
      `/zh/rfp/?venues=${slugs[0]}&event=${'会'.repeat(120)}&dates=${'9'.repeat(21)}&notes=${'长'.repeat(1000)}`,
      `/en/compare/?venues=${'a'.repeat(5000)}`,
      `/zh/compare/?venues=${slugs.join(',')}&cities=${'b'.repeat(300)}`,
      `/en/venues/?plenary=9999999&city=${'c'.repeat(400)}`,
      `/en/search/?q=${'Hangzhou'.repeat(60)}`,
    ];
    for (const path of paths) {
      await page.goto(path);
      if (path.includes('/rfp/')) await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
      if (path.includes('/venues/')) await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
      if (path.includes('/compare/')) await expect(page.locator(sel('compareNojs'))).toHaveCount(0);
      expect(await pageWidth(page), path.slice(0, 80)).toBeLessThanOrEqual(phone.width);
    }
  });

  test('the finder shows its Filters control before its results, and opens it', async ({ page }) => {
    await page.goto('/en/venues/');
    await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
    const toggle = page.getByRole('button', { name: 'Filter venues' });
    const results = page.getByRole('heading', { name: 'Venues', exact: true, level: 2 });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect((await toggle.boundingBox())!.y).toBeLessThan((await results.boundingBox())!.y);
    expect((await toggle.boundingBox())!.y).toBeLessThan(phone.height);
    await expect(page.getByLabel('Beijing')).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByLabel('Beijing').check();
    await expect(page).toHaveURL(/city=beijing/);
  });

  test('the request’s form comes before its output', async ({ page }) => {
    await page.goto(`/en/rfp/?plenary=300&venues=${venues[0]?.slug}`);
    await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
    const form = await page.locator(sel('rfpForm')).boundingBox();
    const sheet = await page.locator(sel('rfpSheet')).boundingBox();
    expect(form!.y).toBeLessThan(sheet!.y);
    expect(form!.y).toBeLessThan(phone.height);
  });

  test('compare keeps the venue columns in view beside a sticky label column, with controls of at least 24 × 24 px', async ({ page }) => {
    const slugs = venues.slice(0, 3).map((v) => v.slug);
    await page.goto(`/en/compare/?venues=${slugs.join(',')}&cities=beijing,chengdu`);
    const table = page.locator(sel('compareTable', 'venues'));
    await expect(table).toBeVisible();
    const label = table.locator('tbody th').first();
    const firstVenue = table.locator('thead th').first();
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.width).toBeLessThanOrEqual(160);
    expect((await firstVenue.boundingBox())!.x).toBeLessThan(phone.width - 100);
    // Scrolled sideways, the label column stays where it was.
    await table.locator('xpath=..').evaluate((scroller) => scroller.scrollBy({ left: 400 }));
    await expect.poll(async () => (await label.boundingBox())!.x).toBeCloseTo(labelBox.x, 0);
    for (const button of await page.locator(`${sel('compareTables')} button`).all()) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(phone.width);
  });

  test('form fields use 16 px text or more, so a phone does not zoom in on them', async ({ page }) => {
    for (const path of ['/en/venues/', `/zh/rfp/?venues=${venues[0]?.slug}`, `/en/compare/?venues=${venues[0]?.slug}`, '/zh/search/']) {
      await page.goto(path);
      if (path.includes('/compare/')) {
        await scrollToBoard(page);
        await expect(page.locator(sel('boardTable', 'venues'))).toBeVisible();
      }
      const small = await page.locator('main input:not([type=checkbox]):not([type=radio]), main select, main textarea').evaluateAll((fields) =>
        fields.filter((f) => parseFloat(getComputedStyle(f).fontSize) < 16).map((f) => `${f.getAttribute('name') ?? f.id}: ${getComputedStyle(f).fontSize}`),
      );
      expect(small, path).toEqual([]);
    }
  });
});
