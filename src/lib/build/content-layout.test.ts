import { describe, expect, it } from 'vitest';
import { factsPath, proseGlob, prosePath } from './content-layout.ts';

describe('content layout', () => {
  it('puts a folder entity’s facts and prose in its folder, a file entity in one file', () => {
    expect(factsPath('venues', 'cncc')).toBe('venues/cncc/venue.yaml');
    expect(factsPath('events', 'roadshow-2019')).toBe('events/roadshow-2019.yaml');
    expect(prosePath('pages', 'about', 'zh')).toBe('pages/about/zh.mdx');
  });
  it('globs every prose file of every kind with prose, in both languages', () => {
    expect(proseGlob).toBe('{cities,venues,news,pages}/*/{en,zh}.mdx');
  });
});
