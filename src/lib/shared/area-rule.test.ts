import { describe, expect, it } from 'vitest';
import { dictionary } from '../../i18n/ui.ts';
import { areaPerPerson, estimateByArea, leastAreaPerSeat, mostSeatedByArea, ruleSources, seatedLayout } from './area-rule.ts';

describe('the planning rule behind estimates from area', () => {
  it('takes the standards’ figures as written: 1.00 m² a person without tables, 2.00 at tables, 1.5–2.0 in a banquet hall', () => {
    expect(areaPerPerson).toEqual({
      theatre: { m2: [1, 1], source: 'office' },
      classroom: { m2: [2, 2], source: 'office' },
      banquet: { m2: [1.5, 2], source: 'hotel' },
    });
    expect(leastAreaPerSeat).toBe(1);
    expect(ruleSources.office).toMatchObject({ code: 'JGJ/T 67-2019', year: 2019, title: { zh: '办公建筑设计标准' } });
    expect(ruleSources.hotel).toMatchObject({ code: 'JGJ 62-2014', year: 2014, title: { zh: '旅馆建筑设计规范' } });
  });
  it('is cited on the page with the same figures and codes, in both languages', () => {
    const en = dictionary('en')['brief.areaRule'];
    const zh = dictionary('zh')['brief.areaRule'];
    for (const text of [en, zh]) for (const figure of ['2.00', '1.00', 'JGJ/T 67-2019', 'JGJ 62-2014']) expect(text).toContain(figure);
    expect(en).toContain('1.5–2.0 m² a person');
    expect(zh).toContain('每人1.5～2.0平方米');
    expect(zh).toContain('《办公建筑设计标准》');
    expect(zh).toContain('《旅馆建筑设计规范》');
  });
});

describe('estimateByArea', () => {
  it('a range where the rule gives one (banquet), one figure where it gives one (theatre, classroom)', () => {
    expect(estimateByArea(1200, 'banquet')).toEqual([600, 800]);
    expect(estimateByArea(1440, 'theatre')).toEqual([1440, 1440]);
    expect(estimateByArea(1441, 'classroom')).toEqual([720, 720]);
  });
  it('no estimate for a layout the rule gives no figure for', () => {
    expect(estimateByArea(1000, 'reception')).toBeNull();
    expect(estimateByArea(1000, 'u_shape')).toBeNull();
  });
  it('the most a room seats in any layout is its area at 1.00 m² a person; a standing reception is not bounded', () => {
    expect(mostSeatedByArea(730.5)).toBe(730);
    expect(seatedLayout('reception')).toBe(false);
    expect(seatedLayout('boardroom')).toBe(true);
  });
});
