/** The built site's pages as the tests read them from dist/ on disk: parsed once, queried with the islands' selectors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileForPath } from '../../../src/lib/tooling/html-audit.ts';
import { distDir } from './site.ts';

const parsed = new Map<string, HTMLElement>();

/** The page at a URL path (`/en/cities/hangzhou/`), parsed; throws when dist/ has no such page. */
export function builtPage(path: string, dir = distDir): HTMLElement {
  const file = join(dir, fileForPath(path) ?? path);
  let root = parsed.get(file);
  if (!root) {
    root = parse(readFileSync(file, 'utf8'));
    parsed.set(file, root);
  }
  return root;
}

/** Text as a reader sees it: entities decoded, runs of white space as one space. */
export const textOf = (element: HTMLElement) => element.textContent.replace(/\s+/g, ' ').trim();
