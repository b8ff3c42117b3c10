import { describe, expect, it } from 'vitest';
import { dictionary } from '../../i18n/ui.ts';
import { numberFormatter } from './number-format.ts';
import { reasonsText, reasonText, unknownFiltersText } from './reason-text.ts';
import { roomRecord } from '../testing/records.ts';

const enNumber = numberFormatter('en');
const zhNumber = numberFormatter('zh');
const en = dictionary('en');
const zh = dictionary('zh');
const say = (reason: Parameters<typeof reasonText>[0]) => [reasonText(reason, en, 'en', enNumber), reasonText(reason, zh, 'zh', zhNumber)];

describe('what to confirm, in figures, in both languages', () => {
  it('rooms beyond the list: "3 of more than 100 meeting rooms listed"', () => {
    expect(say({ kind: 'rooms-unlisted', listed: 3, total: 100, orMore: true })).toEqual(['3 of more than 100 meeting rooms listed', '本站收录3间会议室（场馆共逾100间）']);
    expect(say({ kind: 'rooms-unlisted', listed: 2, total: null, orMore: false })).toEqual([
      'only 2 rooms listed here; the venue has not published how many meeting rooms it has',
      '本站仅收录2间会议室，场馆未公布会议室总数',
    ]);
  });
  it('rooms with no figure in the layout, named, the rest counted', () => {
    const rooms = ['A', 'B', 'C', 'D', 'E'].map((id) => roomRecord(id, { name: { en: `Hall ${id}`, zh: `${id}厅` } }));
    expect(say({ kind: 'no-figure', layout: 'classroom', rooms: rooms.slice(0, 2) })).toEqual(['no classroom figure for Hall A, Hall B', 'A厅、B厅未公布课桌式容量']);
    expect(say({ kind: 'no-figure', layout: 'u_shape', rooms })).toEqual([
      'no U-shape figure for Hall A, Hall B, Hall C and 2 more',
      'A厅、B厅、C厅及另外2间未公布U字型容量',
    ]);
  });
  it('a room named only in Chinese keeps its Chinese name on the English page', () => {
    expect(reasonText({ kind: 'no-figure', layout: 'theatre', rooms: [roomRecord('r', { name: { en: null, zh: '大宴会厅' } })] }, en, 'en', enNumber)).toBe('no theatre figure for 大宴会厅');
  });
  it('hotel supply and exhibition space not published', () => {
    expect(say({ kind: 'city-hotels-unknown', needed: 5000 })).toEqual([
      'the city\'s hotel supply is not published (the brief needs 5,000 rooms)',
      '该市酒店客房数未公布（需求为5000间）',
    ]);
    expect(say({ kind: 'exhibition-unknown', needed: 20000 })[0]).toBe('exhibition space not published (the brief needs 20,000 m²)');
  });
});

describe('what rules a venue out, with the figure', () => {
  it('the plenary: the largest room on the complete list, or no room in the layout', () => {
    expect(say({ kind: 'plenary-size', layout: 'banquet', largest: 800, needed: 1200 })).toEqual([
      'none of its rooms (all are listed) takes more than 800 people; the plenary needs 1,200 in banquet layout',
      '场馆公布的全部会议室中，单间最多容纳800人，主会场需按宴会式容纳1200人',
    ]);
    expect(say({ kind: 'plenary-size', layout: 'banquet', largest: null, needed: 100 })).toEqual([
      'none of its rooms (all are listed) is offered in banquet layout',
      '场馆公布的全部会议室均不提供宴会式布置',
    ]);
  });
  it('breakouts, with a form for one and for none', () => {
    expect(say({ kind: 'breakouts', layout: 'classroom', seats: 80, available: 3, needed: 6 })).toEqual([
      'at most 3 other rooms can seat 80 in classroom layout; the brief needs 6',
      '除主会场外，可按课桌式容纳80人的会议室最多3间，需求为6间',
    ]);
    expect(say({ kind: 'breakouts', layout: 'classroom', seats: 80, available: 1, needed: 6 })[0]).toBe('at most 1 other room can seat 80 in classroom layout; the brief needs 6');
    expect(say({ kind: 'breakouts', layout: 'classroom', seats: 80, available: 0, needed: 6 })).toEqual([
      'no other room can seat 80 in classroom layout; the brief needs 6',
      '除主会场外，没有可按课桌式容纳80人的会议室，需求为6间',
    ]);
  });
  it('the published room total, exhibition space and the city’s hotel supply with its year', () => {
    expect(say({ kind: 'room-total', total: 4, needed: 7 })).toEqual(['the venue publishes 4 meeting rooms; the brief needs 7', '场馆公布的会议室共4间，需求为7间']);
    expect(say({ kind: 'exhibition', available: 40000, needed: 50000 })[1]).toBe('展览面积4万平方米，需求为5万平方米');
    expect(say({ kind: 'city-hotels', available: 16000, year: 2011, needed: 20000 })).toEqual([
      'the city had 16,000 hotel rooms in 2011; the brief needs 20,000',
      '该市酒店客房1.6万间（2011年），需求为2万间',
    ]);
  });
});

describe('several reasons and open filters', () => {
  it('joins reasons with the language’s separator', () => {
    const reasons = [
      { kind: 'rooms-unlisted', listed: 3, total: 100, orMore: true },
      { kind: 'city-hotels-unknown', needed: 500 },
    ] as const;
    expect(reasonsText([...reasons], zh, 'zh', zhNumber)).toBe('本站收录3间会议室（场馆共逾100间）；该市酒店客房数未公布（需求为500间）');
  });
  it('names the filters a venue has no published figure for', () => {
    expect(unknownFiltersText(['minLargestRoomArea', 'maxAirportKm'], en)).toBe('no published figure for room area, airport distance');
    expect(unknownFiltersText(['minLargestRoomArea', 'maxAirportKm'], zh)).toBe('未公布最大会议室面积、距机场距离');
  });
});
