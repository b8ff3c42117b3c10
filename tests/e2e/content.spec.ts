import { expect, test } from '@playwright/test';
import { formatNumberIn } from '../../src/lib/shared/number-format.ts';
import { fixtureURL } from './support/fixture.ts';
import { locales, openData } from './support/site.ts';
import { venues } from './support/venues.ts';
import { sel } from '../../src/islands/hooks.ts';
import { dictionary } from '../../src/i18n/ui.ts';
import { builtPage, textOf } from './support/built-html.ts';

interface CityRecord {
  slug: string;
  name: { en: string; zh: string };
  foundingMember: boolean;
  conventionAmbassadors: { value: number; year: number } | null;
}

const cities = openData<CityRecord>('cities');
test('the eight founding cities are published; every venue names its sources and every room publishes a figure', () => {
  expect(cities.filter((c) => c.foundingMember).map((c) => c.slug).sort()).toEqual(
    ['beijing', 'chengdu', 'hangzhou', 'kunming', 'sanya', 'shanghai', 'tianjin', 'xian'],
  );
  for (const venue of venues) {
    expect(cities.some((c) => c.slug === venue.city), venue.slug).toBe(true);
    expect(venue.sources.length, venue.slug).toBeGreaterThanOrEqual(1);
    const ids = venue.sources.map((s) => s.id);
    for (const room of venue.rooms) {
      const figures = [room.area, room.upTo, room.moreThan, ...Object.values(room.capacity)].filter((n) => n !== null && n !== undefined);
      expect(figures.length, `${venue.slug}: ${room.id}`).toBeGreaterThan(0);
      expect(ids, `${venue.slug}: ${room.id}`).toContain(room.source);
    }
    for (const key of ['meetingRoomsTotal', 'meetingSpace', 'exhibitionSpace', 'hotelRooms', 'airportKm'] as const) {
      if (venue[key] !== null) expect(ids, `${venue.slug}: ${key}`).toContain(venue.figureDetails[key]?.source);
    }
  }
});

for (const locale of locales) {
  test(`every venue's rooms table shows its data file, with one mark for “not offered” and another for “no figure” (${locale})`, () => {
    const t = dictionary(locale);
    const withRooms = venues.filter((v) => v.rooms.length > 0);
    expect(withRooms.some((v) => v.rooms.some((r) => Object.keys(r.capacity).length > 0))).toBe(true);
    for (const venue of withRooms) {
      const table = builtPage(`/${locale}/venues/${venue.slug}/`).querySelector(sel('roomsTable'));
      if (!table) throw new Error(`${venue.slug}: no rooms table`);
      expect(textOf(table.querySelector(sel('legend', 'no-figure'))!)).toContain(t['venue.legendNoFigure']);
      expect(textOf(table.querySelector(sel('legend', 'not-offered'))!)).toContain(t['venue.legendNotOffered']);
      const headers = table.querySelectorAll('thead th').map(textOf);
      for (const room of venue.rooms) {
        const row = table.querySelector(`tr${sel('room', room.id)}`);
        if (!row) throw new Error(`${venue.slug}: no row for ${room.id}`);
        expect(textOf(row.querySelector('th')!), `${venue.slug} ${room.id}`).toContain(room.name[locale] ?? room.name[locale === 'en' ? 'zh' : 'en'] ?? room.id);
        const area = textOf(row.querySelector(sel('field', 'area'))!);
        if (room.area !== null && room.areaQualifier === null) expect(area, `${venue.slug} ${room.id}`).toBe(formatNumberIn(locale, room.area, { wan: false }));
        if (room.area === null && (room.length === null || room.width === null)) expect(area, `${venue.slug} ${room.id}`).toContain(t['venue.legendNoFigure']);
        for (const [layout, seats] of Object.entries(room.capacity)) {
          expect(headers, venue.slug).toContain(t[`layout.${layout}` as keyof typeof t]);
          expect(textOf(row.querySelector(sel('layout', layout))!), `${venue.slug} ${room.id} ${layout}`).toBe(formatNumberIn(locale, seats ?? 0, { wan: false }));
        }
        for (const layout of room.notOffered) expect(textOf(row.querySelector(sel('layout', layout))!)).toContain(t['venue.legendNotOffered']);
      }
    }
  });
}

test('a divisible room’s sections stand under it, and a name published in one language keeps its lang', async ({ page }) => {
  await page.goto(fixtureURL('/en/venues/fixture-ballroom-hotel/'));
  await expect(page.locator(`tr${sel('room', 'ballroom-a')} ${sel('sectionOf')}`)).toHaveText('section of Ballroom');
  const rows = await page.locator(`${sel('roomsTable')} tbody tr`).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.room));
  expect(rows.slice(0, 4)).toEqual(['ballroom', 'ballroom-a', 'ballroom-b', 'ballroom-c']);
  await expect(page.locator(`tr${sel('room', 'boardroom')} th [lang="zh-CN"]`)).toHaveText('董事会议室');
});

test('a city page links to Amap and OpenStreetMap, never an embedded map', () => {
  for (const city of cities) {
    const page = builtPage(`/zh/cities/${city.slug}/`);
    const hrefs = page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((href) => href.startsWith('https://uri.amap.com/marker?')), city.slug).toBe(true);
    expect(hrefs.some((href) => href.startsWith('https://www.openstreetmap.org/')), city.slug).toBe(true);
    expect(page.querySelectorAll('iframe'), city.slug).toHaveLength(0);
  }
});

test('a city page gives its ambassador programme’s count with its year, and lists the named ambassadors', () => {
  const programmes = cities.filter((c) => c.conventionAmbassadors !== null);
  expect(programmes.length).toBeGreaterThan(0);
  for (const city of programmes) {
    const section = textOf(builtPage(`/en/cities/${city.slug}/`).querySelector('section[aria-labelledby="ambassadors"]')!);
    expect(section, city.slug).toContain(`${city.conventionAmbassadors?.value}`);
    expect(section, city.slug).toContain(`${city.conventionAmbassadors?.year}`);
  }
  expect(textOf(builtPage('/zh/cities/hangzhou/').querySelector(sel('ambassador', 'tian-mei'))!)).toContain('田梅');
});

for (const locale of locales) {
  test(`the RSS feed parses and lists the news newest first (${locale})`, async ({ page, request }) => {
    const xml = await (await request.get(`/${locale}/rss.xml`)).text();
    await page.setContent('<p>feed</p>');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        language: doc.querySelector('channel > language')?.textContent,
        dates: [...doc.querySelectorAll('item > pubDate')].map((d) => Date.parse(d.textContent ?? '')),
        links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.language).toBe(locale === 'zh' ? 'zh-CN' : 'en');
    expect(parsed.dates.length).toBeGreaterThanOrEqual(4);
    expect([...parsed.dates].sort((a, b) => b - a)).toEqual(parsed.dates);
    for (const link of parsed.links) expect(link).toContain(`/${locale}/news/`);
  });

  test(`the iCalendar feed is valid RFC 5545 (${locale})`, async ({ request }) => {
    const response = await request.get(`/${locale}/events.ics`);
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
    const events = unfolded.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(events).toBeGreaterThanOrEqual(3);
    for (const property of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'DTEND;VALUE=DATE:', 'SUMMARY;']) {
      expect(unfolded.filter((l) => l.startsWith(property)).length, property).toBe(events);
    }
    expect(unfolded).toContain('VERSION:2.0');
    expect(unfolded.some((l) => l.startsWith('PRODID:'))).toBe(true);
  });
}

test('news, events and ambassadors pages list their content in both languages', () => {
  for (const locale of locales) {
    const news = builtPage(`/${locale}/news/`).querySelectorAll('a[href*="/news/"]').map((a) => a.getAttribute('href'));
    expect(news, locale).toContain(`/${locale}/news/2019-08-27-hangzhou-plus-roadshow-beijing/`);
    expect(builtPage(`/${locale}/events/`).querySelectorAll(sel('event')).length, locale).toBeGreaterThanOrEqual(3);
    expect(builtPage(`/${locale}/ambassadors/`).querySelector(sel('ambassador', 'tian-mei')), locale).not.toBeNull();
  }
});
