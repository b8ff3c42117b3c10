import { describe, expect, it } from 'vitest';
import { briefDefaults, parseBriefQuery, positiveWhole, writeBriefQuery } from './brief-query.ts';

describe('the brief in a URL query', () => {
  it('reads a whole brief and writes it back to the same query', () => {
    const query = 'plenary=1200&plenaryLayout=theatre&breakouts=6&breakoutSeats=80&breakoutLayout=classroom&exhibition=5000&cityHotels=20000';
    const brief = parseBriefQuery(new URLSearchParams(query));
    expect(brief).toEqual({
      plenary: { seats: 1200, layout: 'theatre' },
      breakouts: { rooms: 6, seats: 80, layout: 'classroom' },
      exhibitionArea: 5000,
      cityHotelRooms: 20000,
    });
    const params = new URLSearchParams();
    writeBriefQuery(params, brief!);
    expect(params.toString()).toBe(query);
  });

  it('needs plenary seats: layouts mean nothing without sizes', () => {
    expect(parseBriefQuery(new URLSearchParams('plenaryLayout=banquet&breakouts=4&breakoutSeats=50'))).toBeUndefined();
  });

  it('assumes the planners’ usual layouts where the query names none or an unknown one', () => {
    const brief = parseBriefQuery(new URLSearchParams('plenary=300&plenaryLayout=stadium&breakouts=2&breakoutSeats=40'));
    expect(brief?.plenary.layout).toBe(briefDefaults.plenaryLayout);
    expect(brief?.breakouts?.layout).toBe(briefDefaults.breakoutLayout);
  });

  it('drops breakouts without both a number of rooms and seats per room', () => {
    expect(parseBriefQuery(new URLSearchParams('plenary=300&breakouts=4'))?.breakouts).toBeUndefined();
  });

  it('takes only positive whole numbers of up to seven digits', () => {
    expect(['12', ' 7 ', '9999999'].map(positiveWhole)).toEqual([12, 7, 9999999]);
    expect(['0', '-3', '2.5', '1e3', '12345678', '', 'abc', null].map(positiveWhole)).toEqual(Array(8).fill(undefined));
  });
});
