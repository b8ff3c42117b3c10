import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { builtPages, distDir } from './support/site.ts';
import { venues } from './support/venues.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('no framework runtime is shipped', () => {
  const assets = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'));
  const runtimes = /react-dom|preact|__vue|svelte\/internal|solid-js|astro-island/;
  for (const name of assets) expect(readFileSync(join(distDir, '_astro', name), 'utf8'), name).not.toMatch(runtimes);
  for (const page of builtPages().slice(0, 40)) {
    expect(readFileSync(join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8'), page).not.toContain('<astro-island');
  }
});

test('JavaScript, HTML and CSS stay within budget before search is opened', () => {
  const content = ['/en/cities/hangzhou/', `/zh/venues/${venues[0]?.slug}/`, '/en/news/2012-09-12-cmca-founded-in-beijing/', '/zh/about/', '/en/join/', '/zh/contact/'];
  const rows: string[] = [];
  for (const page of content) {
    const w = pageWeight(distDir, page);
    rows.push(`${page}: JS ${kb(w.js)} (≤ 5 KB)`);
    expect(w.js, `${page} JavaScript`).toBeLessThanOrEqual(5 * 1024);
  }
  let heaviest = { page: '', js: 0 };
  for (const page of builtPages().filter((p) => p.endsWith('/') || p.endsWith('.html'))) {
    const { js } = pageWeight(distDir, page);
    if (js > heaviest.js) heaviest = { page, js };
    expect(js, `${page} JavaScript`).toBeLessThanOrEqual(25 * 1024);
  }
  rows.push(`heaviest JS of any page: ${heaviest.page} ${kb(heaviest.js)} (≤ 25 KB)`);
  const city = pageWeight(distDir, '/zh/cities/hangzhou/');
  rows.push(`city page HTML + CSS: ${kb(city.html + city.css)} (≤ 60 KB)`);
  expect(city.html + city.css).toBeLessThanOrEqual(60 * 1024);
  console.log(`Budgets checked (gzip):\n  ${rows.join('\n  ')}`);
});
