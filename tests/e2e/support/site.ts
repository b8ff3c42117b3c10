/** What the browser tests know about the built site, read from dist/ as a visitor's crawler would. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

export const distDir = process.env.DIST_DIR || 'dist';

/** Every HTML page of the built site as a URL path (`/en/cities/hangzhou/`), 404 page included. */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

export function openData<T>(name: 'venues' | 'cities'): T[] {
  return JSON.parse(readFileSync(join(distDir, 'data', `${name}.json`), 'utf8')) as T[];
}

/** The text Pagefind indexed for each page, by URL path, read from the built index's fragments. */
export function indexedTexts(dir = distDir): Map<string, string> {
  const folder = join(dir, 'pagefind', 'fragment');
  const texts = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    // Each fragment is gzip around a 12-byte signature (`pagefind_dcd`) and the page's JSON.
    const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, name))).toString('utf8').slice('pagefind_dcd'.length)) as { url: string; content: string };
    texts.set(fragment.url, fragment.content);
  }
  return texts;
}

/** Records every request the page makes to another origin; read `.urls` after the visit. */
export function recordOffOriginRequests(page: Page, origin: string) {
  const urls: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) urls.push(url);
  });
  return { urls };
}

export const locales = ['en', 'zh'] as const;
export const htmlLang = { en: 'en', zh: 'zh-CN' } as const;
