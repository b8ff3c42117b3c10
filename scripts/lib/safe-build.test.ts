import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFileOfRoute, editorLogLine, stagingFolders, swapIntoPlace } from './safe-build.ts';

describe('swapIntoPlace', () => {
  const site = (dir: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), text);
  };

  it('replaces the old site with the new one and removes the old', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    const out = join(root, 'dist');
    const { staging, previous } = stagingFolders(out);
    site(out, 'old');
    site(staging, 'new');
    swapIntoPlace(staging, out, previous);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(previous)).toBe(false);
  });

  it('the first build, with no old site', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    const out = join(root, 'dist');
    const { staging, previous } = stagingFolders(out);
    site(staging, 'new');
    swapIntoPlace(staging, out, previous);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('puts the old site back when the new one cannot move in', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    const out = join(root, 'dist');
    const { staging, previous } = stagingFolders(out);
    site(out, 'old');
    expect(() => swapIntoPlace(staging, out, previous)).toThrow();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
  });
});

describe('editorLogLine', () => {
  const project = '/work/site';
  const content = '/work/site/content';
  const exists = (path: string) => ['/work/site/content/news/2019-x/en.mdx', '/work/site/content/pages/about/zh.mdx'].includes(path);

  it('leaves out stack frames and the "Stack trace:" heading', () => {
    expect(editorLogLine('    at TransformPluginContextImpl.handler (file:///x.js:64:17)', project, content)).toBeUndefined();
    expect(editorLogLine('\x1b[2m    at async plugin (x.mjs:1:1)\x1b[22m', project, content)).toBeUndefined();
    expect(editorLogLine('  Stack trace:', project, content)).toBeUndefined();
  });

  it('keeps the message and its location, relative to the project', () => {
    expect(editorLogLine('    /work/site/content/news/2019-x/en.mdx:7:6', project, content)).toBe('    content/news/2019-x/en.mdx:7:6');
    expect(editorLogLine('7:6: Unexpected end of file in expression', project, content)).toBe('7:6: Unexpected end of file in expression');
  });

  it('names the content file of a page that failed to render', () => {
    expect(editorLogLine('[ERROR] [build] Caught error rendering /en/news/2019-x/: Error: boom', project, content, exists)).toBe(
      '[ERROR] [build] Caught error rendering /en/news/2019-x/: Error: boom (the page shows content/news/2019-x/en.mdx)',
    );
  });

  it('an untranslated page shows the other language\'s file; a page with no content file names none', () => {
    expect(contentFileOfRoute('/en/about/', content, exists)).toBe('/work/site/content/pages/about/zh.mdx');
    expect(contentFileOfRoute('/en/venues/', content, exists)).toBeUndefined();
    expect(contentFileOfRoute('/data/venues.json', content, exists)).toBeUndefined();
  });
});
