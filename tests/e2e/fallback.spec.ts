// The untranslated fixture site (dist-fixture/), read from disk: what these pages say is in their HTML as built.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPage, textOf } from './support/built-html.ts';
import { sel } from '../../src/islands/hooks.ts';

const fixtureDir = resolve('dist-fixture');
const fixturePage = (path: string) => builtPage(path, fixtureDir);

test.describe('a page not yet translated', () => {
  test('the Chinese city page exists, shows the English profile with a notice and lang="en"', () => {
    const page = fixturePage('/zh/cities/lhasa/');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(textOf(page.querySelector(sel('fallbackNotice'))!)).toContain('本页尚未译成中文，暂以英文显示。');
    const prose = page.querySelector('.prose')!;
    expect(prose.getAttribute('lang')).toBe('en');
    expect(textOf(prose)).toContain('This profile exists only in English.');
    expect(page.querySelectorAll('h1').map(textOf)).toEqual(['拉萨']);
  });

  test('the English venue page shows the Chinese description with a notice and lang="zh-CN"', () => {
    const page = fixturePage('/en/venues/lhasa-hall/');
    expect(textOf(page.querySelector(sel('fallbackNotice'))!)).toContain('This page has not been translated into English yet.');
    expect(page.querySelector('.prose')?.getAttribute('lang')).toBe('zh-CN');
    expect(textOf(page.querySelector('.prose')!)).toContain('这段场馆介绍只有中文版本。');
  });

  test('a translated page shows no notice', () => {
    const page = fixturePage('/en/cities/lhasa/');
    expect(page.querySelector('h1')).not.toBeNull();
    expect(page.querySelector(sel('fallbackNotice'))).toBeNull();
  });
});

test('an editor’s photo is optimised, described in the page’s language and credited', () => {
  const hero = fixturePage('/zh/cities/lhasa/').querySelector(sel('hero'))!;
  const image = hero.querySelector('img')!;
  expect(image.getAttribute('alt')).toBe('测试图案：蓝色圆环与红点');
  expect(image.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
  expect(image.getAttribute('srcset')).toMatch(/480w.*960w.*1440w/);
  expect(textOf(hero.querySelector('figcaption')!)).toBe('图片：Test fixture drawn for the browser tests');
  // The optimised files the page names were written.
  for (const candidate of (image.getAttribute('srcset') ?? '').split(',')) {
    const file = candidate.trim().split(' ')[0] as string;
    expect(existsSync(join(fixtureDir, file)), file).toBe(true);
  }
  expect(existsSync(join(fixtureDir, image.getAttribute('src') as string))).toBe(true);
});
