import { describe, expect, it } from 'vitest';
import { hostOf, linkProblem, onDomain, publisherRegistry } from './publishers.ts';

const registry = publisherRegistry.parse([
  { name: { en: 'Xinhua News Agency', zh: '新华社' }, domains: ['news.cn', 'xinhuanet.com'] },
  { name: { en: 'Wikipedia', zh: '维基百科' }, domains: ['wikipedia.org'] },
]);

describe('publisher domains', () => {
  it('reads the host without www.', () => {
    expect(hostOf('https://www.News.cn/politics/1.htm')).toBe('news.cn');
  });
  it('accepts a subdomain of a listed domain, not a look-alike', () => {
    expect(onDomain('https://english.news.cn/a', 'news.cn')).toBe(true);
    expect(onDomain('https://fakenews.cn/a', 'news.cn')).toBe(false);
  });
  it('lets a source link its publisher’s own address', () => {
    expect(linkProblem(registry, { en: 'Xinhua News Agency', zh: '新华社' }, 'http://www.xinhuanet.com/x.htm')).toBeUndefined();
    expect(linkProblem(registry, { en: 'Wikipedia', zh: '维基百科' }, 'https://zh.wikipedia.org/wiki/国家会议中心')).toBeUndefined();
  });
  it('refuses a copy on an unrelated site, naming the publisher’s domains and readAt', () => {
    const problem = linkProblem(registry, { en: 'Xinhua News Agency', zh: '新华社' }, 'http://m.sdxingchenyiyao.com/news/1.html');
    expect(problem).toContain('m.sdxingchenyiyao.com is not an address of Xinhua News Agency');
    expect(problem).toContain('news.cn, xinhuanet.com');
    expect(problem).toContain('readAt');
  });
  it('refuses a link for a publisher the registry does not list', () => {
    expect(linkProblem(registry, { en: 'Some Blog', zh: '某博客' }, 'https://blog.example.org/')).toContain('does not list "Some Blog"');
  });
  it('refuses a domain written with https:// or www.', () => {
    expect(publisherRegistry.safeParse([{ name: { en: 'A', zh: '甲' }, domains: ['https://a.org'] }]).success).toBe(false);
    expect(publisherRegistry.safeParse([{ name: { en: 'A', zh: '甲' }, domains: ['www.a.org'] }]).success).toBe(false);
  });
});
