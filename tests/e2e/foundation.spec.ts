import { expect, test } from '@playwright/test';
import { builtPages, htmlLang, locales, recordOffOriginRequests } from './support/site.ts';
import { sel } from '../../src/islands/hooks.ts';

const alliancePages = ['', 'about/', 'join/', 'contact/'];

test.describe('the bilingual site', () => {
  for (const locale of locales) {
    test(`/${locale}/ renders in its language with lang="${htmlLang[locale]}"`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(locale === 'en' ? "Meet in China's convention cities" : '相约中国会议城市');
    });
  }

  for (const locale of locales) {
    for (const path of alliancePages) {
      test(`the language switcher on /${locale}/${path} lands on the same page in the other language`, async ({ page }) => {
        const other = locale === 'en' ? 'zh' : 'en';
        await page.goto(`/${locale}/${path}`);
        await page.locator(sel('languageSwitcher')).click();
        await expect(page).toHaveURL(`/${other}/${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[other]);
      });
    }
  }

  test('every page links its language versions reciprocally, with x-default and a canonical URL', async ({ request }) => {
    const pages = builtPages().filter((p) => /^\/(en|zh)\//.test(p));
    expect(pages.length).toBeGreaterThan(20);
    const alternatesOf = async (path: string) => {
      const html = await (await request.get(path)).text();
      const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2] as string).pathname]);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      return { links: Object.fromEntries(links) as Record<string, string>, canonical: canonical && new URL(canonical).pathname };
    };
    for (const path of pages) {
      const { links, canonical } = await alternatesOf(path);
      expect(canonical, path).toBe(path);
      expect(links['en'], path).toBe(path.replace(/^\/zh\//, '/en/'));
      expect(links['zh-CN'], path).toBe(path.replace(/^\/en\//, '/zh/'));
      expect(links['x-default'], path).toBe(links['en']);
      const other = path.startsWith('/en/') ? links['zh-CN'] : links['en'];
      const back = await alternatesOf(other as string);
      expect(back.links[path.startsWith('/en/') ? 'en' : 'zh-CN'], `${other} links back to ${path}`).toBe(path);
    }
  });
});

test.describe('the language entry page /', () => {
  test.describe('a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('is sent to /zh/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/zh/');
    });
  });
  test.describe('an English browser', () => {
    test.use({ locale: 'en-US' });
    test('is sent to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/en/');
    });
  });
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers plain links to both languages', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh/');
      await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    });
  });
});

test('a missing path gets the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('[lang="zh-CN"]').getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the English home page' })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: '返回中文首页' })).toHaveAttribute('href', '/zh/');
});

test('no page makes a request to another origin', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL as string).origin;
  const offOrigin = recordOffOriginRequests(page, origin);
  const pages = builtPages();
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'load' });
  }
  expect(pages.length).toBeGreaterThan(20);
  expect(offOrigin.urls).toEqual([]);
});
