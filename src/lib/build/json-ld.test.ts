import { describe, expect, it } from 'vitest';
import { allianceJsonLd, eventJsonLd, newsJsonLd, venueJsonLd } from './json-ld.ts';
import type { AllianceRecord } from '../shared/records.ts';
import { completeVenue, roomRecord, venueRecordOf } from '../testing/records.ts';

const site = new URL('https://www.example.org');
const alliance: AllianceRecord = {
  name: { en: 'China MICE Cities Alliance', zh: '中国会奖旅游城市联盟' },
  shortName: { en: 'CMCA', zh: 'CMCA' },
  founded: { date: '2012-09-12', place: { en: 'Beijing', zh: '北京' }, source: 's' },
  foundingCities: { cities: ['beijing'], source: 's' },
  members: { value: 20, year: 2019, about: false, source: 's' },
  secretariat: { host: { en: 'Secretariat', zh: '秘书处' }, contact: { name: { en: 'Ms Yao Juan', zh: 'Yao Juan女士' }, phone: '+86 136 8119 9147', email: null }, source: 's' },
  sources: [],
};

describe('JSON-LD', () => {
  it('describes the alliance from its own facts, in the page’s language', () => {
    expect(allianceJsonLd('zh', site, alliance)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: '中国会奖旅游城市联盟',
      alternateName: 'CMCA',
      url: 'https://www.example.org/zh/',
      foundingDate: '2012-09-12',
      foundingLocation: { '@type': 'Place', name: '北京' },
      inLanguage: 'zh-CN',
      contactPoint: { '@type': 'ContactPoint', contactType: '联盟秘书处', name: 'Yao Juan女士', telephone: '+86-136-8119-9147' },
    });
  });
  it('gives a venue’s maximum only when its room list is complete, and no address or place it has not published', () => {
    const rooms = [roomRecord('hall', { capacity: { theatre: 3000 } })];
    const partial = venueJsonLd('en', site, venueRecordOf('expo', { rooms }), 'A venue.');
    expect(partial).not.toHaveProperty('maximumAttendeeCapacity');
    expect(partial).not.toHaveProperty('address');
    expect(partial).not.toHaveProperty('geo');
    expect(partial.url).toBe('https://www.example.org/en/venues/expo/');
    expect(venueJsonLd('en', site, completeVenue('expo', rooms), 'A venue.')).toMatchObject({ '@type': 'EventVenue', maximumAttendeeCapacity: 3000 });
  });
  it('dates a news article and an event as days, with their pages', () => {
    const news = newsJsonLd('en', site, '2019-08-27-roadshow', { date: new Date('2019-08-27T00:00:00Z'), kind: 'roadshow', cities: [], sources: [] }, 'Roadshow', 'Summary', 'China MICE Cities Alliance');
    expect(news).toMatchObject({ '@type': 'NewsArticle', datePublished: '2019-08-27', url: 'https://www.example.org/en/news/2019-08-27-roadshow/', publisher: { name: 'China MICE Cities Alliance' } });
    const event = eventJsonLd('zh', site, {
      name: { en: 'Roadshow', zh: '路演' },
      kind: 'roadshow',
      start: new Date('2019-08-27T00:00:00Z'),
      end: new Date('2019-08-28T00:00:00Z'),
      city: 'hangzhou',
      place: { en: 'Beijing', zh: '北京' },
      sources: [],
    }, '/zh/events/#event-roadshow');
    expect(event).toMatchObject({ name: '路演', startDate: '2019-08-27', endDate: '2019-08-28', location: { name: '北京' }, url: 'https://www.example.org/zh/events/#event-roadshow' });
  });
});
