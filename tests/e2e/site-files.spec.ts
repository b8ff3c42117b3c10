// Facts of the built HTML, checked from dist/ on disk: every page, both languages, in well under a
// second. The browser tests are for what only a browser shows (islands, focus, layout, print, axe).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { sel } from '../../src/islands/hooks.ts';
import { cssClassNames } from '../../src/lib/tooling/html-audit.ts';
import { builtPage, textOf } from './support/built-html.ts';
import { builtPages, distDir, locales, openData } from './support/site.ts';
import { venues } from './support/venues.ts';

interface CityRecord {
  slug: string;
  name: { en: string; zh: string };
  foundingMember: boolean;
  sources: { id: string; url: string | null }[];
}
const cities = openData<CityRecord>('cities');
const localePages = builtPages().filter((p) => /^\/(en|zh)\//.test(p) && p.endsWith('/'));

test('every page links its language versions reciprocally, with x-default and a canonical URL', () => {
  expect(localePages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  const alternates = (path: string) => {
    const head = builtPage(path);
    const links = Object.fromEntries(head.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname]));
    const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
    return { links: links as Record<string, string>, canonical: canonical && new URL(canonical).pathname };
  };
  for (const path of localePages) {
    const { links, canonical } = alternates(path);
    const en = path.replace(/^\/zh\//, '/en/');
    const zh = path.replace(/^\/en\//, '/zh/');
    if (canonical !== path) problems.push(`${path}: canonical ${canonical}`);
    if (links['en'] !== en || links['zh-CN'] !== zh || links['x-default'] !== en) problems.push(`${path}: alternates ${JSON.stringify(links)}`);
    const other = path.startsWith('/en/') ? zh : en;
    const back = alternates(other).links[path.startsWith('/en/') ? 'en' : 'zh-CN'];
    if (back !== path) problems.push(`${other} does not link back to ${path} (${back})`);
  }
  expect(problems).toEqual([]);
});

/** An address another origin serves: absolute with a scheme, or protocol-relative. */
const offOrigin = (url: string | undefined) => url !== undefined && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !url.trim().startsWith('data:');

test('no page, stylesheet or script loads anything from another origin (links to other sites are fine)', () => {
  const problems: string[] = [];
  for (const path of builtPages()) {
    const page = builtPage(path);
    for (const element of page.querySelectorAll('[src], [srcset], [poster], object[data], link[href], [style]')) {
      const tag = element.tagName.toLowerCase();
      const rel = element.getAttribute('rel') ?? '';
      const loaded = [
        element.getAttribute('src'),
        element.getAttribute('poster'),
        tag === 'object' ? element.getAttribute('data') : undefined,
        tag === 'link' && /stylesheet|icon|preload|modulepreload|prefetch|manifest/.test(rel) ? element.getAttribute('href') : undefined,
        ...(element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]),
        ...[...(element.getAttribute('style') ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]),
      ];
      for (const url of loaded) if (offOrigin(url ?? undefined)) problems.push(`${path}: <${tag}> ${url}`);
    }
  }
  const assets = (folder: string) => readdirSync(join(distDir, folder), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  for (const file of [...assets('_astro'), ...assets('pagefind')]) {
    if (file.endsWith('.css')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")]+)/g)) if (offOrigin(m[1])) problems.push(`${file}: ${m[1]}`);
    }
    if (file.endsWith('.js')) {
      // Code that would load something: a static or dynamic import, fetch, a worker or a socket, from an absolute address.
      const loads = /(?:\bfrom\s*|\bimport\s*\(\s*|\bfetch\s*\(\s*|importScripts\s*\(\s*|new\s+(?:Worker|SharedWorker|EventSource|WebSocket)\s*\(\s*)[`'"]((?:[a-z]+:)?\/\/[^`'"]+)/gi;
      for (const m of readFileSync(file, 'utf8').matchAll(loads)) problems.push(`${file}: ${m[1]}`);
    }
  }
  expect(problems).toEqual([]);
});

// Content pages load content.css, the tools tools.css (src/styles/): each leaves out what only the other's pages use.
test('every page loads one stylesheet, and every class on it that either stylesheet styles has its rule there', () => {
  const sheetOf = (name: string) => `/_astro/${readdirSync(join(distDir, '_astro')).find((file) => new RegExp(`^${name}\\.[\\w-]+\\.css$`).test(file))}`;
  const rules = { content: cssClassNames(readFileSync(join(distDir, sheetOf('content')), 'utf8')), tools: cssClassNames(readFileSync(join(distDir, sheetOf('tools')), 'utf8')) };
  // Both stylesheets read as having rules, or every class below would pass for want of any.
  expect(rules.content.size).toBeGreaterThan(100);
  expect(rules.tools.size).toBeGreaterThan(rules.content.size);
  const tools = ['/compare/', '/entry/', '/rfp/', '/search/', '/venues/'];
  const problems: string[] = [];
  for (const path of builtPages()) {
    const sheets = builtPage(path).querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href') ?? '');
    const site = sheets.filter((href) => /\/_astro\/(content|tools)\.[\w-]+\.css$/.test(href));
    const expected = tools.some((tool) => path.endsWith(tool)) ? 'tools' : 'content';
    if (site.length !== 1 || site[0] !== sheetOf(expected)) {
      problems.push(`${path}: ${site.join(', ') || 'no stylesheet'} (expected ${expected}.css)`);
      continue;
    }
    const [own, other] = expected === 'tools' ? [rules.tools, rules.content] : [rules.content, rules.tools];
    const classes = new Set(builtPage(path).querySelectorAll('[class]').flatMap((element) => (element.getAttribute('class') ?? '').split(/\s+/)));
    const missing = [...classes].filter((name) => other.has(name) && !own.has(name));
    if (missing.length > 0) problems.push(`${path}: ${missing.join(' ')}`);
  }
  expect(problems).toEqual([]);
});

test('every city and venue page exists in both languages and names what it shows', () => {
  for (const locale of locales) {
    for (const city of cities) expect(textOf(builtPage(`/${locale}/cities/${city.slug}/`).querySelector('h1')!), city.slug).toBe(city.name[locale]);
    for (const venue of venues) expect(textOf(builtPage(`/${locale}/venues/${venue.slug}/`).querySelector('h1')!), venue.slug).toBe(venue.name[locale]);
  }
});

for (const locale of locales) {
  test(`every venue page names its sources, links only publishers' own addresses, says whether its figures are verified, and every [n] reaches a source (${locale})`, () => {
    for (const venue of venues) {
      const page = builtPage(`/${locale}/venues/${venue.slug}/`);
      const note = page.querySelector(sel('freshness'));
      expect(note?.getAttribute('data-freshness'), venue.slug).toBe(venue.verified === null ? 'unverified' : expect.stringMatching(/^(verified|stale)$/));
      const items = page.querySelectorAll(`${sel('sourceList')} li`);
      expect(items.length, venue.slug).toBe(venue.sources.length);
      // A source links only its publisher's own address; one without reads as a printed reference.
      const links = items.map((li) => li.querySelector(`a${sel('sourceCitation')}`)?.getAttribute('href') ?? null);
      expect(links, venue.slug).toEqual(venue.sources.map((s) => s.url));
      const ids = new Set(items.map((li) => li.id));
      for (const mark of page.querySelectorAll(sel('sourceRef'))) expect(ids, `${venue.slug} ${mark.getAttribute('href')}`).toContain(mark.getAttribute('href')?.replace(/^#/, ''));
    }
  });

  test(`every figure on a city page reaches a source, or links the venue that names it, or says it is not on file (${locale})`, () => {
    const notOnFile = locale === 'zh' ? '本站暂未收录' : 'Not on file yet';
    const derived = locale === 'zh' ? '收录场馆' : 'Venues listed';
    for (const city of cities) {
      const page = builtPage(`/${locale}/cities/${city.slug}/`);
      const items = page.querySelectorAll(`${sel('sourceList')} li`);
      expect(items.length, city.slug).toBe(city.sources.length);
      const unsourced = page
        .querySelectorAll(sel('fact'))
        .filter((fact) => !fact.querySelector(sel('sourceRef')) && !fact.querySelector(sel('sourceCitation')) && !fact.querySelector('a[href*="/venues/"]') && !textOf(fact).includes(notOnFile))
        .map(textOf)
        .filter((text) => !text.startsWith(derived));
      expect(unsourced, city.slug).toEqual([]);
      const ids = new Set(items.map((li) => li.id));
      for (const mark of page.querySelectorAll(sel('sourceRef'))) expect(ids, `${city.slug} ${mark.getAttribute('href')}`).toContain(mark.getAttribute('href')?.replace(/^#/, ''));
    }
  });
}

test('every founding city has at least three venues, each listed on its page in both languages', () => {
  const alliance = yaml.load(readFileSync('content/alliance.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }) as { foundingCities: { cities: string[] } };
  expect(alliance.foundingCities.cities).toHaveLength(8);
  for (const slug of alliance.foundingCities.cities) {
    const own = venues.filter((v) => v.city === slug).map((v) => v.slug).sort();
    expect(own.length, slug).toBeGreaterThanOrEqual(3);
    for (const locale of locales) {
      const listed = builtPage(`/${locale}/cities/${slug}/`)
        .querySelectorAll(`section[aria-labelledby="venues"] ${sel('venue')}`)
        .map((card) => card.querySelector('a[href*="/venues/"]')?.getAttribute('href')?.split('/').at(-2) ?? '');
      expect(listed.sort(), `${locale} ${slug}`).toEqual(own);
    }
  }
});
