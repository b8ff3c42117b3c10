// npm run bench:search -- [--pages 10000] [--runs 5] [--reuse]
// Builds the real site from a synthetic content folder of 10,000 pages (both languages, sentences
// drawn from the site's own prose), indexes it with the build's Pagefind step, then measures in
// Chromium, through the site's own search, a visitor's first query in each language:
// - header search: open it on a page, type the query; milliseconds from the last keystroke to the
//   results for the whole query, and every byte sent from opening search until then;
// - search page: /{l}/search/?q=… in a fresh browser; milliseconds from navigation to the first results.
// Bytes are counted on the wire by a relay in front of the server (headers included, gzip as
// served). Each figure is the median of fresh-browser runs; the slowest run is printed too.
// Targets: ≤ 150 KB and ≤ 300 ms for a first query.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { entityPageCount, syntheticCorpus } from '../src/lib/tooling/synthetic-corpus.ts';
import { byteCountingRelay } from './lib/byte-counter.ts';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';
import { kb, median, numberOption, table } from './lib/measure.ts';
import { buildSite, indexSite, siteProse, writeFiles } from './lib/synthetic-site.ts';

const pages = numberOption('pages', 10_000);
const runs = numberOption('runs', 5);
const size = { cities: Math.max(1, Math.round(pages / 40)), venuesPerCity: 16, newsPerCity: 3 }; // 40 pages a city
const work = resolve('bench/.work');
const content = join(work, 'search-content');
const site = join(work, 'search-dist');
const step = (text: string) => console.log(`… ${text}`);

// --reuse measures the site built by the last run again (after a change to the measuring only).
const reuse = process.argv.includes('--reuse') && existsSync(join(site, 'pagefind'));
let buildSeconds = Number.NaN;
let index = { seconds: Number.NaN, pages: Number.NaN, bytes: Number.NaN };
if (!reuse) {
  step(`writing ${entityPageCount(size)} pages: ${size.cities} cities × ${size.venuesPerCity} venues × ${size.newsPerCity} news, both languages, from the site's own sentences`);
  writeFiles(content, syntheticCorpus(size, { prose: siteProse() }));
  step('building the site');
  buildSeconds = buildSite(content, site);
  step(`built in ${buildSeconds.toFixed(0)} s; indexing with Pagefind`);
  index = await indexSite(site);
}

const serverPort = 4350;
const relayPort = 4351;
const origin = `http://localhost:${relayPort}`;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(serverPort)], { env: { ...process.env, DIST_DIR: site }, stdio: 'ignore' });
const relay = await byteCountingRelay(serverPort, relayPort);
await new Promise((r) => setTimeout(r, 800));

interface Timing {
  lastInput: number;
  results: number;
  count: string;
}
declare global {
  interface Window {
    searchTiming: Timing;
  }
}

/** Runs in the page before its scripts: notes the last keystroke and when the whole query's results show. */
function instrument(query: string) {
  const timing: Timing = { lastInput: 0, results: 0, count: '' };
  window.searchTiming = timing;
  document.addEventListener('input', () => void (timing.lastInput = performance.now()), true);
  new MutationObserver(() => {
    if (timing.results) return;
    for (const panel of document.querySelectorAll('[data-search-panel]')) {
      const status = panel.querySelector('[data-search-status]')?.textContent ?? '';
      if (status.includes(`“${query}”`) && panel.querySelector('[data-search-results] li')) {
        timing.results = performance.now();
        timing.count = status.match(/\d[\d,]*/g)?.at(-1) ?? '';
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Types as a person does: letter by letter in English; in Chinese, word by word as an input method commits them. */
async function typeQuery(page: Page, locale: 'en' | 'zh', query: string) {
  if (locale === 'en') return page.keyboard.type(query, { delay: 150 });
  for (const word of query.match(/.{1,2}/gu) ?? []) {
    await page.keyboard.insertText(word);
    await page.waitForTimeout(500);
  }
}

interface Measure {
  ms: number;
  bytes: number;
  chunks: number;
  fragments: number;
  count: string;
  byKind: Map<string, number>;
}

/** What a request fetched, for the breakdown of bytes. */
function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_fragment')) return 'result texts';
  if (path.endsWith('.pf_meta')) return 'index metadata';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (/\/pagefind\/(pagefind\.js|wasm\.)/.test(path)) return 'Pagefind code';
  if (path.startsWith('/pagefind/')) return 'Pagefind other';
  if (path.endsWith('.js')) return 'site scripts';
  return 'page and styles';
}

async function measure(browser: Browser, locale: 'en' | 'zh', query: string, scenario: 'header' | 'page'): Promise<Measure> {
  const context = await browser.newContext(); // a first visit: nothing cached
  const page = await context.newPage();
  await page.addInitScript(instrument, query);
  const urls: string[] = [];
  // Per-request sizes from the browser, for the breakdown; the relay's count is the total.
  const byKind = new Map<string, number>();
  const sized: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    const kind = kindOf(request.url());
    sized.push(request.sizes().then((s) => void byKind.set(kind, (byKind.get(kind) ?? 0) + s.responseBodySize + s.responseHeadersSize)));
  });
  let start = relay.sent();
  if (scenario === 'header') {
    await page.goto(`${origin}/${locale}/about/`, { waitUntil: 'networkidle' });
    await Promise.all(sized);
    byKind.clear();
    start = relay.sent();
    page.on('request', (request) => urls.push(request.url()));
    await page.keyboard.press('/');
    await typeQuery(page, locale, query);
  } else {
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
  }
  await page.waitForFunction(() => window.searchTiming.results > 0, null, { timeout: 20_000 });
  await page.waitForTimeout(500); // anything still arriving for this query counts too
  const timing = await page.evaluate(() => window.searchTiming);
  await Promise.all(sized);
  const result = {
    ms: scenario === 'header' ? timing.results - timing.lastInput : timing.results,
    bytes: relay.sent() - start,
    chunks: urls.filter((u) => u.endsWith('.pf_index')).length,
    fragments: urls.filter((u) => u.endsWith('.pf_fragment')).length,
    count: timing.count,
    byKind,
  };
  await context.close();
  return result;
}

const queries = [['en', 'Hangzhou'], ['zh', '会议中心']] as const;
const scenarios = [
  ['header', 'header search, typed'],
  ['page', 'search page, ?q= (whole page)'],
] as const;
const rows: (string | number)[][] = [];
const breakdown: (string | number)[][] = [];
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
try {
  step(`measuring first queries in Chromium, ${runs} fresh-browser runs each`);
  for (const [locale, query] of queries) {
    for (const [scenario, label] of scenarios) {
      const measures: Measure[] = [];
      for (let run = 0; run < runs; run += 1) measures.push(await measure(browser, locale, query, scenario));
      const first = measures[0] as Measure;
      rows.push([
        locale,
        query,
        label,
        first.count,
        `${median(measures.map((m) => m.ms)).toFixed(0)} ms`,
        `${Math.max(...measures.map((m) => m.ms)).toFixed(0)} ms`,
        kb(median(measures.map((m) => m.bytes))),
        `${first.chunks} / ${first.fragments}`,
      ]);
      breakdown.push([locale, label, ...[...first.byKind].sort(([, a], [, b]) => b - a).map(([kind, bytes]) => `${kind} ${kb(bytes)}`)]);
    }
  }
} finally {
  await browser.close();
  relay.close();
  server.kill();
}

const report = [
  '# Search benchmark report',
  '',
  `Machine: ${availableParallelism()} cores, Node ${process.version}, Chromium, served on localhost by scripts/serve.mjs (gzip). ${runs} fresh-browser runs per row.`,
  reuse ? '' : `Corpus: ${entityPageCount(size)} entity pages (${size.cities} cities × ${size.venuesPerCity} venues × ${size.newsPerCity} news, both languages), built in ${buildSeconds.toFixed(0)} s; Pagefind indexed ${index.pages} pages in ${index.seconds.toFixed(1)} s, index ${kb(index.bytes)} on disk.`,
  '',
  table(['language', 'query', 'how', 'results', 'first results (median)', 'slowest', 'bytes transferred (median)', 'index chunks / result texts'], rows),
  '',
  'Header search: from the last keystroke to the results of the whole query, and every byte from opening search until then. Search page: from navigation to the first results, every byte of the page.',
  '',
  'Bytes by kind, first run (as the browser reports them):',
  '',
  ...breakdown.map((line) => `- ${line[0]}, ${line[1]}: ${line.slice(2).join(', ')}`),
  '',
  'Targets for a first query: ≤ 300 ms and ≤ 150 KB (1 KB = 1,024 bytes).',
  '',
].join('\n');
console.log(`\n${report}`);
if (!reuse) {
  writeFileSync('bench/search-report.md', report);
  console.log('Written to bench/search-report.md');
}
