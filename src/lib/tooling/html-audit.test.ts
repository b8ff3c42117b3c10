import { describe, expect, it } from 'vitest';
import { cssClassNames, fileForPath, pageFacts } from './html-audit.ts';

describe('pageFacts', () => {
  const html = `<!doctype html><html lang="zh-CN"><head><title>杭州 | 联盟</title>
<meta name="description" content="杭州简介">
<link rel="canonical" href="https://x.org/zh/cities/hangzhou/">
<link rel="alternate" hreflang="en" href="https://x.org/en/cities/hangzhou/">
<link rel="alternate" hreflang="zh-CN" href="https://x.org/zh/cities/hangzhou/">
<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script></head>
<body><h1 id="top">杭州</h1><a href="/zh/venues/?city=hangzhou&amp;seats=1">x</a><a href="#top">t</a><img src="/a.png" alt=""></body></html>`;
  const facts = pageFacts(html);
  it('reads the head fields', () => {
    expect(facts.lang).toBe('zh-CN');
    expect(facts.title).toBe('杭州 | 联盟');
    expect(facts.description).toBe('杭州简介');
    expect(facts.canonical).toBe('https://x.org/zh/cities/hangzhou/');
    expect(facts.hreflangs).toEqual(['en', 'zh-CN']);
    expect(facts.h1Count).toBe(1);
  });
  it('collects links, sources and ids', () => {
    expect(facts.links).toEqual(['/zh/venues/?city=hangzhou&seats=1', '#top']);
    expect(facts.sources).toEqual(['/_astro/a.css', '/_astro/b.js', '/a.png']);
    expect([...facts.ids]).toEqual(['top']);
  });
});

describe('fileForPath', () => {
  it('maps pages and files to what dist/ holds', () => {
    expect(fileForPath('/en/')).toBe('/en/index.html');
    expect(fileForPath('/en/venues/?seats=1')).toBe('/en/venues/index.html');
    expect(fileForPath('/en/rss.xml')).toBe('/en/rss.xml');
    expect(fileForPath('/en/about')).toBe('/en/about/index.html');
  });
  it('ignores other origins and schemes', () => {
    expect(fileForPath('https://uri.amap.com/marker')).toBeUndefined();
    expect(fileForPath('tel:+86')).toBeUndefined();
    expect(fileForPath('//cdn.example/x.js')).toBeUndefined();
  });
});

describe('cssClassNames', () => {
  it('reads class names from selectors, escapes undone, and nothing from declarations', () => {
    const css = `/* .comment */.card{padding:.5rem}@media (width>=40rem){.sm\\:grid-cols-\\[10rem_minmax\\(0\\,1fr\\)\\]{grid-template-columns:10rem minmax(0,1fr)}}
.prose>*+*{margin-top:1.25rem}.hover\\:bg-ink-50:hover,.w-1\\/2{width:50%}.\\32 xl\\:p-4{padding:1rem}`;
    expect([...cssClassNames(css)].sort()).toEqual(['2xl:p-4', 'card', 'hover:bg-ink-50', 'prose', 'sm:grid-cols-[10rem_minmax(0,1fr)]', 'w-1/2']);
  });
});
