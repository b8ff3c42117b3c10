import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { fileForPath } from '../../src/lib/tooling/html-audit.ts';
import { builtPages, distDir, locales, openData } from './support/site.ts';
import { builtPage, textOf } from './support/built-html.ts';

/** The alliance's own facts, as editors write them. */
const alliance = yaml.load(readFileSync('content/alliance.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }) as {
  name: { en: string; zh: string };
  foundingCities: { cities: string[] };
};
const cities = openData<{ slug: string; name: { en: string; zh: string } }>('cities');
const html = (page: string) => readFileSync(join(distDir, fileForPath(page) ?? page), 'utf8');
/** The sentences of a page's main content: each block's text, split at sentence ends (navigation is not prose). */
const sentences = (page: string) =>
  builtPage(page)
    .querySelectorAll('main :is(p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption)')
    .flatMap((block) => textOf(block).split(/(?<=[.!?。！？；;])\s*/));

test('the alliance is named as content/alliance.yaml names it, on every page of each language', () => {
  const pages = builtPages().filter((p) => /^\/(en|zh)\//.test(p) && p.endsWith('/'));
  expect(pages.length).toBeGreaterThan(100);
  for (const page of pages) {
    const locale = page.startsWith('/zh/') ? 'zh' : 'en';
    // The header and the footer carry the name; the title ends with it.
    const source = html(page);
    expect(source, page).toContain(`${alliance.name[locale]}</title>`);
    expect(source.match(new RegExp(alliance.name[locale].replace(/[()]/g, '\\$&'), 'g'))?.length ?? 0, page).toBeGreaterThanOrEqual(3);
    // No page keeps a name the alliance does not use.
    expect(source, page).not.toContain('中国会议城市联盟');
  }
});

test('a sentence about member cities names only cities the site has', () => {
  const known = new Set(cities.flatMap((c) => [c.name.en, c.name.zh]));
  // Chinese cities that are not among the content's cities: none may be called a member.
  const others = [
    ['Guangzhou', '广州'], ['Shenzhen', '深圳'], ['Chongqing', '重庆'], ['Wuhan', '武汉'], ['Nanjing', '南京'], ['Xiamen', '厦门'],
    ['Qingdao', '青岛'], ['Dalian', '大连'], ['Suzhou', '苏州'], ['Ningbo', '宁波'], ['Haikou', '海口'], ['Harbin', '哈尔滨'],
    ['Changsha', '长沙'], ['Zhengzhou', '郑州'], ['Hefei', '合肥'], ['Fuzhou', '福州'], ['Jinan', '济南'], ['Shenyang', '沈阳'],
    ['Guiyang', '贵阳'], ['Nanning', '南宁'], ['Guilin', '桂林'], ['Lhasa', '拉萨'], ['Urumqi', '乌鲁木齐'], ['Yinchuan', '银川'],
  ].filter(([en, zh]) => !known.has(en as string) && !known.has(zh as string));
  const memberWords = /member cit|会员城市|成员城市|会员单位/i;
  const problems: string[] = [];
  let aboutMembers = 0;
  for (const page of builtPages().filter((p) => /^\/(en|zh)\//.test(p) && p.endsWith('/'))) {
    for (const sentence of sentences(page)) {
      if (!memberWords.test(sentence)) continue;
      aboutMembers += 1;
      for (const [en, zh] of others) if (sentence.includes(en as string) || sentence.includes(zh as string)) problems.push(`${page}: ${sentence.trim().slice(0, 160)}`);
    }
  }
  // The pages do speak of member cities (about, join, the cities list): a reader that found none would check nothing.
  expect(aboutMembers).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});
