import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openData } from './support/site.ts';
import { venues } from './support/venues.ts';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';

/** The request-for-proposal page, once its script has read the URL and drawn the request. */
async function openRfp(page: Page, path: string) {
  await page.goto(path);
  await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
}
const venuesIn = (page: Page, group: string) =>
  page.locator(`${sel('rfpVenues')} ${sel('group', group)} ${sel('rfpVenue')}`).evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.rfpVenue ?? ''));
/** Every venue the request assessed, whatever its outcome. */
const assessedIn = async (page: Page) => (await Promise.all(['fits', 'likely-fits', 'may-fit', 'does-not-fit'].map((group) => venuesIn(page, group)))).flat();
/** The e-mail link as written once the planner goes to it (the composer loads on pointer, focus or click). */
const mailtoBody = async (page: Page) => {
  const link = page.locator(sel('rfpMailto'));
  await link.focus();
  await expect(link).toHaveAttribute('href', /^mailto:.*body=/);
  const href = (await link.getAttribute('href')) ?? '';
  return { href, body: new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body') ?? '' };
};

const brief = 'plenary=1000&plenaryLayout=theatre&breakouts=3&breakoutSeats=100&breakoutLayout=classroom';

test.describe('a request for proposal', () => {
  for (const locale of ['en', 'zh'] as const) {
    test(`from the finder’s brief: the venues ticked, grouped as the finder groups them (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/venues/?${brief}`);
      await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
      const expected = await page.locator(`${sel('askVenue')}:checked`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLElement).dataset.askVenue ?? ''));
      expect(expected.length).toBeGreaterThan(0);
      await page.getByRole('link', { name: locale === 'en' ? 'Request proposals from these venues' : '向这些场馆询价' }).click();
      await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
      await expect(page).toHaveURL(new RegExp(`/${locale}/rfp/\\?${brief.replace(/&/g, '&')}&venues=${expected.join(',')}$`));
      const shown = await assessedIn(page);
      expect(shown.sort()).toEqual([...expected].sort());
      await expect(page.locator(`${sel('rfpVenues')} ${sel('group', 'may-fit')} h4`)).toHaveText(locale === 'en' ? /^To be confirmed by the venue \(\d\)$/ : /^待场馆确认（\d）$/);
      // Each venue names where its figures come from and whether anyone has checked them.
      for (const slug of shown) {
        await expect(page.locator(sel('rfpVenue', slug))).toContainText(locale === 'en' ? /Figures from .+; (verified on|not verified)/ : /数据来源：.+；(已于|尚未)/);
      }
    });
  }

  test('from the shortlist: the shortlisted venues, and the brief added on the page', async ({ page }) => {
    const slugs = venues.slice(0, 3).map((v) => v.slug);
    await page.goto('/zh/');
    await page.evaluate((list) => localStorage.setItem('cmca-shortlist', JSON.stringify({ venues: list, cities: [] })), slugs);
    await openRfp(page, '/zh/rfp/');
    await expect(page).toHaveURL(new RegExp(`venues=${slugs.join(',')}`));
    await expect(page.locator(sel('rfpVenues'))).toContainText('请填写会场需求');
    expect(await venuesIn(page, 'none')).toEqual(slugs);
    await page.getByLabel('主会场人数').fill('300');
    await page.getByLabel('会议名称', { exact: true }).fill('2027年亚太物流论坛');
    await page.getByRole('button', { name: '更新询价函' }).click();
    await expect(page).toHaveURL(/plenary=300&plenaryLayout=theatre&venues=/);
    await expect(page.locator(sel('rfpHeading'))).toHaveText('2027年亚太物流论坛');
    expect((await assessedIn(page)).length).toBe(3);
  });

  test('a venue that does not fit is flagged with the figure that rules it out, and can be dropped', async ({ page }) => {
    const ruledOut = venues.find((v) => v.meetingRoomsTotal !== null && !v.figureDetails.meetingRoomsTotal?.orMore && v.meetingRoomsTotal < 41);
    if (!ruledOut) throw new Error('need a venue that publishes fewer than 41 meeting rooms');
    await openRfp(page, `/en/rfp/?plenary=100&breakouts=40&breakoutSeats=20&venues=${ruledOut.slug},china-national-convention-center`);
    const item = page.locator(`${sel('group', 'does-not-fit')} ${sel('rfpVenue', ruledOut.slug)}`);
    await expect(item).toContainText('Check before sending: a published figure rules this venue out.');
    await expect(item).toContainText(`the venue has ${ruledOut.meetingRoomsTotal} meeting rooms in all; the brief needs 41`);
    await item.getByRole('button', { name: `Drop ${ruledOut.name.en} from the request` }).click();
    await expect(page).toHaveURL(/venues=china-national-convention-center(&|$)/);
    await expect(page.locator(sel('rfpVenue', ruledOut.slug))).toHaveCount(0);
    await page.goBack();
    await expect(page.locator(sel('rfpVenue', ruledOut.slug))).toHaveCount(1);
  });

  test('markup in every field is shown as text, never run, and lengths are capped', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const fields = { event: markup, org: markup, dates: markup.slice(0, 60), notes: `${markup}\n${'x'.repeat(2000)}` };
    const query = new URLSearchParams({ ...fields, plenary: '500', gala: '<b>1</b>', venues: `${venues[0]?.slug},<svg/onload=alert(3)>` });
    await openRfp(page, `/en/rfp/?${query}`);
    await expect(page.locator(sel('rfpHeading'))).toHaveText(markup);
    const values = page.locator(`${sel('rfpFields')} dd`);
    await expect(values.nth(0)).toHaveText(markup);
    await expect(values.nth(1)).toHaveText(markup);
    await expect(page.locator(sel('rfpUnknown'))).toHaveText('Not found, so not asked: <svg/onload=alert(3)>');
    expect(await page.locator(`${sel('rfpSheet')} img, ${sel('rfpSheet')} script`).count()).toBe(0);
    // Notes are kept to 1,000 characters; a count that is not a whole number is dropped.
    expect((await page.getByLabel('Notes for the venues').inputValue()).length).toBe(1000);
    await expect(page.getByLabel('Gala dinner (banquet seats)')).toHaveValue('');
    expect(dialogs).toBe(0);
  });

  test('the e-mail stays within 1,800 characters and ends with a link that reopens the request', async ({ page, browser }) => {
    const slugs = venues.slice(0, 8).map((v) => v.slug);
    const query = new URLSearchParams({ event: '第十届亚洲心脏病学大会'.repeat(10), org: '亚洲心脏病学会', notes: '请报价。'.repeat(250), plenary: '800', venues: slugs.join(',') });
    await openRfp(page, `/zh/rfp/?${query}`);
    const { href, body } = await mailtoBody(page);
    expect(href.length).toBeLessThanOrEqual(1800);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const link = /(http:\/\/\S+)/.exec(body)?.[1];
    expect(link, body).toBeDefined();
    await expect(page.locator(sel('rfpMailNote'))).toBeVisible();
    const other = await browser.newPage();
    await other.goto(link as string);
    await other.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
    expect((await assessedIn(other)).sort()).toEqual([...slugs].sort());
    await other.close();
    // No e-mail address is published for these contacts: the page says whom to call instead.
    await expect(page.locator(sel('rfpNoEmail'))).toBeVisible();
  });

  test('the request downloads as JSON and as CSV', async ({ page }) => {
    const [first] = venues;
    await openRfp(page, `/en/rfp/?${brief}&venues=${first?.slug}&event=Board,+"meeting"&gala=200`);
    const file = async (name: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      return readFileSync(await (await download).path(), 'utf8');
    };
    const json = JSON.parse(await file('Download data file (JSON)')) as { event: string; galaDinnerBanquetSeats: number; programme: unknown; venues: { slug: string; outcome: string }[]; link: string };
    expect(json).toMatchObject({ event: 'Board, "meeting"', galaDinnerBanquetSeats: 200, programme: { plenary: { seats: 1000, layout: 'theatre' } } });
    expect(json.venues[0]).toMatchObject({ slug: first?.slug });
    expect(['fits', 'may-fit', 'does-not-fit']).toContain(json.venues[0]?.outcome);
    expect(new URL(json.link).pathname).toBe('/en/rfp/');
    const csv = await file('Download spreadsheet (CSV)');
    expect(csv.startsWith('\uFEFFEvent,"Board, ""meeting"""\r\n')).toBe(true);
    expect(csv).toContain(first?.name.en.includes(',') ? `"${first.name.en}"` : first?.name.en);
  });

  test('a QR code of the link is drawn in the page, as SVG, with no request elsewhere', async ({ page, baseURL }) => {
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL as string) && !/^(data|blob):/.test(request.url())) offOrigin.push(request.url());
    });
    await openRfp(page, `/en/rfp/?${brief}&venues=${venues.slice(0, 4).map((v) => v.slug).join(',')}&event=Congress&notes=${'n'.repeat(900)}`);
    await page.getByRole('button', { name: 'Show a QR code for WeChat' }).click();
    const code = page.getByRole('img', { name: 'QR code of the link to this request' });
    await expect(code).toBeVisible();
    expect(Number(await code.getAttribute('data-qr-version'))).toBeLessThanOrEqual(25);
    // 900 characters of notes make the full link too long for the code: it holds the link without them, and says so.
    await expect(code).toHaveAttribute('data-qr-scope', 'no-notes');
    await expect(page.locator(sel('rfpLinkNote'))).toHaveText(/leaves out the notes/);
    expect(offOrigin).toEqual([]);
  });

  for (const locale of ['en', 'zh'] as const) {
    test(`prints as a clean request document (${locale})`, async ({ page }) => {
      await openRfp(page, `/${locale}/rfp/?${brief}&venues=${venues.slice(0, 3).map((v) => v.slug).join(',')}&event=Congress&delegates=900`);
      await page.getByRole('button', { name: locale === 'en' ? 'Show a QR code for WeChat' : '显示微信二维码' }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header').first()).toBeHidden();
      await expect(page.locator('footer')).toBeHidden();
      await expect(page.locator('h1')).toBeHidden();
      await expect(page.locator(sel('rfpForm'))).toBeHidden();
      await expect(page.getByRole('button', { name: locale === 'en' ? 'Print the request' : '打印询价函' })).toBeHidden();
      await expect(page.locator(`${sel('rfpVenues')} button`)).toHaveCount(3);
      for (const drop of await page.locator(`${sel('rfpVenues')} button`).all()) await expect(drop).toBeHidden();
      await expect(page.locator(sel('rfpHeading'))).toBeVisible();
      await expect(page.locator(`${sel('rfpQrCode')} svg`)).toBeVisible();
    });
  }

  test('without JavaScript the page says it needs it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/rfp/');
    await expect(page.locator(sel('rfpNojs'))).toBeVisible();
    await expect(page.locator(sel('rfpOutput'))).toBeHidden();
    await context.close();
  });
});

test.describe('ways into a request', () => {
  test('compare offers a request to the compared venues', async ({ page }) => {
    const slugs = venues.slice(0, 2).map((v) => v.slug);
    await page.goto(`/en/compare/?venues=${slugs.join(',')}`);
    await expect(page.getByRole('link', { name: 'Request proposals from these venues' })).toHaveAttribute('href', new RegExp(`/en/rfp/\\?venues=${slugs.join(',')}$`));
  });

  test('the shortlist button offers a request to the shortlisted venues', async ({ page }) => {
    const [first] = venues;
    await page.goto(`/zh/venues/${first?.slug}/`);
    await page.getByRole('button', { name: '加入备选' }).click();
    await expect(page.getByRole('link', { name: '向这些场馆询价' })).toHaveAttribute('href', new RegExp(`/zh/rfp/\\?venues=${first?.slug}$`));
  });
});

test.describe('a venue’s rooms as a picture', () => {
  for (const locale of ['en', 'zh'] as const) {
    test(`is an image with a name and a text alternative, drawn without JavaScript (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const venue = venues.find((v) => v.rooms.some((r) => Object.keys(r.capacity).length > 0 || r.upTo !== null));
      if (!venue) throw new Error('need a venue with a published seat figure');
      await page.goto(`/${locale}/venues/${venue.slug}/`);
      const chart = page.getByRole('img', { name: locale === 'en' ? `Seats per layout in each room of ${venue.name.en}` : `${venue.name.zh}各会议室不同台型的座位数` });
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAccessibleDescription(locale === 'en' ? /^Bar chart of the published seats per layout in \d+ listed rooms; the most is / : /^条形图：本站收录的\d+间会议室按台型公布的座位数；最多为/);
      // One bar per published figure.
      const figures = venue.rooms.reduce((sum, r) => sum + Object.keys(r.capacity).length + (r.upTo !== null || r.moreThan !== null ? 1 : 0), 0);
      await expect(page.locator(`${sel('roomsChart')} ${sel('bar')}`)).toHaveCount(figures);
      await context.close();
    });
  }
});

test.describe('compare for a board', () => {
  // Three venues, the first with no exhibition space on file (an unknown the board must not score as 0).
  const noExhibition = venues.find((v) => v.exhibitionSpace === null)!;
  const slugs = [noExhibition, ...venues.filter((v) => v !== noExhibition).slice(0, 2)].map((v) => v.slug);
  const boardRow = (page: Page, kind: string, key: string) => page.locator(`${sel('boardTable', kind)} ${sel('boardRow', key)} td`);

  test('weights and must-haves come from the URL, and changing one rewrites it and the scores', async ({ page }) => {
    await page.goto(`/en/compare/?venues=${slugs.join(',')}&vw=theatre:3,airport:0&vmust=exhibition:1000`);
    await scrollToBoard(page);
    await expect(page.getByLabel('Weight of Most theatre seats in one listed room')).toHaveValue('3');
    await expect(page.getByLabel('Weight of Airport (km)')).toHaveValue('0');
    await expect(page.getByLabel('Must-have for Exhibition space (m²)')).toHaveValue('1000');
    // Every score says what it rests on; a figure not on file says so, never 0.
    for (const cell of await boardRow(page, 'venues', 'score').all()) await expect(cell).toContainText(/(of 100|no score)/);
    await expect(boardRow(page, 'venues', 'exhibition').first()).toHaveText('Not on file yet');
    await expect(boardRow(page, 'venues', 'score').first()).toContainText('must-have to confirm: Exhibition space (m²)');
    await page.getByLabel('Weight of Hotel rooms on site').selectOption('5');
    await expect(page).toHaveURL(/vw=theatre:3,airport:0,hotelRooms:5|vw=[^&]*hotelRooms:5/);
    await expect(page.locator(`${sel('boardTable', 'venues')} ${sel('boardRow', 'hotelRooms')} th`)).toHaveText('Hotel rooms on site (weight 5)');
    // Removing a venue from the comparison keeps the board's settings.
    await page.locator(`${sel('compareTable', 'venues')} thead button`).first().click();
    await expect(page).toHaveURL(/vmust=exhibition:1000/);
  });

  test('a score rests only on published figures: partial scores say so', async ({ page }) => {
    // A city with its hotel rooms on file, then one without (from the open data), then another with.
    const cities = openData<{ slug: string; hotelRooms: unknown }>('cities');
    const unknown = cities.find((c) => c.hotelRooms === null);
    const known = cities.filter((c) => c.hotelRooms !== null);
    expect(unknown, 'a city with no hotel-room figure on file').toBeDefined();
    expect(known.length).toBeGreaterThanOrEqual(2);
    await page.goto(`/zh/compare/?cities=${known[0]!.slug},${unknown!.slug},${known[1]!.slug}`);
    await scrollToBoard(page);
    await expect(boardRow(page, 'cities', 'score').first()).toContainText(/分（满分100）/);
    await expect(boardRow(page, 'cities', 'hotelRooms').nth(1)).toHaveText('本站暂未收录');
    await expect(boardRow(page, 'cities', 'score').nth(1)).toContainText('部分评分');
    await expect(boardRow(page, 'cities', 'verified').first()).toHaveText('城市数据未标注核实日期');
  });

  test('the compared cities’ key figures are small charts with names that read their values', async ({ page }) => {
    await page.goto('/en/compare/?cities=hangzhou,xian');
    await scrollToBoard(page);
    const charts = page.locator(`${sel('cityCharts')} svg[role="img"]`);
    await expect(charts).toHaveCount(5);
    await expect(page.getByRole('img', { name: /^Venues listed on this site: Hangzhou \d+; Xi.an \d+$/ })).toBeVisible();
    // Each city has a bar, or says its figure is not published: an unknown is never drawn as a zero bar.
    for (const chart of await charts.all()) {
      const bars = await chart.locator('rect').count();
      const unknown = await chart.locator('text', { hasText: 'not on file' }).count();
      expect(bars + unknown).toBe(2);
    }
  });

  test('prints a board pack on its own, and the fact sheet without it', async ({ page }) => {
    await page.goto(`/en/compare/?venues=${slugs.join(',')}&cities=hangzhou,xian`);
    await scrollToBoard(page);
    await expect(page.locator(sel('boardTable', 'venues'))).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(sel('board'))).toBeHidden();
    await expect(page.locator(sel('compareTable', 'venues'))).toBeVisible();
    await page.evaluate(() => (document.documentElement.dataset.printing = 'board'));
    await expect(page.locator(sel('board'))).toBeVisible();
    await expect(page.locator(sel('compareTable', 'venues'))).toBeHidden();
    for (const form of await page.locator(`${sel('board')} table.no-print`).all()) await expect(form).toBeHidden();
    await expect(page.locator(`${sel('boardTable', 'venues')} ${sel('boardRow', 'verified')}`)).toBeVisible();
  });
});
