// Screenshots of built pages at phone and desktop widths, for looking at changes.
// Usage: node scripts/screenshots.mjs [--base http://localhost:4321] [--out screenshots] /en/ /zh/about/ …
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const base = option('--base', 'http://localhost:4321');
const out = option('--out', 'screenshots');
const paths = args.length > 0 ? args : ['/en/', '/zh/'];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  for (const path of paths) {
    await page.goto(new URL(path, base).href);
    const file = `${out}/${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${label}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
