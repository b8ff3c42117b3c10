import { describe, expect, it } from 'vitest';
import { headerKey, recognizeHeader } from './headers.ts';

describe('recognizeHeader', () => {
  it.each(['会议室', '厅名', '名称', 'Room', 'Function room', 'Meeting room', 'Function Rooms', '会议室名称'])('room name: %s', (header) => {
    expect(recognizeHeader(header)).toEqual({ field: 'name' });
  });

  it.each([
    ['英文名称', 'en'],
    ['English name', 'en'],
    ['Name (EN)', 'en'],
    ['中文名称', 'zh'],
    ['Chinese name', 'zh'],
    ['名称（中文）', 'zh'],
  ])('one language of the name: %s', (header, lang) => {
    expect(recognizeHeader(header)).toEqual({ field: 'name', lang });
  });

  it.each(['面积', '面积（㎡）', '面积(平方米)', '面积（m²）', 'Size (sqm)', 'Area (m²)', 'Area m2', 'AREA', 'Space (m²)'])('area: %s', (header) => {
    expect(recognizeHeader(header)).toEqual({ field: 'area' });
  });

  it.each(['长×宽', '长x宽', '长*宽', '长×宽（米）', 'Dimensions', 'Dimensions (m)', 'L×W', 'L x W (m)', 'Size (m)'])('length × width: %s', (header) => {
    expect(recognizeHeader(header)).toEqual({ field: 'dimensions', withHeight: false });
  });

  it.each(['长×宽×高', 'L×W×H', 'Dimensions (L x W x H)'])('length × width × height: %s', (header) => {
    expect(recognizeHeader(header)).toEqual({ field: 'dimensions', withHeight: true });
  });

  it.each([
    ['长', 'length'],
    ['长度(米)', 'length'],
    ['Width (m)', 'width'],
    ['层高', 'ceiling'],
    ['净高', 'ceiling'],
    ['层高（米）', 'ceiling'],
    ['Ceiling height', 'ceiling'],
    ['Ceiling Height (m)', 'ceiling'],
  ])('measure: %s', (header, field) => {
    expect(recognizeHeader(header)).toEqual({ field });
  });

  it.each([
    ['剧院式', 'theatre'],
    ['Theatre', 'theatre'],
    ['Theater', 'theatre'],
    ['剧院式（人）', 'theatre'],
    ['Theatre (pax)', 'theatre'],
    ['课桌式', 'classroom'],
    ['Classroom', 'classroom'],
    ['Schoolroom', 'classroom'],
    ['宴会式', 'banquet'],
    ['Banquet', 'banquet'],
    ['Rounds', 'banquet'],
    ['酒会式', 'reception'],
    ['鸡尾酒会', 'reception'],
    ['Reception', 'reception'],
    ['Cocktail', 'reception'],
    ['U型', 'u_shape'],
    ['U字型', 'u_shape'],
    ['Ｕ型', 'u_shape'],
    ['U-shape', 'u_shape'],
    ['U Shape', 'u_shape'],
    ['回字型', 'hollow_square'],
    ['Hollow square', 'hollow_square'],
    ['董事会式', 'boardroom'],
    ['会见式', 'boardroom'],
    ['Boardroom', 'boardroom'],
  ])('layout: %s', (header, layout) => {
    expect(recognizeHeader(header)).toEqual({ field: 'layout', layout });
  });

  it('a header in both languages names one field: 剧院式 Theatre, 面积 Area (㎡)', () => {
    expect(recognizeHeader('剧院式 Theatre')).toEqual({ field: 'layout', layout: 'theatre' });
    expect(recognizeHeader('剧院式\nTheatre')).toEqual({ field: 'layout', layout: 'theatre' });
    expect(recognizeHeader('面积 Area')).toEqual({ field: 'area' });
    expect(recognizeHeader('剧院式 Classroom')).toBeUndefined();
  });

  it('capacity without a layout, sections and row numbers', () => {
    expect(recognizeHeader('容纳人数')).toEqual({ field: 'upTo' });
    expect(recognizeHeader('Capacity')).toEqual({ field: 'upTo' });
    expect(recognizeHeader('所属')).toEqual({ field: 'partOf' });
    expect(recognizeHeader('Part of')).toEqual({ field: 'partOf' });
    expect(recognizeHeader('序号')).toEqual({ field: 'index' });
    expect(recognizeHeader('No.')).toEqual({ field: 'index' });
  });

  it('unknown headers are not guessed: 楼层, Remarks, 价格', () => {
    expect(recognizeHeader('楼层')).toBeUndefined();
    expect(recognizeHeader('Remarks')).toBeUndefined();
    expect(recognizeHeader('价格')).toBeUndefined();
  });

  it('header keys fold full-width forms, case and spacing', () => {
    expect(headerKey('Ｈｏｌｌｏｗ  Square')).toBe('hollowsquare');
    expect(headerKey('长 x 宽')).toBe('长×宽');
    expect(headerKey('max capacity')).toBe('maxcapacity');
  });
});
