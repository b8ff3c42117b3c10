/**
 * The published planning rule behind every estimate from a room's area: the floor area a person
 * takes in a layout, from two design standards of the PRC Ministry of Housing and Urban-Rural
 * Development, copied as written (docs/matching.md quotes them). An estimate is never a capacity:
 * it is worked out where it is shown, never stored or exported as a figure, and never proves a fit.
 */
import type { Layout } from './seating.ts';

/** A standard the rule takes a figure from, cited by publisher, title, code and year. */
export interface RuleSource {
  code: string;
  publisher: { en: string; zh: string };
  title: { en: string; zh: string };
  year: number;
}

const publisher = { en: 'Ministry of Housing and Urban-Rural Development of the PRC', zh: '中华人民共和国住房和城乡建设部' };

export const ruleSources = {
  // 中、小会议室每人使用面积：有会议桌的不应小于2.00m²/人，无会议桌的不应小于1.00m²/人
  office: { code: 'JGJ/T 67-2019', publisher, title: { en: 'Standard for design of office building', zh: '办公建筑设计标准' }, year: 2019 },
  // 宴会厅、多功能厅的人数宜按1.5m²/人～2.0m²/人计（第4.3.3条）
  hotel: { code: 'JGJ 62-2014', publisher, title: { en: 'Code for design of hotel building', zh: '旅馆建筑设计规范' }, year: 2014 },
} as const satisfies Record<string, RuleSource>;

/**
 * Square metres a person, [least, most], for the layouts a standard gives a figure for: seats
 * without tables (theatre) and at tables (classroom) from the office standard's meeting rooms, a
 * banquet from the hotel code's banquet halls. Other layouts get no estimate.
 */
export const areaPerPerson: Partial<Record<Layout, { m2: readonly [number, number]; source: keyof typeof ruleSources }>> = {
  theatre: { m2: [1, 1], source: 'office' },
  classroom: { m2: [2, 2], source: 'office' },
  banquet: { m2: [1.5, 2], source: 'hotel' },
};

/** The least area a seated person takes in the rule (seats without tables): fewer m² than this a person rules a room out. */
export const leastAreaPerSeat = 1;

/** A standing reception is not in the rule: area neither estimates nor rules out its numbers. */
export const seatedLayout = (layout: Layout) => layout !== 'reception';

/** People a room of `area` m² takes in `layout` under the rule: [fewest, most], or null when the rule gives no figure. */
export function estimateByArea(area: number, layout: Layout): [number, number] | null {
  const rule = areaPerPerson[layout];
  return rule ? [Math.floor(area / rule.m2[1]), Math.floor(area / rule.m2[0])] : null;
}

/** The most people a room of `area` m² seats in any layout under the rule's least area a seat. */
export const mostSeatedByArea = (area: number) => Math.floor(area / leastAreaPerSeat);
