import { describe, expect, it } from 'vitest';
import { groupAmbassadors } from './ambassadors.ts';

const label = (en: string, zh: string) => ({ en, zh });
const city = (slug: string, programme = false) => ({
  slug,
  record: { name: label(slug, slug), conventionAmbassadors: programme ? { value: 53, year: 2018 } : null },
});
const ambassador = (slug: string, cityslug: string, field?: [string, string]) => ({
  slug,
  facts: { city: cityslug, name: label(slug, slug), ...(field ? { field: label(...field) } : {}) },
});

describe('groupAmbassadors', () => {
  it('groups by city, then by field in the page’s language', () => {
    const groups = groupAmbassadors(
      [ambassador('b', 'hangzhou', ['Medicine', '医学']), ambassador('a', 'hangzhou', ['Medicine', '医学']), ambassador('c', 'hangzhou', ['Engineering', '工程'])],
      [city('hangzhou')],
      'en',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.fields.map((f) => [f.field, f.members.map((m) => m.slug)])).toEqual([
      ['Engineering', ['c']],
      ['Medicine', ['a', 'b']],
    ]);
  });
  it('puts ambassadors whose source names no field last, under no field', () => {
    const groups = groupAmbassadors([ambassador('x', 'hangzhou'), ambassador('y', 'hangzhou', ['Medicine', '医学'])], [city('hangzhou')], 'en');
    expect(groups[0]?.fields.map((f) => [f.field, f.members.map((m) => m.slug)])).toEqual([
      ['Medicine', ['y']],
      [null, ['x']],
    ]);
  });
  it('keeps a city with a programme but no named ambassadors, drops one with neither', () => {
    const groups = groupAmbassadors([], [city('hangzhou', true), city('sanya')], 'zh');
    expect(groups.map((g) => g.city.slug)).toEqual(['hangzhou']);
  });
});
