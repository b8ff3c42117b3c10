import { describe, expect, it } from 'vitest';
import { dictionary } from '../../i18n/ui.ts';
import { assessVenue, type EventBrief, type Part } from './brief.ts';
import { openFiltersLine, openPartsText, partLine, partLineText, segmentText, type Phrases, type Wording } from './brief-text.ts';

const unknownFiltersText = (...args: Parameters<typeof openFiltersLine>) => openFiltersLine(...args).map(segmentText).join('');
import { numberFormatter } from './number-format.ts';
import { capacityEvidence } from './venue-filter.ts';
import { completeVenue, roomRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';

const wording = (locale: 'en' | 'zh'): Wording => ({ phrases: dictionary(locale) as unknown as Phrases, locale, formatNumber: numberFormatter(locale) });
const en = wording('en');
const zh = wording('zh');
const sources = [{ id: 'source-1' }, { id: 'b' }, { id: 'c' }];
const text = (w: Wording, part: Part) => partLineText(w, partLine(w, part, sources));

// Shanghai Expo Centre as listed, its halls' figures from the third source.
const expo = venueRecordOf('expo', {
  rooms: [
    roomRecord('red', { name: { en: 'Red Hall', zh: '红厅' }, upTo: 2600, source: 'c' }),
    roomRecord('silver', { name: { en: 'Silver Hall', zh: '银厅' }, area: 7200, upTo: 5000, source: 'c' }),
    roomRecord('gold', { name: { en: 'Gold Hall', zh: '金厅' }, area: 4800, upTo: 3000, source: 'c' }),
    roomRecord('ich', { name: { en: 'International Conference Hall', zh: '国际会议厅' }, upTo: 600, source: 'c' }),
  ],
});
const standard: EventBrief = { plenary: { seats: 1000, layout: 'theatre' }, breakouts: { rooms: 3, seats: 100, layout: 'classroom' } };

describe('one line per part, naming the rooms, their figures and sources', () => {
  const [plenary, breakouts] = assessVenue(expo, standard, null).parts as [Part, Part];
  it('in English, as a planner reads it', () => {
    expect(text(en, plenary)).toBe('Plenary 1,000 theatre (indicated): Silver Hall, up to 5,000 (layout not stated) [3]');
    expect(text(en, breakouts)).toBe('Breakouts 3 × 100 classroom (indicated): International Conference Hall, Red Hall, Gold Hall, up to 600–3,000 (layout not stated) [3]');
  });
  it('in Chinese, with full-width punctuation and Chinese number style', () => {
    expect(text(zh, plenary)).toBe('主会场1000人（剧院式）（数据提示）：银厅，最多5000人（未注明台型）[3]');
    expect(text(zh, breakouts)).toBe('分会场3个，各100人（课桌式）（数据提示）：国际会议厅、红厅、金厅，最多600～3000人（未注明台型）[3]');
  });
  it('a line starts with a capital and its level is given apart, for a badge', () => {
    const line = partLine(en, plenary, sources);
    expect(line).toMatchObject({ level: 'indicated', label: 'Plenary 1,000 theatre' });
    expect(line.label[0]).toMatch(/\p{Lu}/u);
  });
  it('says what is still to be confirmed', () => {
    const a = assessVenue(expo, standard, null);
    expect(openPartsText(en, a.parts)).toBe('Still to confirm with the venue: the plenary, the breakouts');
    expect(openPartsText(zh, a.parts)).toBe('需向场馆确认：主会场、分会场');
  });
});

describe('estimates from area are marked apart, as a range where the rule gives one', () => {
  const venue = completeVenue('v', [roomRecord('ballroom', { name: { en: 'Ballroom', zh: '宴会厅' }, area: 1200, source: 'b' })]);
  it('an estimate is its own segment, never plain text', () => {
    const line = partLine(en, assessVenue(venue, { plenary: { seats: 500, layout: 'banquet' } }, null).parts[0] as Part, sources);
    expect(line.body).toEqual(['Ballroom, ', { estimate: 'about 600–800 banquet by area' }, ' [2]']);
    expect(partLine(zh, assessVenue(venue, { plenary: { seats: 500, layout: 'banquet' } }, null).parts[0] as Part, sources).body).toEqual(['宴会厅，', { estimate: '按面积估算宴会式约600～800人' }, '[2]']);
  });
  it('one figure where the rule gives one', () => {
    const part = assessVenue(venue, { plenary: { seats: 500, layout: 'classroom' } }, null).parts[0] as Part;
    expect(partLine(en, part, sources).body.map(segmentText).join('')).toBe('Ballroom, about 600 classroom by area [2]');
  });
  it('a room ruled out by area says so, as an estimate too', () => {
    const part = assessVenue(venueRecordOf('v', { rooms: [roomRecord('r', { name: { en: 'Ballroom', zh: '宴会厅' }, area: 730 })] }), { plenary: { seats: 1000, layout: 'theatre' } }, null).parts[0] as Part;
    const line = partLine(en, part, sources);
    expect(line.body).toContainEqual({ estimate: '730 m², at most 730 seated by area' });
    expect(line.body.map(segmentText).join('')).toBe('not on file (only 1 room is listed here, and the venue’s total is not on file); largest listed: Ballroom, 730 m², at most 730 seated by area [1]');
  });
});

describe('plurals and counts read right in both languages, never "0 rooms"', () => {
  const one: EventBrief = { plenary: { seats: 100, layout: 'theatre' }, breakouts: { rooms: 1, seats: 20, layout: 'classroom' } };
  it('one breakout, and no rooms listed', () => {
    const [p, b] = assessVenue(venueRecordOf('v'), one, null).parts as [Part, Part];
    expect(text(en, b)).toBe('Breakout 1 × 20 classroom (unknown): not on file (no meeting room is listed here, and the venue’s total is not on file)');
    expect(text(en, p)).not.toMatch(/\b0 rooms?\b/);
    expect(text(zh, p)).toBe('主会场100人（剧院式）（尚无定论）：暂无数据（本站暂未收录会议室，总数不详）');
  });
  it('none of a published total listed: said so, never "0 of 11"', () => {
    const p = assessVenue(venueWithTotal('v', [], 11), { plenary: { seats: 100, layout: 'theatre' } }, null).parts[0] as Part;
    expect(text(en, p)).toBe('Plenary 100 theatre (unknown): not on file (none of its 11 meeting rooms is listed here)');
    expect(text(zh, p)).toBe('主会场100人（剧院式）（尚无定论）：暂无数据（场馆共11间会议室，本站暂未收录）');
  });
  it('rooms beyond a published total, and how many more are needed', () => {
    const venue = venueWithTotal('v', [roomRecord('hall', { name: { en: 'Hall', zh: '大厅' }, capacity: { theatre: 1500 } }), roomRecord('salon', { name: { en: 'Salon', zh: '沙龙' }, capacity: { classroom: 120 } })], 100, true);
    const breakouts = assessVenue(venue, standard, null).parts[1] as Part;
    expect(text(en, breakouts)).toBe('Breakouts 3 × 100 classroom (unknown): Salon, 120 classroom [1]; 2 more not on file (2 of more than 100 meeting rooms listed)');
    expect(text(zh, breakouts)).toBe('分会场3个，各100人（课桌式）（尚无定论）：沙龙，课桌式120人[1]；另需2间，暂无数据（本站收录2间，场馆共逾100间）');
  });
});

describe('what rules a part out', () => {
  it('too few breakout rooms, "such rooms" said', () => {
    const venue = completeVenue('v', [roomRecord('hall', { capacity: { theatre: 1500 } }), roomRecord('s', { capacity: { classroom: 100 } })]);
    const b = assessVenue(venue, standard, null).parts[1] as Part;
    expect(text(en, b)).toBe('Breakouts 3 × 100 classroom (ruled out): at most 1 other room seats 100 in classroom layout; the brief needs 3 such rooms');
    expect(text(zh, b)).toBe('分会场3个，各100人（课桌式）（数据排除）：除主会场外，可按课桌式容纳100人的会议室最多1间，需求为3间');
  });
  it('the venue’s room total', () => {
    const b = assessVenue(venueWithTotal('v', [roomRecord('hall', { capacity: { theatre: 1500 } })], 2), standard, null).parts[1] as Part;
    expect(text(en, b)).toBe('Breakouts 3 × 100 classroom (ruled out): the venue has 2 meeting rooms in all; the brief needs 4');
  });
  it('the plenary on a complete list', () => {
    const p = assessVenue(completeVenue('v', [roomRecord('b', { capacity: { banquet: 800 } })]), { plenary: { seats: 1200, layout: 'banquet' } }, null).parts[0] as Part;
    expect(text(en, p)).toBe('Plenary 1,200 banquet (ruled out): no room takes more than 800 (all its rooms are listed)');
    expect(text(zh, p)).toBe('主会场1200人（宴会式）（数据排除）：单间最多容纳800人（已收录全部会议室）');
  });
});

describe('totals: exhibition space and the city’s hotel rooms', () => {
  const venue = completeVenue('v', [roomRecord('hall', { capacity: { theatre: 1500 } })], { exhibitionSpace: 40000, figureDetails: { exhibitionSpace: { source: 'b', about: false, orMore: false, year: null } } });
  it('exhibition space with its figure and source', () => {
    const [, exhibition] = assessVenue(venue, { plenary: { seats: 1000, layout: 'theatre' }, exhibitionArea: 50000 }, null).parts as [Part, Part];
    expect(text(en, exhibition)).toBe('Exhibition space 50,000 m² (ruled out): 40,000 m² [2]');
    expect(text(zh, exhibition)).toBe('展览面积5万平方米（数据排除）：4万平方米[2]');
  });
  it('a hotel figure for some hotels says what it counts, and is never given as the city’s total', () => {
    const scope = { en: 'rooms in four- and five-star hotels', zh: '四星级和五星级酒店客房' };
    const [, hotels] = assessVenue(venue, { plenary: { seats: 1000, layout: 'theatre' }, cityHotelRooms: 20000 }, { value: 16000, year: 2011, about: true, orMore: false, scope }).parts as [Part, Part];
    expect(text(en, hotels)).toBe('Hotel rooms in the city 20,000 (unknown): about 16,000 rooms in four- and five-star hotels (2011)');
    expect(text(zh, hotels)).toBe('全市酒店客房2万间（尚无定论）：四星级和五星级酒店客房约1.6万间（2011年）');
  });
  it('not on file: the label and its level only', () => {
    const [, hotels] = assessVenue(venue, { plenary: { seats: 1000, layout: 'theatre' }, cityHotelRooms: 500 }, null).parts as [Part, Part];
    expect(text(en, hotels)).toBe('Hotel rooms in the city 500 (unknown)');
  });
});

describe('filters a venue leaves open', () => {
  const cwsw = venueRecordOf('cwsw', { rooms: [roomRecord('summit', { name: { en: 'Summit Ballroom', zh: null }, capacity: { theatre: 1800 } })] });
  it('a largest listed room below the need: its figure, and that other rooms are not listed', () => {
    const { best } = capacityEvidence(cwsw, 'theatre', 3000);
    expect(unknownFiltersText(en, ['minCapacity'], best, sources)).toBe('largest listed room: 1,800 theatre; other rooms not listed (Summit Ballroom [1])');
    expect(unknownFiltersText(zh, ['minCapacity', 'maxAirportKm'], best, sources)).toBe('已收录的最大会议室：剧院式1800人；其余会议室本站暂未收录（Summit Ballroom[1]）；本站暂无距机场距离数据');
  });
  it('an "up to" that points to yes is named with its room', () => {
    const { best } = capacityEvidence(expo, 'theatre', 3000);
    expect(unknownFiltersText(en, ['minCapacity'], best, sources)).toBe('Silver Hall, up to 5,000 (layout not stated) [3]');
  });
  it('an estimate from area stays apart, to be styled as one', () => {
    const { best } = capacityEvidence(venueRecordOf('v', { rooms: [roomRecord('hall', { name: { en: 'Hall', zh: '大厅' }, area: 990 })] }), 'theatre', 900);
    expect(openFiltersLine(en, ['minCapacity'], best, sources)).toEqual(['Hall, ', { estimate: 'about 990 theatre by area' }, ' [1]']);
  });
  it('no figure at all: "not on file", never "not published"', () => {
    expect(unknownFiltersText(en, ['minCapacity', 'minHotelRooms'], undefined, sources)).toBe('no figure on file for seats in the chosen layout, on-site hotel rooms');
    expect(unknownFiltersText(zh, ['minRooms'], undefined, sources)).toBe('本站暂无会议室数量数据');
  });
});

describe('the dictionaries say "not on file" for what the site lacks', () => {
  it('never "not published" or 未公布 in a brief or filter phrase', () => {
    for (const locale of ['en', 'zh'] as const) {
      for (const [key, value] of Object.entries(dictionary(locale))) {
        if (/^(brief|reason|finder|filter)\./.test(key)) expect(value, key).not.toMatch(/not published|未公布/);
      }
    }
  });
});
