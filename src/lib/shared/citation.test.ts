import { describe, expect, it } from 'vitest';
import { citation } from './citation.ts';

const xinhua = { publisher: { en: 'Xinhua News Agency', zh: '新华社' }, title: '国家会议中心二期投用', published: '2024-12-01' };

describe('citation', () => {
  it('names the publisher and the year, in each language’s punctuation', () => {
    expect(citation(xinhua, 'en')).toBe('Xinhua News Agency (2024)');
    expect(citation(xinhua, 'zh')).toBe('新华社（2024年）');
  });
  it('adds the title when asked, as each language quotes a title', () => {
    expect(citation(xinhua, 'en', true)).toBe('Xinhua News Agency, “国家会议中心二期投用” (2024)');
    expect(citation(xinhua, 'zh', true)).toBe('新华社《国家会议中心二期投用》（2024年）');
  });
  it('leaves the year out when the source is undated, and never gives an address', () => {
    const undated = { ...xinhua, published: null, title: null };
    expect(citation(undated, 'en', true)).toBe('Xinhua News Agency');
    expect(citation(undated, 'zh')).toBe('新华社');
  });
  it('does not double the title marks of a title published with them', () => {
    expect(citation({ ...xinhua, title: '《三亚市会展业资金管理办法》' }, 'zh', true)).toBe('新华社《三亚市会展业资金管理办法》（2024年）');
  });
});
