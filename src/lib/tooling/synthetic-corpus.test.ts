import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../build/content-check.ts';
import { entityPageCount, syntheticCorpus } from './synthetic-corpus.ts';

describe('syntheticCorpus', () => {
  it('is valid content the build accepts', () => {
    const project = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      for (const [path, text] of syntheticCorpus({ cities: 3, venuesPerCity: 2, newsPerCity: 2 })) {
        const file = join(project, 'content', path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      const { problems, entities } = checkContent(join(project, 'content'), project);
      expect(problems).toEqual([]);
      expect(entities.filter((e) => e.kind === 'venues')).toHaveLength(6);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
  it('is the same for the same seed', () => {
    const size = { cities: 2, venuesPerCity: 1, newsPerCity: 1 };
    expect([...syntheticCorpus(size)]).toEqual([...syntheticCorpus(size)]);
  });
  it('builds paragraphs from the given sentences, and stays valid content', () => {
    const prose = { en: ['The first real sentence is here.', 'A second sentence follows it.'], zh: ['这是第一句话。', '这是第二句话。'] };
    const files = syntheticCorpus({ cities: 1, venuesPerCity: 1, newsPerCity: 1 }, { prose });
    const body = (path: string) => (files.get(path) ?? '').split('---\n')[2] ?? '';
    const enWords = body('venues/venue-0-0/en.mdx').split(/\s+/).filter(Boolean);
    expect(enWords.length).toBeGreaterThan(0);
    for (const word of enWords) expect(prose.en.join(' ').split(' ')).toContain(word);
    expect(body('cities/city-0/zh.mdx').replace(/\s/g, '').replace(/这是第[一二]句话。/g, '')).toBe('');
  });
  it('counts the pages it makes', () => {
    expect(entityPageCount({ cities: 100, venuesPerCity: 20, newsPerCity: 2 })).toBe(4600);
  });
});
