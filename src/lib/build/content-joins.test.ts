import { describe, expect, it } from 'vitest';
import { joinContent } from './content-joins.ts';

const content = {
  cities: [{ slug: 'hangzhou' }, { slug: 'beijing' }],
  venues: [
    { slug: 'expo', record: { city: 'hangzhou' } },
    { slug: 'cncc', record: { city: 'beijing' } },
    { slug: 'hicc', record: { city: 'hangzhou' } },
  ],
  news: [
    { slug: 'roadshow', facts: { cities: ['hangzhou', 'beijing'] } },
    { slug: 'founding', facts: { cities: ['beijing', 'lhasa'] } },
  ],
  ambassadors: [{ slug: 'tian-mei', facts: { city: 'hangzhou' } }],
  events: [
    { slug: 'roadshow-2019', facts: { city: 'hangzhou', news: 'roadshow' } },
    { slug: 'promotion-2014', facts: { city: 'beijing' } },
  ],
};
const joins = joinContent(content);
const slugs = (items: { slug: string }[] | undefined) => (items ?? []).map((i) => i.slug);

describe('joinContent', () => {
  it('gives each city its venues, ambassadors, news and events, in list order', () => {
    expect(slugs(joins.venuesByCity.get('hangzhou'))).toEqual(['expo', 'hicc']);
    expect(slugs(joins.ambassadorsByCity.get('hangzhou'))).toEqual(['tian-mei']);
    expect(slugs(joins.newsByCity.get('beijing'))).toEqual(['roadshow', 'founding']);
    expect(slugs(joins.eventsByCity.get('beijing'))).toEqual(['promotion-2014']);
  });
  it('a city with nothing has no entry (read as none)', () => {
    expect(joins.ambassadorsByCity.get('beijing')).toBeUndefined();
  });
  it('gives a news item its events and its cities, leaving out a city the content lacks', () => {
    expect(slugs(joins.eventsByNews.get('roadshow'))).toEqual(['roadshow-2019']);
    expect(slugs(joins.citiesOfNews.get('founding'))).toEqual(['beijing']);
  });
});
