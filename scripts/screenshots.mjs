// Screenshots of built pages at phone and desktop widths, for looking at changes.
// Usage: node scripts/screenshots.mjs [--base http://localhost:4321] [--out screenshots] [--selector css] [--widths 390,1280] /en/ /zh/about/ …
// --selector shoots the first matching element only (readable at full size); --widths picks the viewports.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findHeadlessChromium } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const base = option('--base', 'http://localhost:4321');
const out = option('--out', 'screenshots');
const selector = option('--selector', undefined);
const widths = option('--widths', '390,1280').split(',').map(Number);
const paths = args.length > 0 ? args : ['/en/', '/zh/'];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findHeadlessChromium(), args: chromiumArgs() });
for (const width of widths) {
  const [label, height] = width < 768 ? ['phone', 844] : ['desktop', 900];
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  for (const path of paths) {
    await page.goto(new URL(path, base).href);
    const file = `${out}/${path.replace(/^\/|\/$/g, '').replace(/[/?&=]/g, '_') || 'root'}-${label}${width}.png`;
    if (selector) await page.locator(selector).first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
