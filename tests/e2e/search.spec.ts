import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/site.ts';
import { venues } from './support/venues.ts';

/** Runs a query on the search page and returns the result links, best first. */
async function searchResults(page: Page, locale: 'en' | 'zh', query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-panel="page"] [data-search-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(/Loading|正在加载/);
  return page
    .locator('[data-search-panel="page"] [data-search-results] li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
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
  { locale: 'en', query: 'convention center', expected: () => venueWithName('en', /convention cent(er|re)/i) },
  { locale: 'en', query: 'ambassador', expected: () => ['/en/ambassadors/'] },
  { locale: 'en', query: 'roadshow', expected: () => ['/en/events/', ...roadshowNews('en')] },
  { locale: 'en', query: 'join the alliance', expected: () => ['/en/join/'] },
  { locale: 'en', query: "Xi'an", expected: () => ['/en/cities/xian/'] },
];

/** The Hangzhou PLUS roadshow report, whatever its date prefix. */
function roadshowNews(locale: 'en' | 'zh'): string[] {
  return builtPages().filter((path) => path.startsWith(`/${locale}/news/`) && path.includes('hangzhou-plus'));
}

for (const { locale, query, expected } of expectations) {
  test(`searching ${locale === 'zh' ? 'the Chinese' : 'the English'} site for “${query}” puts the right page in the top three`, async ({ page }) => {
    const results = await searchResults(page, locale, query);
    const top = results.slice(0, 3);
    const wanted = expected();
    expect(wanted.length, `pages that should answer “${query}”`).toBeGreaterThan(0);
    const hit = top.some((path) => wanted.includes(path));
    expect(hit, `top three for “${query}”: ${top.join(', ') || 'nothing'}`).toBe(true);
  });
}

test('results in Chinese never show English pages, and the other way round', async ({ page }) => {
  for (const [locale, query] of [['zh', '杭州'], ['en', 'Hangzhou'], ['zh', 'Hangzhou'], ['en', '杭州']] as const) {
    const results = await searchResults(page, locale, query);
    for (const path of results) expect(path.startsWith(`/${locale}/`), `${locale} search for ${query} returned ${path}`).toBe(true);
  }
});

test('a result shows its title, kind and city, with the match marked in the excerpt', async ({ page }) => {
  await searchResults(page, 'zh', '杭州国际博览中心');
  const first = page.locator('[data-search-results] li').first();
  await expect(first.locator('a')).toContainText('杭州国际博览中心');
  await expect(first.locator('.tag').first()).toHaveText('场馆');
  await expect(first.locator('.tag').nth(1)).toHaveText('杭州');
  await expect(first.locator('mark').first()).toBeVisible();
});

test('filters narrow results to a kind', async ({ page }) => {
  await searchResults(page, 'en', 'Hangzhou');
  await page.locator('[data-search-filters] input[data-filter="kind"][value="Venue"]').check();
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const kinds = await page.locator('[data-search-results] li .tag:first-child').allInnerTexts();
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
  const dialog = page.locator('[data-search-dialog]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-search-input]')).toBeFocused();
  await page.keyboard.type('Hangzhou');
  await expect(dialog.locator('[data-search-results] li').first()).toBeVisible();
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
  await expect(page.locator('[data-search-panel="page"] [data-search-status]')).toContainText('<img src=x onerror=alert(1)>');
  expect(dialogs).toBe(0);
});

test('what a visitor types before the search code arrives is still searched', async ({ page }) => {
  // Hold back the lazily loaded search module, as on a slow connection.
  await page.route(/\/_astro\/search-ui\.[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/zh/contact/');
  await page.keyboard.press('/');
  await page.keyboard.type('杭州');
  await expect(page.locator('[data-search-dialog] [data-search-results] li').first()).toBeVisible({ timeout: 10_000 });
});
