// npm run audit: Lighthouse (mobile) on home, a city, a venue and a news page in both languages,
// against the built site served locally with compression. Prints the four category scores.
// Targets: performance ≥ 98, accessibility, best practices and SEO 100.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';
import { table } from './lib/measure.ts';

if (!existsSync('dist/index.html')) {
  console.error('No build found: run npm start or npm run build -- --local first.');
  process.exit(1);
}
const venue = readdirSync('dist/en/venues', { withFileTypes: true }).find((d) => d.isDirectory())?.name;
const news = readdirSync('dist/en/news', { withFileTypes: true }).find((d) => d.isDirectory())?.name;
const paths = ['en', 'zh'].flatMap((l) => [`/${l}/`, `/${l}/cities/hangzhou/`, `/${l}/venues/${venue}/`, `/${l}/news/${news}/`]);

const port = 4350;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--disable-gpu', ...chromiumArgs()],
});
const rows: (string | number)[][] = [];
try {
  for (const path of paths) {
    process.stdout.write(`… ${path}\n`);
    const result = await lighthouse(`http://localhost:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    rows.push([path, score('performance'), score('accessibility'), score('best-practices'), score('seo')]);
  }
} finally {
  chrome.kill();
  server.kill();
}
console.log(`\n${table(['page (mobile)', 'performance', 'accessibility', 'best practices', 'SEO'], rows)}`);
console.log('\nTargets: performance ≥ 98; accessibility, best practices and SEO 100.');
