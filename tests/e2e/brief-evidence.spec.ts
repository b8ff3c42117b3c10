import { expect, test, type Page } from '@playwright/test';
import { sel } from '../../src/islands/hooks.ts';
import { askedSlugs, briefGroupKeys, groupSlugs, noteLines, openFinder, rankedSlugs, requestedSlugs, shownGroups } from './support/finder.ts';
import { fixtureURL } from './support/fixture.ts';
import { locales, openData } from './support/site.ts';
import { hasRoomFigureFor, largest, meetingRoomsOf, sourceNumber, finderVenues as venues } from './support/venues.ts';

const standard = 'plenary=1000&plenaryLayout=theatre&breakouts=3&breakoutSeats=100&breakoutLayout=classroom';
// More seats than any room in the world: nothing on file can hold it.
const impossible = 'plenary=9999999&plenaryLayout=theatre&breakouts=500&breakoutSeats=9999&breakoutLayout=classroom';

const words = {
  en: {
    plenary: 'Plenary 1,000 theatre',
    breakouts: 'Breakouts 3 × 100 classroom',
    levels: { confirmed: 'confirmed', indicated: 'indicated', unknown: 'unknown', 'ruled-out': 'ruled out' },
    format: new Intl.NumberFormat('en-GB').format,
    seats: (n: string) => `${n} theatre`,
    largestListed: (figure: string) => `largest listed room: ${figure}; other rooms not listed`,
    zeroRooms: /\b0 rooms?\b/,
  },
  zh: {
    plenary: '主会场1000人（剧院式）',
    breakouts: '分会场3个，各100人（课桌式）',
    levels: { confirmed: '数据证实', indicated: '数据提示', unknown: '尚无定论', 'ruled-out': '数据排除' },
    format: (n: number) => String(n),
    seats: (n: string) => `剧院式${n}人`,
    largestListed: (figure: string) => `已收录的最大会议室：${figure}；其余会议室本站暂未收录`,
    zeroRooms: /(?<!\d)0间/,
  },
} as const;

const bySlug = new Map(venues.map((v) => [v.slug, v]));
const cityName = new Map(openData<{ slug: string; name: { en: string; zh: string } }>('cities').map((c) => [c.slug, c.name]));
/** Venues with no meeting room on file at all. */
const noRoomOnFile = venues.filter((v) => meetingRoomsOf(v).length === 0).map((v) => v.slug);

for (const locale of locales) {
  const w = words[locale];

  test.describe(`the standard brief, plenary 1,000 theatre and 3 breakouts of 100 classroom (${locale})`, () => {
    // One page for the describe: its tests read the same ranking, and the last one ticks and unticks.
    test.describe.configure({ mode: 'serial' });
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage();
      await openFinder(page, `/${locale}/venues/?${standard}`);
    });
    test.afterAll(() => page.close());

    test('lists the groups in order: fits, likely fits, may fit, does not fit, then the venues with no room figure', async () => {
      const shown = await shownGroups(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown).toEqual(briefGroupKeys.filter((key) => shown.includes(key)));
      // Every venue is listed once, in one group.
      const all = await rankedSlugs(page);
      expect([...all].sort()).toEqual(venues.map((v) => v.slug).sort());
    });

    test('ranks every venue with a room figure for the plenary above every venue with no room on file', async () => {
      const ranked = await rankedSlugs(page);
      const withFigure = venues.filter((v) => hasRoomFigureFor(v, 'theatre')).map((v) => ranked.indexOf(v.slug));
      const without = noRoomOnFile.map((slug) => ranked.indexOf(slug));
      expect(withFigure.length).toBeGreaterThan(0);
      expect(without.length).toBeGreaterThan(0);
      expect(Math.max(...withFigure)).toBeLessThan(Math.min(...without));
      // Venues with no room on file are apart, under their own heading, and last.
      expect((await groupSlugs(page, 'no-room-figures')).sort()).toEqual([...noRoomOnFile].sort());
    });

    test('gives one line per part of the brief on every card, each with its level, and never “0 rooms”', async () => {
      const levelWords = Object.values(w.levels);
      for (const slug of await rankedSlugs(page)) {
        const lines = await noteLines(page, slug);
        const plenary = lines.find((line) => line.includes(w.plenary));
        const breakouts = lines.find((line) => line.includes(w.breakouts));
        expect(plenary, slug).toBeDefined();
        expect(breakouts, slug).toBeDefined();
        for (const line of [plenary, breakouts] as string[]) expect(levelWords.some((level) => line.startsWith(level)), line).toBe(true);
        for (const line of lines) expect(line, slug).not.toMatch(w.zeroRooms);
      }
    });

    test('names the room, its figure and its source number where a published figure for the layout confirms the plenary', async () => {
      // Venues whose listed rooms publish 1,000 theatre seats or more.
      const confirmed = venues.filter((v) => (largest(v, 'theatre') ?? 0) >= 1000);
      expect(confirmed.length).toBeGreaterThan(0);
      for (const venue of confirmed) {
        const plenary = (await noteLines(page, venue.slug)).find((line) => line.includes(w.plenary)) ?? '';
        expect(plenary.startsWith(w.levels.confirmed), plenary).toBe(true);
        const room = meetingRoomsOf(venue).find((r) => (r.capacity.theatre ?? 0) >= 1000 && plenary.includes(r.name[locale] ?? r.name.en ?? r.name.zh ?? r.id));
        expect(room, plenary).toBeDefined();
        expect(plenary).toContain(w.seats(w.format(room!.capacity.theatre!)));
        expect(plenary).toContain(`[${sourceNumber(venue, room!.source)}]`);
      }
      // No venue fits or likely fits without a line for each part at that level or stronger.
      for (const slug of await groupSlugs(page, 'fits')) {
        const plenary = (await noteLines(page, slug)).find((line) => line.includes(w.plenary));
        expect(plenary?.startsWith(w.levels.confirmed), `${slug}: ${plenary}`).toBe(true);
      }
    });

    test('says under each venue that likely fits what is still to be confirmed', async () => {
      const likely = await groupSlugs(page, 'likely-fits');
      expect(likely.length).toBeGreaterThan(0);
      for (const slug of likely) {
        const lines = await noteLines(page, slug);
        expect(lines.some((line) => line.startsWith(w.levels.indicated)), slug).toBe(true);
        expect(lines.join('\n'), slug).toMatch(locale === 'en' ? /Still to confirm with the venue: / : /需向场馆确认：/);
      }
    });

    test('styles estimates from area apart and cites the planning rule wherever one shows', async () => {
      const estimates = page.locator(`${sel('venueGroups')} em.estimate`);
      const rule = page.locator(sel('areaRule'));
      // The standard brief's breakouts meet rooms on file by area only: estimates show.
      expect(await estimates.count()).toBeGreaterThan(0);
      await expect(rule).toBeVisible();
      await expect(rule).toContainText('JGJ/T 67-2019');
      await expect(rule).toContainText('JGJ 62-2014');
      // Set apart from published figures: a dotted underline, and italics in English (Chinese type has none).
      await expect(estimates.first()).toHaveCSS('text-decoration-style', 'dotted');
      await expect(estimates.first()).toHaveCSS('font-style', locale === 'en' ? 'italic' : 'normal');
      await expect(estimates.first()).toHaveText(locale === 'en' ? /^(about .+ by area|.+ m², at most .+ seated by area)$/ : /^(按面积估算|面积)/);
    });

    test('ranks cities by venues that fit, then likely fit, then may fit with figures: never by how many venues they have', async () => {
      const cities = page.locator(`${sel('briefResults')} li`);
      await expect(cities.first()).toBeVisible();
      // Counted from the cards: a may-fit venue counts where one of its parts is confirmed or indicated.
      const count = new Map<string, [number, number, number]>();
      const add = (slug: string, i: 0 | 1 | 2) => {
        const city = bySlug.get(slug)?.city ?? '';
        const c = count.get(city) ?? [0, 0, 0];
        c[i] += 1;
        count.set(city, c);
      };
      for (const slug of await groupSlugs(page, 'fits')) add(slug, 0);
      for (const slug of await groupSlugs(page, 'likely-fits')) add(slug, 1);
      for (const slug of await groupSlugs(page, 'may-fit')) {
        const lines = await noteLines(page, slug);
        if (lines.some((line) => line.startsWith(w.levels.confirmed) || line.startsWith(w.levels.indicated))) add(slug, 2);
      }
      // In order: fits, then likely, then may fit with figures; ties by the city's slug, the same in both languages.
      const expected = [...count.entries()].sort(([a, x], [b, y]) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (a < b ? -1 : 1)).map(([city]) => cityName.get(city)?.[locale] ?? city);
      const shown = (await cities.allInnerTexts()).map((text) => text.split(locale === 'en' ? ':' : '：')[0]);
      expect(shown).toEqual(expected);
    });

    test('asks by default the top of the ranking, up to eight, and no venue without a room figure while eight with figures may fit', async () => {
      const ranked = await rankedSlugs(page);
      const candidates = [...(await groupSlugs(page, 'fits')), ...(await groupSlugs(page, 'likely-fits')), ...(await groupSlugs(page, 'may-fit'))];
      const asked = await askedSlugs(page);
      expect(asked).toEqual([...candidates, ...(await groupSlugs(page, 'no-room-figures'))].slice(0, 8));
      expect(candidates.length, 'venues with figures that may hold the standard brief').toBeGreaterThanOrEqual(8);
      for (const slug of asked) expect(noRoomOnFile, slug).not.toContain(slug);
      expect(await requestedSlugs(page)).toEqual(asked.filter((slug) => ranked.includes(slug)));
    });

    test('the planner ticks and unticks venues, and the request follows, in the ranking’s order', async () => {
      const asked = await askedSlugs(page);
      const [first, second] = asked;
      await page.locator(sel('askVenue', first!)).uncheck();
      await expect.poll(() => requestedSlugs(page)).toEqual(asked.slice(1));
      await page.locator(sel('askVenue', first!)).check();
      await expect.poll(() => requestedSlugs(page)).toEqual(asked);
      // The state of the brief in the URL is unchanged by ticking.
      await expect(page).toHaveURL(new RegExp(`\\?${standard}$`));
      expect(second).toBeDefined();
    });
  });

  test.describe(`a brief nothing can hold (${locale})`, () => {
    test('nothing fits or likely fits, the page says so, and no plenary is confirmed or indicated', async ({ page }) => {
      await openFinder(page, `/${locale}/venues/?${impossible}`);
      expect(await groupSlugs(page, 'fits')).toEqual([]);
      expect(await groupSlugs(page, 'likely-fits')).toEqual([]);
      await expect(page.locator(sel('briefResults'))).toContainText(
        locale === 'en' ? /none of the venues on this site can take this brief|No figure on file shows that any venue can take this brief/ : /本站场馆均无法满足此需求|本站数据尚不能证实任何场馆可满足此需求/,
      );
      for (const slug of await rankedSlugs(page)) {
        const plenary = (await noteLines(page, slug)).find((line) => line.includes(locale === 'en' ? 'Plenary 9,999,999 theatre' : '主会场9999999人（剧院式）')) ?? '';
        expect(plenary.startsWith(w.levels.confirmed) || plenary.startsWith(w.levels.indicated), plenary).toBe(false);
      }
      // A venue whose rooms are all listed is ruled out, with the figure that rules it out; one with rooms beyond the list may fit.
      for (const slug of await groupSlugs(page, 'does-not-fit')) expect((await noteLines(page, slug)).some((line) => line.startsWith(w.levels['ruled-out'])), slug).toBe(true);
    });

    test('a venue whose every room is listed says which figure rules it out (fixture)', async ({ page }) => {
      await openFinder(page, fixtureURL(`/${locale}/venues/?plenary=5000&plenaryLayout=theatre`));
      expect(await groupSlugs(page, 'does-not-fit')).toContain('fixture-ballroom-hotel');
      expect(await noteLines(page, 'fixture-ballroom-hotel')).toContain(
        locale === 'en' ? 'ruled out Plenary 5,000 theatre: no room takes more than 1,200 (all its rooms are listed)' : '数据排除 主会场5000人（剧院式）：单间最多容纳1200人（已收录全部会议室）',
      );
    });
  });

  test(`the seats filter names the largest listed room below the need and counts real matches (${locale})`, async ({ page }) => {
    await openFinder(page, `/${locale}/venues/?seats=3000&layout=theatre`);
    const matching = venues.filter((v) => (largest(v, 'theatre') ?? 0) >= 3000);
    const count = page.locator(sel('resultCount'));
    await expect(count).toHaveText(new RegExp(locale === 'en' ? `^${matching.length} of ${venues.length} venues match` : `^符合条件的场馆${matching.length}个（共${venues.length}个）`));
    // A venue whose listed rooms all publish theatre seats, fewer than 3,000, and whose list is not complete.
    const below = venues.filter((v) => !v.allRoomsListed && v.meetingRoomsTotal === null && meetingRoomsOf(v).length > 0 && meetingRoomsOf(v).every((r) => r.capacity.theatre !== undefined) && (largest(v, 'theatre') ?? 0) < 3000);
    expect(below.length).toBeGreaterThan(0);
    for (const venue of below) {
      await expect(page.locator(`${sel('group', 'unknown')} ${sel('venueItem', venue.slug)} ${sel('venueNote')}`)).toContainText(w.largestListed(w.seats(w.format(largest(venue, 'theatre')!))));
    }
  });
}

test('sends the same venues, in the same order, to a request in both languages', async ({ page }) => {
  const asked: string[][] = [];
  for (const locale of locales) {
    await openFinder(page, `/${locale}/venues/?${standard}`);
    asked.push(await requestedSlugs(page));
  }
  expect(asked[0]!.length).toBeGreaterThan(0);
  expect(asked[1]).toEqual(asked[0]);
});
