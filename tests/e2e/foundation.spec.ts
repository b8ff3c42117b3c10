import { expect, test } from '@playwright/test';
import { htmlLang, locales, recordOffOriginRequests } from './support/site.ts';
import { venues } from './support/venues.ts';
import { builtPage, textOf } from './support/built-html.ts';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';

const alliancePages = ['', 'about/', 'join/', 'contact/'];

test.describe('the bilingual site', () => {
  // From the built HTML on disk.
  for (const locale of locales) {
    test(`/${locale}/ renders in its language with lang="${htmlLang[locale]}"`, () => {
      const home = builtPage(`/${locale}/`);
      expect(home.querySelector('html')?.getAttribute('lang')).toBe(htmlLang[locale]);
      expect(home.querySelectorAll('h1').map(textOf)).toEqual([locale === 'en' ? "Meet in China's convention cities" : '相约中国会议城市']);
    });
  }

  for (const locale of locales) {
    test(`the language switcher on /${locale}/ pages lands on the same page in the other language`, async ({ page }) => {
      const other = locale === 'en' ? 'zh' : 'en';
      for (const path of alliancePages) {
        await page.goto(`/${locale}/${path}`);
        await page.locator(sel('languageSwitcher')).click();
        await expect(page).toHaveURL(`/${other}/${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[other]);
      }
    });
  }
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

test('the islands, in use, make no request to another origin (what pages load is checked from disk in site-files.spec.ts)', async ({ page, baseURL }) => {
  const offOrigin = recordOffOriginRequests(page, new URL(baseURL as string).origin);
  const [a, b] = venues.map((v) => v.slug);
  await page.goto('/en/venues/?plenary=500&breakouts=2&breakoutSeats=50');
  await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
  await page.goto(`/zh/compare/?venues=${a},${b}&cities=hangzhou,xian`);
  await scrollToBoard(page);
  await expect(page.locator(sel('boardTable', 'cities'))).toBeVisible();
  await page.goto(`/en/rfp/?plenary=300&venues=${a},${b}&event=Congress`);
  await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
  await page.locator(sel('rfpQrShow')).click();
  await expect(page.locator(`${sel('rfpQrCode')} svg`)).toBeVisible();
  await page.locator(sel('rfpMailto')).focus();
  await expect(page.locator(sel('rfpMailto'))).toHaveAttribute('href', /^mailto:/);
  await page.keyboard.press('/');
  await page.keyboard.type('Hangzhou');
  await expect(page.locator(`${sel('searchDialog')} ${sel('searchResults')} li`).first()).toBeVisible();
  expect(offOrigin.urls).toEqual([]);
});
