import { expect, test } from '@playwright/test';
import { fixtureURL } from './support/fixture.ts';
import { sel } from '../../src/islands/hooks.ts';

test.describe('a page not yet translated', () => {
  test('the Chinese city page exists, shows the English profile with a notice and lang="en"', async ({ page }) => {
    const response = await page.goto(fixtureURL('/zh/cities/lhasa/'));
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const notice = page.locator(sel('fallbackNotice'));
    await expect(notice).toContainText('本页尚未译成中文，暂以英文显示。');
    const prose = page.locator('.prose');
    await expect(prose).toHaveAttribute('lang', 'en');
    await expect(prose).toContainText('This profile exists only in English.');
    await expect(page.locator('h1')).toHaveText('拉萨');
  });

  test('the English venue page shows the Chinese description with a notice and lang="zh-CN"', async ({ page }) => {
    await page.goto(fixtureURL('/en/venues/lhasa-hall/'));
    await expect(page.locator(sel('fallbackNotice'))).toContainText('This page has not been translated into English yet.');
    await expect(page.locator('.prose')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.prose')).toContainText('这段场馆介绍只有中文版本。');
  });

  test('a translated page shows no notice', async ({ page }) => {
    await page.goto(fixtureURL('/en/cities/lhasa/'));
    await expect(page.locator(sel('fallbackNotice'))).toHaveCount(0);
  });
});

test('an editor’s photo is optimised, described in the page’s language and credited', async ({ page, request }) => {
  await page.goto(fixtureURL('/zh/cities/lhasa/'));
  const image = page.locator(`${sel('hero')} img`);
  await expect(image).toHaveAttribute('alt', '测试图案：蓝色圆环与红点');
  await expect(image).toHaveAttribute('src', /^\/_astro\/.+\.webp$/);
  await expect(image).toHaveAttribute('srcset', /480w.*960w.*1440w/);
  await expect(page.locator(`${sel('hero')} figcaption`)).toHaveText('图片：Test fixture drawn for the browser tests');
  const src = (await image.getAttribute('src')) as string;
  expect((await request.get(fixtureURL(src))).status()).toBe(200);
});
