import { expect, test } from '@playwright/test';
import { locales, openData } from './support/site.ts';

interface VenueRecord {
  slug: string;
  city: string;
  name: { en: string; zh: string };
  verified: string | null;
  rooms: { name: { en: string; zh: string }; area: number | null; capacity: Record<string, number> }[];
}
interface CityRecord {
  slug: string;
  name: { en: string; zh: string };
  foundingMember: boolean;
}

const venues = openData<VenueRecord>('venues');
const cities = openData<CityRecord>('cities');
const layoutNames = {
  en: { theatre: 'Theatre', classroom: 'Classroom', banquet: 'Banquet', reception: 'Reception', u_shape: 'U-shape', hollow_square: 'Hollow square', boardroom: 'Boardroom' },
  zh: { theatre: '剧院式', classroom: '课桌式', banquet: '宴会式', reception: '酒会式', u_shape: 'U字型', hollow_square: '回字型', boardroom: '董事会式' },
} as const;

test('the eight founding cities are published, and every venue lists rooms with sourced figures', () => {
  expect(cities.filter((c) => c.foundingMember).map((c) => c.slug).sort()).toEqual(
    ['beijing', 'chengdu', 'hangzhou', 'kunming', 'sanya', 'shanghai', 'tianjin', 'xian'],
  );
  for (const venue of venues) {
    expect(cities.some((c) => c.slug === venue.city), venue.slug).toBe(true);
    expect(venue.rooms.length, venue.slug).toBeGreaterThanOrEqual(1);
    for (const room of venue.rooms) expect(Object.keys(room.capacity).length, `${venue.slug}: ${room.name.en}`).toBeGreaterThan(0);
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
  test(`a venue’s rooms table shows the numbers of its data file (${locale})`, async ({ page }) => {
    const venue = venues.find((v) => v.slug === 'hangzhou-international-expo-center') ?? venues[0];
    if (!venue) throw new Error('no venues published');
    await page.goto(`/${locale}/venues/${venue.slug}/`);
    const table = page.locator('[data-rooms-table]');
    const headers = await table.locator('thead th').allInnerTexts();
    const format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB');
    for (const [index, room] of venue.rooms.entries()) {
      const row = table.locator('tbody tr').nth(index);
      await expect(row.locator('th')).toHaveText(room.name[locale]);
      await expect(row.locator('[data-field="area"]')).toHaveText(room.area === null ? '—' : format.format(room.area));
      for (const [layout, seats] of Object.entries(room.capacity)) {
        expect(headers).toContain(layoutNames[locale][layout as keyof (typeof layoutNames)['en']]);
        await expect(row.locator(`[data-layout="${layout}"]`)).toHaveText(format.format(seats));
      }
    }
  });
}

test('a venue page says where its figures come from and whether they were verified', async ({ page }) => {
  for (const venue of venues) {
    await page.goto(`/en/venues/${venue.slug}/`);
    const note = page.locator('[data-freshness]');
    await expect(note).toContainText('Source:');
    if (venue.verified === null) await expect(note).toContainText('Indicative figures, not yet verified.');
    else await expect(note).toContainText('Figures verified on');
  }
});

test('a city page links to Amap and OpenStreetMap, not an embedded map', async ({ page }) => {
  await page.goto('/zh/cities/hangzhou/');
  await expect(page.getByRole('link', { name: /高德地图/ })).toHaveAttribute('href', /^https:\/\/uri\.amap\.com\/marker\?/);
  await expect(page.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\//);
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('the Hangzhou page lists its ambassador and the 53-strong programme', async ({ page }) => {
  await page.goto('/en/cities/hangzhou/');
  await expect(page.getByText('Hangzhou has 53 convention ambassadors')).toBeVisible();
  await expect(page.locator('[data-ambassador="tian-mei"]')).toContainText('Tian Mei');
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
  await expect(page.locator('[data-ambassador="tian-mei"]')).toContainText('田梅');
});
