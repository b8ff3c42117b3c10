// Page weight of built pages: HTML, and the CSS and JS each page loads up front, gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileForPath, pageFacts } from '../../src/lib/tooling/html-audit.ts';
import { gzipBytes } from './measure.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

/**
 * The files with `suffix` a first visit to `page` fetches before any interaction: those its HTML
 * names and, for scripts, the chunks they import statically, each once (dynamic imports excluded).
 */
export function upFrontFiles(dist: string, page: string, suffix: '.js' | '.css'): Set<string> {
  const files = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path) || !existsSync(path)) return;
    files.add(path);
    if (suffix !== '.js') return;
    for (const match of readFileSync(path, 'utf8').matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const spec = match[1] as string;
      visit(spec.startsWith('/') ? join(dist, spec) : join(path, '..', spec));
    }
  };
  const facts = pageFacts(readFileSync(join(dist, fileForPath(page) ?? page), 'utf8'));
  for (const src of facts.sources) if (src.split('?')[0]?.endsWith(suffix)) visit(join(dist, src.split('?')[0] as string));
  return files;
}

const gzipTotal = (files: Iterable<string>) => [...files].reduce((total, path) => total + gzipBytes(path), 0);

/** Gzipped bytes a first visit to `page` downloads before any interaction. */
export function pageWeight(dist: string, page: string): PageWeight {
  return { html: gzipBytes(join(dist, fileForPath(page) ?? page)), css: gzipTotal(upFrontFiles(dist, page, '.css')), js: gzipTotal(upFrontFiles(dist, page, '.js')) };
}

/** Gzipped bytes of the scripts `page` loads up front beyond those `basePage` (any plain page) loads: its own scripts. */
export function ownScriptBytes(dist: string, page: string, basePage: string): number {
  const shared = upFrontFiles(dist, basePage, '.js');
  return gzipTotal([...upFrontFiles(dist, page, '.js')].filter((file) => !shared.has(file)));
}

/**
 * Gzipped bytes of the scripts `page` loads on demand through `import()` (with the chunks they import
 * statically), beyond what it loads up front and what `basePage` loads: what using those parts adds.
 */
export function onDemandScriptBytes(dist: string, page: string, basePage: string): number {
  const upFront = upFrontFiles(dist, page, '.js');
  const shared = upFrontFiles(dist, basePage, '.js');
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path) || upFront.has(path) || shared.has(path) || !existsSync(path)) return;
    loaded.add(path);
    for (const match of readFileSync(path, 'utf8').matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) visit(join(path, '..', match[1] as string));
  };
  for (const file of upFront) if (!shared.has(file)) for (const match of readFileSync(file, 'utf8').matchAll(/import\(\s*[`"'](\.[^`"']+)[`"']\s*\)/g)) visit(join(file, '..', match[1] as string));
  return gzipTotal(loaded);
}
