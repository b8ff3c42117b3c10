import { describe, expect, it } from 'vitest';
import { layouts } from './seating.ts';
import labels from './vocabulary-labels.json' with { type: 'json' };
import { eventKinds, newsKinds, regions, venueStatusKinds, venueTypes } from './vocabulary.ts';

const lists = { layout: layouts, venueType: venueTypes, region: regions, newsKind: newsKinds, eventKind: eventKinds, venueStatus: venueStatusKinds };

describe('vocabulary labels', () => {
  it('name every value of every closed list, in list order, and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual(Object.keys(lists).sort());
    for (const [name, list] of Object.entries(lists)) expect(Object.keys(labels[name as keyof typeof lists]), name).toEqual([...list]);
  });
  it('give each a name in both languages', () => {
    for (const table of Object.values(labels)) {
      for (const [key, label] of Object.entries<{ en: string; zh: string }>(table)) {
        expect(label.en.trim(), key).not.toBe('');
        expect(label.zh.trim(), key).not.toBe('');
      }
    }
  });
  it('use the meetings industry’s Chinese layout names', () => {
    expect(layouts.map((layout) => labels.layout[layout].zh)).toEqual(['剧院式', '课桌式', '宴会式', '酒会式', 'U字型', '回字型', '董事会式']);
  });
});
