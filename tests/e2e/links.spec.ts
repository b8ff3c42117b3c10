import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fileForPath, pageFacts } from '../../src/lib/tooling/html-audit.ts';
import { builtPages, distDir } from './support/site.ts';

const read = (page: string) => readFileSync(join(distDir, fileForPath(page) ?? page), 'utf8');
const pages = builtPages();

test('no internal link, anchor, script, stylesheet or image is broken', () => {
  const broken: string[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsByFile.has(file)) idsByFile.set(file, pageFacts(readFileSync(join(distDir, file), 'utf8')).ids);
    return idsByFile.get(file) as Set<string>;
  };
  for (const page of pages) {
    const facts = pageFacts(read(page));
    for (const target of [...facts.links, ...facts.sources]) {
      if (target.startsWith('#')) {
        if (target.length > 1 && !facts.ids.has(decodeURIComponent(target.slice(1)))) broken.push(`${page} → ${target}`);
        continue;
      }
      const file = fileForPath(target);
      if (!file) continue; // another origin or a tel:/mailto: link
      if (!existsSync(join(distDir, file))) {
        broken.push(`${page} → ${target}`);
        continue;
      }
      const anchor = target.split('#')[1];
      if (anchor && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(anchor))) broken.push(`${page} → ${target} (no #${anchor})`);
    }
  }
  expect(pages.length).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});

test('every page has one h1, a unique title and description, lang, canonical and hreflang', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const problems: string[] = [];
  for (const page of pages.filter((p) => /^\/(en|zh)\//.test(p))) {
    const facts = pageFacts(read(page));
    if (facts.h1Count !== 1) problems.push(`${page}: ${facts.h1Count} h1`);
    if (!facts.title) problems.push(`${page}: no title`);
    else if (titles.has(facts.title)) problems.push(`${page}: title shared with ${titles.get(facts.title)}`);
    else titles.set(facts.title, page);
    if (!facts.description) problems.push(`${page}: no description`);
    else if (descriptions.has(facts.description)) problems.push(`${page}: description shared with ${descriptions.get(facts.description)}`);
    else descriptions.set(facts.description, page);
    if (facts.lang !== (page.startsWith('/zh/') ? 'zh-CN' : 'en')) problems.push(`${page}: lang ${facts.lang}`);
    if (!facts.canonical || new URL(facts.canonical).pathname !== page) problems.push(`${page}: canonical ${facts.canonical}`);
    if (facts.hreflangs.sort().join() !== 'en,x-default,zh-CN') problems.push(`${page}: hreflang ${facts.hreflangs.join()}`);
  }
  expect(problems).toEqual([]);
});

test('every schema.org block parses and carries the page’s language', () => {
  const types = new Set<string>();
  for (const page of pages.filter((p) => /^\/(en|zh)\//.test(p))) {
    const html = read(page);
    const lang = pageFacts(html).lang;
    for (const match of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      const data = JSON.parse(match[1] as string) as { '@type': string; inLanguage?: string };
      types.add(data['@type']);
      expect(data.inLanguage, `${page} ${data['@type']}`).toBe(lang);
    }
  }
  expect([...types].sort()).toEqual(['City', 'Event', 'EventVenue', 'NewsArticle', 'Organization']);
});

test('the sitemap lists every page with its language alternates, and robots.txt points to it', () => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemapFile = /<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/.exec(index)?.[1];
  expect(sitemapFile).toBeTruthy();
  const sitemap = readFileSync(join(distDir, sitemapFile as string), 'utf8');
  for (const page of ['/en/cities/hangzhou/', '/zh/cities/hangzhou/', '/en/join/']) expect(sitemap).toContain(`${page}</loc>`);
  expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="zh-CN" href="[^"]*\/zh\/cities\/hangzhou\/"/);
  expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test('every page has Open Graph and Twitter card tags', () => {
  for (const page of pages.filter((p) => /^\/(en|zh)\//.test(p))) {
    const html = read(page);
    for (const tag of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale']) expect(html, `${page} ${tag}`).toContain(`property="${tag}"`);
    expect(html, page).toContain('name="twitter:card"');
  }
});
