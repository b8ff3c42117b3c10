// npm run bench:search: Pagefind over a synthetic 10,000-page bilingual site (5,000 pages per
// language): index time and size, then in Chromium the bytes transferred and milliseconds to first
// results for a first query in each language. Targets: ≤ 150 KB and ≤ 300 ms on localhost.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';
import { folderBytes, kb, table } from './lib/measure.ts';

const pagesPerLanguage = Number(process.argv[process.argv.indexOf('--pages') + 1]) || 5000;
const site = resolve('bench/.work/search-site');
function words(list: string[], n: number, joiner: string): string {
  return Array.from({ length: n }, () => list[Math.floor(next() * list.length)]).join(joiner);
}
let seed = 11;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
// A realistic vocabulary: a few thousand distinct words per language, plus the site's own terms.
const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'ji', 'ko', 'lu', 'me', 'ni', 'po', 'qu', 'ra', 'se', 'to', 'vi', 'wa', 'xe', 'zo'];
const hanzi = '会议中心国际博览城市酒店论坛大会协会交流合作创新科技文化旅游发展奖目的地学术产业杭州成都西安剧院式宴厅山水湖江海港桥园林馆堂楼厦广场路街区镇村县省'.split('');
const enWords = [...Array.from({ length: 4000 }, () => words(syllables, 2 + Math.floor(next() * 3), '')), 'Hangzhou', 'innovation', 'convention', 'centre'];
const zhWords = [...Array.from({ length: 4000 }, () => words(hanzi, 2 + Math.floor(next() * 2), '')), '会议中心', '杭州', '剧院式'];

console.log(`… writing ${pagesPerLanguage * 2} pages`);
rmSync(site, { recursive: true, force: true });
for (const [locale, lang, list, joiner] of [['en', 'en', enWords, ' '], ['zh', 'zh-CN', zhWords, '']] as const) {
  for (let i = 0; i < pagesPerLanguage; i += 1) {
    const dir = join(site, locale, `page-${i}`);
    mkdirSync(dir, { recursive: true });
    const body = Array.from({ length: 6 }, () => `<p>${words([...list], 40, joiner)}</p>`).join('');
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${locale} ${i}</title></head><body><main data-pagefind-body><h1>${words([...list], 4, joiner)} ${i}</h1>${body}</main></body></html>`);
  }
  writeFileSync(join(site, locale, 'index.html'), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>search</title></head><body><p>search</p></body></html>`);
}
writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>root</title></head><body>root</body></html>');
writeFileSync(join(site, '404.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404</title></head><body>404</body></html>');

console.log('… indexing with Pagefind');
const { createIndex, close } = await import('pagefind');
const started = performance.now();
const { index } = await createIndex({});
if (!index) throw new Error('Pagefind did not start');
const added = await index.addDirectory({ path: site });
await index.writeFiles({ outputPath: join(site, 'pagefind') });
await close();
const indexSeconds = (performance.now() - started) / 1000;
const indexBytes = folderBytes(join(site, 'pagefind'));

console.log('… measuring first queries in Chromium');
const port = 4340;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, DIST_DIR: site }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const rows: (string | number)[][] = [];
try {
  for (const [locale, query] of [['en', 'Hangzhou'], ['zh', '会议中心']] as const) {
    const context = await browser.newContext(); // a cold cache, as a first visit
    const page = await context.newPage();
    let bytes = 0;
    // Bytes on the wire: encoded (gzipped) bodies plus headers, as the network panel counts them.
    const sizes: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/pagefind/')) return;
      sizes.push(request.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
    });
    await page.goto(`http://localhost:${port}/${locale}/`);
    // Cold: from nothing loaded to the first result. Warm: the site starts loading the index when
    // search opens, so a visitor's first query then costs only the query itself.
    const result = await page.evaluate(async (q) => {
      const t0 = performance.now();
      const pagefind = await import('/pagefind/pagefind.js' as string);
      await pagefind.init();
      const t1 = performance.now();
      const search = await pagefind.search(q);
      const first = search.results.length > 0 ? await search.results[0].data() : null;
      const t2 = performance.now();
      return { cold: t2 - t0, warm: t2 - t1, count: search.results.length, title: first?.meta?.title as string | undefined };
    }, query);
    await page.waitForTimeout(200);
    await Promise.all(sizes);
    rows.push([locale, query, result.count, `${result.cold.toFixed(0)} ms`, `${result.warm.toFixed(0)} ms`, kb(bytes)]);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`\nIndexed ${added.page_count} pages in ${indexSeconds.toFixed(1)} s; index ${kb(indexBytes)} on disk.\n`);
console.log(table(['language', 'first query', 'results', 'first result, cold', 'first result, index loaded on open', 'bytes transferred'], rows));
console.log('\nTargets: ≤ 300 ms and ≤ 150 KB per first query.');
