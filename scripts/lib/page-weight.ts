// Page weight of built pages: HTML, and the CSS and JS each page loads up front, gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileForPath, pageFacts } from '../../src/lib/html-audit.ts';
import { gzipBytes } from './measure.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

/** Gzipped bytes a first visit to `page` downloads before any interaction (dynamic imports excluded). */
export function pageWeight(dist: string, page: string): PageWeight {
  const htmlFile = join(dist, fileForPath(page) ?? page);
  const facts = pageFacts(readFileSync(htmlFile, 'utf8'));
  const sum = (suffix: string) =>
    facts.sources
      .filter((src) => src.split('?')[0]?.endsWith(suffix))
      .map((src) => join(dist, src))
      .filter((path) => existsSync(path))
      .reduce((total, path) => total + gzipBytes(path) + staticImports(dist, path), 0);
  return { html: gzipBytes(htmlFile), css: sum('.css'), js: sum('.js') };
}

/** Gzipped bytes of the chunks a module imports statically (what the browser fetches with it). */
function staticImports(dist: string, modulePath: string, seen = new Set<string>()): number {
  const code = readFileSync(modulePath, 'utf8');
  let total = 0;
  for (const match of code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1] as string;
    const path = spec.startsWith('/') ? join(dist, spec) : join(modulePath, '..', spec);
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    total += gzipBytes(path) + staticImports(dist, path, seen);
  }
  return total;
}
