import { expect, test, type Page } from '@playwright/test';
import { builtPages, indexedTexts } from './support/site.ts';
import { venues } from './support/venues.ts';
import { sel } from '../../src/islands/hooks.ts';
import { dictionary } from '../../src/i18n/ui.ts';

/** The result links the search page shows once its status reports `query` (and, if any, its first results), best first. */
async function shownResults(page: Page, query: string): Promise<string[]> {
  const panel = page.locator(sel('searchPanel', 'page'));
  await expect(panel.locator(sel('searchStatus'))).toContainText(`“${query}”`);
  const found = Number((await panel.locator(sel('searchStatus')).innerText()).match(/\d+/)?.[0] ?? 0);
  await expect(panel.locator(`${sel('searchResults')} li`)).toHaveCount(Math.min(found, 10));
  return panel.locator(`${sel('searchResults')} li > a`).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Opens the search page with a query in its address, as a shared link does, and returns the results. */
async function searchResults(page: Page, locale: 'en' | 'zh', query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  return shownResults(page, query);
}

/** Types a query into the search page already open and submits it, as a visitor does. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  const input = page.locator(`${sel('searchPanel', 'page')} ${sel('searchInput')}`);
  await input.fill(query);
  await input.press('Enter');
  return shownResults(page, query);
}

const venueWithName = (locale: 'en' | 'zh', pattern: RegExp) =>
  venues.filter((v) => pattern.test(v.name[locale])).map((v) => `/${locale}/venues/${v.slug}/`);

const hangzhouVenues = (locale: 'en' | 'zh') => venues.filter((v) => v.city === 'hangzhou').map((v) => `/${locale}/venues/${v.slug}/`);

// Each query must put one of the expected pages in the top three results.
const expectations: { locale: 'en' | 'zh'; query: string; expected: () => string[] }[] = [
  { locale: 'zh', query: '西湖', expected: () => ['/zh/cities/hangzhou/', ...hangzhouVenues('zh')] },
  { locale: 'zh', query: '会议中心', expected: () => venueWithName('zh', /会议中心/) },
  { locale: 'zh', query: '杭州国际博览中心', expected: () => ['/zh/venues/hangzhou-international-expo-center/'] },
  { locale: 'zh', query: '国际博览中心', expected: () => ['/zh/venues/hangzhou-international-expo-center/'] },
  { locale: 'zh', query: '成都', expected: () => ['/zh/cities/chengdu/'] },
  { locale: 'zh', query: '西安', expected: () => ['/zh/cities/xian/'] },
  { locale: 'zh', query: '大使', expected: () => ['/zh/ambassadors/'] },
  { locale: 'zh', query: '路演', expected: () => ['/zh/events/', ...roadshowNews('zh')] },
  { locale: 'zh', query: '入盟', expected: () => ['/zh/join/'] },
  { locale: 'zh', query: '加入联盟', expected: () => ['/zh/join/'] },
  { locale: 'zh', query: '剧院式', expected: () => venues.map((v) => `/zh/venues/${v.slug}/`) },
  { locale: 'en', query: 'Hangzhou', expected: () => ['/en/cities/hangzhou/'] },
  { locale: 'en', query: 'convention center', expected: () => venueWithName('en', /convention\b.*\bcent(er|re)/i) },
  { locale: 'en', query: 'ambassador', expected: () => ['/en/ambassadors/'] },
  { locale: 'en', query: 'roadshow', expected: () => ['/en/events/', ...roadshowNews('en')] },
  { locale: 'en', query: 'join the alliance', expected: () => ['/en/join/'] },
  { locale: 'en', query: "Xi'an", expected: () => ['/en/cities/xian/'] },
];

/** The Hangzhou PLUS roadshow report, whatever its date prefix. */
function roadshowNews(locale: 'en' | 'zh'): string[] {
  return builtPages().filter((path) => path.startsWith(`/${locale}/news/`) && path.includes('hangzhou-plus'));
}

// One search page per language, every query typed into it as a visitor would, one after another.
for (const locale of ['zh', 'en'] as const) {
  test(`searching the ${locale === 'zh' ? 'Chinese' : 'English'} site puts the right page in the top three, query after query`, async ({ page }) => {
    const queries = expectations.filter((e) => e.locale === locale);
    expect(queries.length).toBeGreaterThan(5);
    await page.goto(`/${locale}/search/`);
    const misses: string[] = [];
    for (const { query, expected } of queries) {
      const top = (await resultsFor(page, query)).slice(0, 3);
      const wanted = expected();
      expect(wanted.length, `pages that should answer “${query}”`).toBeGreaterThan(0);
      if (!top.some((path) => wanted.includes(path))) misses.push(`“${query}”: ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
}

test('results in Chinese never show English pages, and the other way round', async ({ page }) => {
  for (const locale of ['zh', 'en'] as const) {
    await page.goto(`/${locale}/search/`);
    for (const query of ['杭州', 'Hangzhou']) {
      const results = await resultsFor(page, query);
      for (const path of results) expect(path.startsWith(`/${locale}/`), `${locale} search for ${query} returned ${path}`).toBe(true);
    }
  }
});

test('a result shows its title, kind and city, with the match marked in the excerpt', async ({ page }) => {
  await searchResults(page, 'zh', '杭州国际博览中心');
  const first = page.locator(`${sel('searchResults')} li`).first();
  await expect(first.locator('a')).toContainText('杭州国际博览中心');
  await expect(first.locator('.tag').first()).toHaveText('场馆');
  await expect(first.locator('.tag').nth(1)).toHaveText('杭州');
  await expect(first.locator('mark').first()).toBeVisible();
});

test('filters narrow results to a kind', async ({ page }) => {
  await searchResults(page, 'en', 'Hangzhou');
  await page.locator(`${sel('searchFilters')} input${sel('filter', 'kind')}[value="Venue"]`).check();
  await expect(page.locator(`${sel('searchResults')} li`).first()).toBeVisible();
  const kinds = await page.locator(`${sel('searchResults')} li .tag:first-child`).allInnerTexts();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Venue']));
});

test('the header search opens with the / key, by keyboard, and loads the search only then', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) loaded.push(request.url());
  });
  await page.goto('/en/about/');
  expect(loaded).toEqual([]);
  await page.keyboard.press('/');
  const dialog = page.locator(sel('searchDialog'));
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(sel('searchInput'))).toBeFocused();
  await page.keyboard.type('Hangzhou');
  await expect(dialog.locator(`${sel('searchResults')} li`).first()).toBeVisible();
  expect(loaded.some((url) => url.endsWith('pagefind.js'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a query with markup is shown as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await searchResults(page, 'en', '<img src=x onerror=alert(1)>');
  await expect(page.locator(`${sel('searchPanel', 'page')} ${sel('searchStatus')}`)).toContainText('<img src=x onerror=alert(1)>');
  expect(dialogs).toBe(0);
});

test('what a visitor types before the search code arrives is still searched', async ({ page }) => {
  // Hold back the lazily loaded search module, as on a slow connection, until the visitor has typed.
  let release = () => {};
  let held = 0;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/search-ui\.[^/]+\.js$/, async (route) => {
    held += 1;
    await typed;
    await route.continue();
  });
  await page.goto('/zh/contact/');
  await page.keyboard.press('/');
  await page.keyboard.type('杭州');
  release();
  await expect(page.locator(`${sel('searchDialog')} ${sel('searchResults')} li`).first()).toBeVisible({ timeout: 10_000 });
  expect(held, 'the search module was held back').toBeGreaterThan(0);
});

test('the search page shows ten results, and more on request with focus on the first new one', async ({ page }) => {
  await searchResults(page, 'zh', '会议');
  const items = page.locator(`${sel('searchPanel', 'page')} ${sel('searchResults')} li`);
  const status = await page.locator(`${sel('searchPanel', 'page')} ${sel('searchStatus')}`).innerText();
  const total = Number(status.match(/(\d+)条/)?.[1]);
  expect(total, 'the query must have more than ten results for this test').toBeGreaterThan(10);
  await expect(items).toHaveCount(10);
  const more = page.getByRole('button', { name: '显示更多结果' });
  await more.click();
  await expect(items).toHaveCount(Math.min(20, total));
  await expect(items.nth(10).locator('a')).toBeFocused();
  if (total <= 20) await expect(more).toBeHidden();
});

test('a first query in the header downloads Pagefind, the index it needs and only the five results it shows', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/en/about/');
  await page.keyboard.press('/');
  await page.keyboard.insertText('convention');
  const items = page.locator(`${sel('searchDialog')} ${sel('searchResults')} li`);
  await expect(items).toHaveCount(5);
  await expect(page.locator(`${sel('searchDialog')} ${sel('searchStatus')}`)).toContainText(/\d+ results for “convention”/);
  const search = fetched.filter((path) => path.startsWith('/pagefind/'));
  expect(search.filter((path) => path.endsWith('.pf_fragment'))).toHaveLength(5);
  // Pagefind runs on the page's thread: its web worker script would be 12 KB more before any result.
  expect(search.filter((path) => path.includes('worker'))).toEqual([]);
  expect(search.filter((path) => path.endsWith('.pf_filter')), 'filters belong to the search page').toEqual([]);
});

test('one or two Latin letters wait; the third searches, and Enter searches whatever is typed', async ({ page }) => {
  const indexChunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_index')) indexChunks.push(request.url());
  });
  await page.clock.install();
  await page.goto('/en/about/');
  await page.keyboard.press('/');
  const dialog = page.locator(sel('searchDialog'));
  await expect(dialog.locator(sel('searchPanel'))).toHaveAttribute('data-ready', 'ready');
  // Time stands still while two letters are typed, then moves on well past the search's pause.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.keyboard.type('Xi');
  await page.clock.runFor(600);
  expect(indexChunks).toEqual([]);
  await expect(dialog.locator(`${sel('searchResults')} li`)).toHaveCount(0);
  await page.clock.resume();
  await page.keyboard.press('Enter');
  await expect(dialog.locator(sel('searchStatus'))).toContainText('“Xi”');
  await page.keyboard.type("'an");
  await expect(dialog.locator(sel('searchStatus'))).toContainText('“Xi\'an”');
  // The whole word is searched: the best result is a Xi'an page (the city's or one of its venues').
  const xian = ['/en/cities/xian/', ...venues.filter((v) => v.city === 'xian').map((v) => `/en/venues/${v.slug}/`)];
  expect(xian).toContain(new URL((await dialog.locator(`${sel('searchResults')} li a`).first().getAttribute('href')) ?? '', 'http://x').pathname);
});

test('pinyin still being composed by an input method is not searched; the committed characters are', async ({ page }) => {
  await page.clock.install();
  await page.goto('/zh/about/');
  await page.keyboard.press('/');
  const dialog = page.locator(sel('searchDialog'));
  await expect(dialog.locator(sel('searchInput'))).toBeFocused();
  await expect(dialog.locator(sel('searchPanel'))).toHaveAttribute('data-ready', 'ready');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  // Chromium's own input-method path, as when a reader types “xian” and picks 西安.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'xian', selectionStart: 4, selectionEnd: 4 });
  await expect(dialog.locator(sel('searchInput'))).toHaveValue('xian');
  await page.clock.runFor(600);
  await expect(dialog.locator(sel('searchStatus'))).toHaveText('');
  await page.clock.resume();
  await cdp.send('Input.insertText', { text: '西安' });
  await expect(dialog.locator(sel('searchInput'))).toHaveValue('西安');
  await expect(dialog.locator(sel('searchStatus'))).toContainText('“西安”');
  await expect(dialog.locator(`${sel('searchResults')} li a`).first()).toHaveAttribute('href', /\/zh\/cities\/xian\//);
});

test('the index reads a fact’s label and its value as separate words (CityShanghai would not match “Shanghai”)', () => {
  const texts = indexedTexts();
  const english = [...texts].filter(([url]) => url.startsWith('/en/'));
  expect(english.length).toBeGreaterThan(20);
  const glued = /\b(City|Airport|Type|Opened|Theatre|Largest room|Room|Area \(m²\))(?=[A-Z0-9])/;
  for (const [url, text] of english) expect(text.match(glued)?.[0], `${url}: …${text.match(new RegExp(`.{0,30}${glued.source}.{0,20}`))?.[0]}…`).toBeUndefined();
  const sicc = texts.get('/en/venues/shanghai-international-convention-center/') ?? '';
  expect(sicc).toContain('City Shanghai');
  const withAirport = venues.find((v) => v.airportKm !== null);
  if (!withAirport) throw new Error('no venue publishes its airport distance');
  expect(texts.get(`/en/venues/${withAirport.slug}/`) ?? '').toContain(`${dictionary('en')['venue.airport']} ${new Intl.NumberFormat('en-GB').format(withAirport.airportKm ?? 0)} km`);
});
