import { describe, expect, it } from 'vitest';
import { splitByScript } from './script.ts';

describe('splitByScript', () => {
  it.each([
    ['大宴会厅 Grand Ballroom', { kind: 'both', zh: '大宴会厅', en: 'Grand Ballroom' }],
    ['Grand Ballroom 大宴会厅', { kind: 'both', en: 'Grand Ballroom', zh: '大宴会厅' }],
    ['大宴会厅\nGrand Ballroom', { kind: 'both', zh: '大宴会厅', en: 'Grand Ballroom' }],
    ['大宴会厅（Grand Ballroom）', { kind: 'both', zh: '大宴会厅', en: 'Grand Ballroom' }],
    ['大宴会厅A Grand Ballroom A', { kind: 'both', zh: '大宴会厅A', en: 'Grand Ballroom A' }],
    ['会议室 1 Meeting Room 1', { kind: 'both', zh: '会议室 1', en: 'Meeting Room 1' }],
    ['Meeting Room 1 会议室 1', { kind: 'both', en: 'Meeting Room 1', zh: '会议室 1' }],
  ])('a cell in both languages: %s', (text, expected) => {
    expect(splitByScript(text)).toEqual(expected);
  });

  it('Latin letters inside a Chinese name stay with it (VIP厅, 多功能厅A)', () => {
    expect(splitByScript('VIP厅')).toEqual({ kind: 'zh', zh: 'VIP厅' });
    expect(splitByScript('多功能厅A')).toEqual({ kind: 'zh', zh: '多功能厅A' });
  });

  it('one language, and a name of digits only', () => {
    expect(splitByScript('  Harbour   Room ')).toEqual({ kind: 'en', en: 'Harbour Room' });
    expect(splitByScript('贵宾厅')).toEqual({ kind: 'zh', zh: '贵宾厅' });
    expect(splitByScript('101')).toEqual({ kind: 'neutral', text: '101' });
  });

  it('brackets that do not hold the other language stay: Room (VIP)', () => {
    expect(splitByScript('Room (VIP)')).toEqual({ kind: 'en', en: 'Room (VIP)' });
  });

  it('interleaved languages cannot be split', () => {
    expect(splitByScript('Grand 大 Ballroom 厅')).toEqual({ kind: 'mixed', text: 'Grand 大 Ballroom 厅' });
  });
});
