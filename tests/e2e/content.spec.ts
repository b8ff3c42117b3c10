import { expect, test } from '@playwright/test';
import { formatNumberIn } from '../../src/lib/shared/number-format.ts';
import { fixtureURL } from './support/fixture.ts';
import { locales, openData } from './support/site.ts';
import { venues } from './support/venues.ts';
import { sel } from '../../src/islands/hooks.ts';

interface CityRecord {
  slug: string;
  name: { en: string; zh: string };
  foundingMember: boolean;
  sources: { url: string | null }[];
}

const cities = openData<CityRecord>('cities');
const layoutNames = {
  en: { theatre: 'Theatre', classroom: 'Classroom', banquet: 'Banquet', reception: 'Reception', u_shape: 'U-shape', hollow_square: 'Hollow square', boardroom: 'Boardroom' },
  zh: { theatre: '剧院式', classroom: '课桌式', banquet: '宴会式', reception: '酒会式', u_shape: 'U字型', hollow_square: '回字型', boardroom: '董事会式' },
} as const;
const marks = {
  en: { noFigure: 'no published figure: ask the venue', notOffered: 'not offered in this layout' },
  zh: { noFigure: '未公布数据，请向场馆确认', notOffered: '不提供此台型' },
} as const;

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

test('every city and venue page exists in both languages', async ({ request }) => {
  for (const locale of locales) {
    for (const city of cities) {
      const response = await request.get(`/${locale}/cities/${city.slug}/`);
      expect(response.status(), `/${locale}/cities/${city.slug}/`).toBe(200);
      expect(await response.text()).toContain(city.name[locale]);
    }
    for (const venue of venues) {
      const response = await request.get(`/${locale}/venues/${venue.slug}/`);
      expect(response.status(), `/${locale}/venues/${venue.slug}/`).toBe(200);
    }
  }
});

for (const locale of locales) {
  test(`a venue’s rooms table shows its data file, with one mark for “not offered” and another for “no figure” (${locale})`, async ({ page }) => {
    const venue = venues.find((v) => v.rooms.length > 0 && v.rooms.some((r) => Object.keys(r.capacity).length > 0));
    if (!venue) throw new Error('no venue lists a room with seats');
    await page.goto(`/${locale}/venues/${venue.slug}/`);
    const table = page.locator(sel('roomsTable'));
    await expect(table.locator(sel('legend', 'no-figure'))).toContainText(marks[locale].noFigure);
    await expect(table.locator(sel('legend', 'not-offered'))).toContainText(marks[locale].notOffered);
    const headers = await table.locator('thead th').allInnerTexts();
    for (const room of venue.rooms) {
      const row = table.locator(`tr${sel('room', room.id)}`);
      await expect(row.locator('th')).toContainText(room.name[locale] ?? room.name[locale === 'en' ? 'zh' : 'en'] ?? room.id);
      if (room.area !== null && room.areaQualifier === null) await expect(row.locator(sel('field', 'area'))).toHaveText(formatNumberIn(locale, room.area, { wan: false }));
      if (room.area === null) await expect(row.locator(sel('field', 'area'))).toContainText(marks[locale].noFigure);
      for (const [layout, seats] of Object.entries(room.capacity)) {
        expect(headers.map((h) => h.trim())).toContain(layoutNames[locale][layout as keyof (typeof layoutNames)['en']]);
        await expect(row.locator(sel('layout', layout))).toHaveText(formatNumberIn(locale, seats ?? 0, { wan: false }));
      }
      for (const layout of room.notOffered) await expect(row.locator(sel('layout', layout))).toContainText(marks[locale].notOffered);
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

test('a venue page names its sources, says its figures are not yet verified, and every [n] reaches a source', async ({ page }) => {
  test.setTimeout(120_000);
  for (const venue of venues) {
    await page.goto(`/en/venues/${venue.slug}/`);
    const note = page.locator(sel('freshness'));
    if (venue.verified === null) await expect(note).toContainText('Indicative figures, not yet verified.');
    else await expect(note).toContainText('Figures verified on');
    const links = page.locator(`${sel('sourceList')} li a`);
    await expect(links).toHaveCount(venue.sources.length);
    // A source links only its publisher's own address; one without reads as a printed reference.
    expect(await links.evaluateAll((els) => els.map((el) => (el instanceof HTMLAnchorElement ? el.href : null)))).toEqual(venue.sources.map((s) => (s.url ? new URL(s.url).href : null)));
    const targets = await page.locator(sel('sourceRef')).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    for (const target of new Set(targets)) await expect(page.locator(`${sel('sourceList')} li${target}`), `${venue.slug} ${target}`).toHaveCount(1);
  }
});

for (const locale of locales) {
  test(`every figure on a city page reaches a source (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const city of cities) {
      await page.goto(`/${locale}/cities/${city.slug}/`);
      await expect(page.locator(`${sel('sourceList')} li`)).toHaveCount(city.sources.length);
      // A figure points to the sources list, or to the venue page that names its own, or says it is not published.
      const unsourced = await page.locator(sel('fact')).evaluateAll(
        (facts, { notOnFile, cited }) =>
          facts.filter((f) => !f.querySelector(cited) && !f.querySelector('a[href*="/venues/"]') && !f.textContent?.includes(notOnFile)).map((f) => f.textContent?.trim()),
        { notOnFile: locale === 'zh' ? '本站暂未收录' : 'Not on file yet', cited: `${sel('sourceRef')}, ${sel('sourceCitation')}` },
      );
      const derived = locale === 'zh' ? '收录场馆' : 'Venues listed';
      expect(unsourced.filter((text) => !text?.startsWith(derived)), city.slug).toEqual([]);
      for (const hash of await page.locator(sel('sourceRef')).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash))) {
        await expect(page.locator(`${sel('sourceList')} li${hash}`), `${city.slug} ${hash}`).toHaveCount(1);
      }
    }
  });
}

test('a city page links to Amap and OpenStreetMap, not an embedded map', async ({ page }) => {
  await page.goto('/zh/cities/hangzhou/');
  await expect(page.getByRole('link', { name: /高德地图/ })).toHaveAttribute('href', /^https:\/\/uri\.amap\.com\/marker\?/);
  await expect(page.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\//);
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('the Hangzhou page lists its ambassador and the programme’s count with its year', async ({ page }) => {
  await page.goto('/en/cities/hangzhou/');
  await expect(page.getByText('By 2018 the Hangzhou Conference Ambassadors programme numbered 53.')).toBeVisible();
  await expect(page.locator(sel('ambassador', 'tian-mei'))).toContainText('Tian Mei');
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

test('news, events and ambassadors pages list their content in both languages', async ({ page }) => {
  await page.goto('/en/news/');
  await expect(page.getByRole('link', { name: /Hangzhou PLUS/ })).toBeVisible();
  await page.goto('/zh/events/');
  await expect(page.getByRole('heading', { name: '往期活动' })).toBeVisible();
  await page.goto('/zh/ambassadors/');
  await expect(page.locator(sel('ambassador', 'tian-mei'))).toContainText('田梅');
});
