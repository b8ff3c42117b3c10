/**
 * Recognising a capacity chart's column headers, as venues write them in Chinese or English:
 * 面积（㎡）, Size (sqm), 剧院式 Theatre, U字型, 长×宽 … Each header names one room field.
 */
import type { Layout } from '../../shared/seating.ts';
import { collapseSpace, splitByScript } from './script.ts';

export type ColumnField =
  /** The room's name; `lang` when the column holds one language only. */
  | { field: 'name'; lang?: 'en' | 'zh' }
  | { field: 'area' }
  /** "40×30": length × width, or length × width × height. */
  | { field: 'dimensions'; withHeight: boolean }
  | { field: 'length' }
  | { field: 'width' }
  | { field: 'ceiling' }
  | { field: 'layout'; layout: Layout }
  /** "容纳人数", "Capacity": up to N people, layout not stated. */
  | { field: 'upTo' }
  /** The room this row is a section of, by name. */
  | { field: 'partOf' }
  /** 序号, No.: the chart's own row numbering, not a fact. */
  | { field: 'index' };

/**
 * Header text as a lookup key: full-width forms and ㎡ folded (NFKC), lower case, without spaces,
 * dots, hyphens or underscores. `Hollow square` → `hollowsquare`, `U-shape` → `ushape`.
 */
export function headerKey(text: string): string {
  return collapseSpace(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s.\-_'’:：]/gu, '')
    .replace(/[x*✕]/gu, (mark, offset: number, whole: string) => (isBetweenLetters(whole, offset) ? '×' : mark));
}

/** `长x宽`, `l*w`: an x or * between two one-letter words is a times sign. */
function isBetweenLetters(text: string, offset: number): boolean {
  const before = text[offset - 1] ?? '';
  const after = text[offset + 1] ?? '';
  return /^[长宽高lwh]$/u.test(before) && /^[长宽高lwh]$/u.test(after);
}

const layoutAliases: Record<Layout, string[]> = {
  theatre: ['剧院式', '剧院型', '剧院', '剧场式', '剧场型', 'theatre', 'theater', 'theatrestyle', 'theaterstyle', 'auditorium'],
  classroom: ['课桌式', '课桌型', '课桌', '教室式', 'classroom', 'classroomstyle', 'schoolroom'],
  banquet: ['宴会式', '宴会型', '宴会', '中式宴会', '圆桌式', '圆桌宴会', 'banquet', 'banquetrounds', 'rounds', 'banquetstyle', 'dinner'],
  reception: ['酒会式', '酒会', '鸡尾酒会', '鸡尾酒会式', '鸡尾酒式', 'reception', 'cocktail', 'cocktailreception', 'cocktails', 'standingreception'],
  u_shape: ['u型', 'u字型', 'u字形', 'u形', 'u型桌', 'u型式', 'ushape', 'ushaped', 'ushapestyle'],
  hollow_square: ['回字型', '回字形', '回型', '回形', '口字型', 'hollowsquare'],
  boardroom: ['董事会式', '董事会', '董事会型', '会见式', '会见', 'boardroom', 'boardroomstyle'],
};

const aliases: [ColumnField, string[]][] = [
  [{ field: 'name' }, ['会议室', '会议室名称', '会议厅', '厅名', '厅名称', '厅室', '名称', '场地', '场地名称', '功能厅', '房间', 'room', 'rooms', 'roomname', 'name', 'functionroom', 'functionrooms', 'functionspace', 'meetingroom', 'meetingrooms', 'meetingspace', 'venue', 'space', 'hall']],
  [{ field: 'name', lang: 'en' }, ['英文名称', '英文名', '英文', 'englishname', 'nameen', 'nameenglish', 'roomen', 'roomenglish']],
  [{ field: 'name', lang: 'zh' }, ['中文名称', '中文名', '中文', 'chinesename', 'namecn', 'namezh', 'namechinese', 'roomcn', 'roomzh', 'roomchinese']],
  [{ field: 'area' }, ['面积', '使用面积', '场地面积', 'area', 'size', 'floorarea']],
  [{ field: 'dimensions', withHeight: false }, ['长×宽', '长宽', '尺寸', '长×宽尺寸', 'dimensions', 'dimension', 'l×w', 'length×width', 'size(m)']],
  [{ field: 'dimensions', withHeight: true }, ['长×宽×高', 'l×w×h', 'length×width×height', 'dimensions(l×w×h)']],
  [{ field: 'length' }, ['长', '长度', 'length']],
  [{ field: 'width' }, ['宽', '宽度', 'width']],
  [{ field: 'ceiling' }, ['层高', '净高', '高度', '高', '天花高度', 'ceiling', 'ceilingheight', 'clearheight', 'height', 'headroom']],
  ...Object.entries(layoutAliases).map(([layout, names]): [ColumnField, string[]] => [{ field: 'layout', layout: layout as Layout }, names]),
  [{ field: 'upTo' }, ['容纳人数', '可容纳人数', '最大容纳人数', '容量', '人数', 'capacity', 'maxcapacity', 'maximumcapacity', 'upto', 'maxpax', 'pax']],
  [{ field: 'partOf' }, ['所属', '所属区域', '所属会议室', '所属厅', '所属场地', '隶属', 'partof', 'sectionof', 'parentroom']],
  [{ field: 'index' }, ['序号', 'no', '#', 'sn', 's/n', '编号']],
];

const byKey = new Map(aliases.flatMap(([field, keys]) => keys.map((key): [string, ColumnField] => [headerKey(key), field])));

/** Units written after a header ("面积（㎡）", "Theatre (pax)", "Area m2"): read, then set aside. */
const unitSuffix = /(?:m2|sqm|sqmetres|sqmeters|平方米|平米|m|米|pax|persons|people|seats|人|位)$/u;
const areaUnit = /^(m2|sqm|sqmetres|sqmeters|平方米|平米)$/u;

function withoutBrackets(text: string): { base: string; inside: string } {
  const match = /^(.*?)[(（[【]([^)）\]】]*)[)）\]】]\s*$/u.exec(text);
  return match ? { base: match[1] ?? '', inside: match[2] ?? '' } : { base: text, inside: '' };
}

function lookUp(text: string): ColumnField | undefined {
  const { base, inside } = withoutBrackets(text.normalize('NFKC').trim());
  const key = headerKey(base);
  const unit = headerKey(inside);
  // "Name (EN)", "Size (m)": the bracket tells the field, not only the unit.
  const specific = byKey.get(headerKey(`${base}(${inside})`)) ?? byKey.get(`${key}${unit}`);
  if (inside && specific) return specific;
  if (/^(名称|name|room|roomname)$/u.test(key) && /^(en|english|英文)$/u.test(unit)) return { field: 'name', lang: 'en' };
  if (/^(名称|name|room|roomname)$/u.test(key) && /^(cn|zh|chinese|中文)$/u.test(unit)) return { field: 'name', lang: 'zh' };
  if (/^(size|space|area|面积|场地)$/u.test(key) && areaUnit.test(unit)) return { field: 'area' };
  if (/^(size|尺寸)$/u.test(key) && /^(m|米)$/u.test(unit)) return { field: 'dimensions', withHeight: false };
  return byKey.get(key) ?? byKey.get(key.replace(unitSuffix, ''));
}

function sameField(a: ColumnField, b: ColumnField): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The room field a header names, or undefined when the import does not know it. A header in both
 * languages ("剧院式 Theatre") is known when both halves name the same field.
 */
export function recognizeHeader(text: string): ColumnField | undefined {
  const whole = lookUp(text);
  if (whole) return whole;
  const split = splitByScript(text);
  if (split.kind !== 'both') return undefined;
  const zh = lookUp(split.zh);
  const en = lookUp(split.en);
  return zh && en && sameField(zh, en) ? zh : undefined;
}

/** Layout names as planners write them in English, for the import's messages. */
export const layoutName: Record<Layout, string> = {
  theatre: 'theatre',
  classroom: 'classroom',
  banquet: 'banquet',
  reception: 'reception',
  u_shape: 'U-shape',
  hollow_square: 'hollow square',
  boardroom: 'boardroom',
};

/** The field's name as the import's messages use it. */
export function describeField(field: ColumnField): string {
  switch (field.field) {
    case 'name':
      return field.lang === 'en' ? 'English name' : field.lang === 'zh' ? 'Chinese name' : 'room name';
    case 'layout':
      return layoutName[field.layout];
    case 'dimensions':
      return field.withHeight ? 'length × width × height' : 'length × width';
    case 'upTo':
      return 'up to (layout not stated)';
    case 'partOf':
      return 'part of (section of another room)';
    case 'index':
      return "the chart's row numbers (not imported)";
    default:
      return field.field;
  }
}

/** Examples of headers the import knows, for the message that says a column is unknown. */
export const knownHeaderExamples =
  '会议室/Room, 英文名称, 中文名称, 面积/Area, 长×宽/Dimensions, 长, 宽, 层高/Ceiling height, 剧院式/Theatre, 课桌式/Classroom, 宴会式/Banquet, 酒会式/Reception, U字型/U-shape, 回字型/Hollow square, 董事会式/Boardroom, 容纳人数/Capacity, 所属/Part of, 序号/No.';
