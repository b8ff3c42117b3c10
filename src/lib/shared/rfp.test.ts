import { describe, expect, it } from 'vitest';
import { dictionary } from '../../i18n/ui.ts';
import { numberFormatter } from './number-format.ts';
import type { CityRecord } from './records.ts';
import { assessRequest, partRooms } from './rfp.ts';
import { rfpCsv, rfpJson } from './rfp-files.ts';
import { venueNoteLines } from './rfp-notes.ts';
import { cleanText, parseRfpQuery, readDates, requestLinks, rfpQuery, textLimits, withoutVenue, type RfpRequest } from './rfp-query.ts';
import { datesText, requestFields, type RfpPhrases, type RfpWording } from './rfp-text.ts';
import { completeVenue, roomRecord, venueRecordOf, venueWithTotal } from '../testing/records.ts';

const full =
  'plenary=1200&plenaryLayout=theatre&breakouts=6&breakoutSeats=80&breakoutLayout=classroom&exhibition=2000&cityHotels=5000' +
  '&venues=hall-venue,small-venue&event=Asian+Cardiology+Congress+2027&org=Asian+Society&dates=2027-05-12/2027-05-15&flex=flexible' +
  '&delegates=1500&abroad=400&peakRooms=900&roomNights=3200&gala=800&notes=Two+lines%0Aof+notes';

const wording = (locale: 'en' | 'zh'): RfpWording => ({ phrases: dictionary(locale) as unknown as RfpPhrases, locale, formatNumber: numberFormatter(locale) });

describe('the request in the URL', () => {
  it('reads every field, the brief with the finder’s keys and the venues with the shortlist’s', () => {
    const request = parseRfpQuery(full);
    expect(request.brief).toEqual({
      plenary: { seats: 1200, layout: 'theatre' },
      breakouts: { rooms: 6, seats: 80, layout: 'classroom' },
      exhibitionArea: 2000,
    });
    // The city's hotel stock is a finder filter, nothing a venue quotes for: the request leaves it out.
    expect(rfpQuery(request)).not.toContain('cityHotels');
    expect(request.venues).toEqual(['hall-venue', 'small-venue']);
    expect(request).toMatchObject({ event: 'Asian Cardiology Congress 2027', organisation: 'Asian Society', dates: '2027-05-12/2027-05-15', flexibility: 'flexible', notes: 'Two lines\nof notes' });
    expect(request.counts).toEqual({ delegates: 1500, international: 400, peakRooms: 900, roomNights: 3200, gala: 800 });
  });

  it('round-trips: the query it writes reads back as the same request, and is written the same again', () => {
    const request = parseRfpQuery(full);
    const query = rfpQuery(request);
    expect(parseRfpQuery(query)).toEqual(request);
    expect(rfpQuery(parseRfpQuery(query))).toBe(query);
    expect(query).toContain('venues=hall-venue,small-venue');
  });

  it('round-trips Chinese text and markup unchanged (it is shown as text, never as HTML)', () => {
    const request: RfpRequest = { ...parseRfpQuery(''), event: '第十届亚洲心脏病学大会 <b>&amp;</b>', notes: '<script>alert(1)</script>\n"引号", 逗号' };
    expect(parseRfpQuery(rfpQuery(request))).toEqual(request);
  });

  it('drops what is not a positive whole number, a known flexibility or a slug; names non-slugs back as text', () => {
    const request = parseRfpQuery('delegates=-5&abroad=1e3&peakRooms=12.5&roomNights=0&gala=99999999&flex=<b>&venues=ok-venue,<img src=x>,Bad Slug');
    expect(request.counts).toEqual({});
    expect(request.flexibility).toBeUndefined();
    expect(request.venues).toEqual(['ok-venue']);
    expect(request.malformed).toEqual(['<img src=x>', 'Bad Slug']);
  });

  it('caps every free-text field, counting characters (an emoji is one) and never splitting one', () => {
    const long = (s: string, n: number) => s.repeat(n);
    const request = parseRfpQuery(new URLSearchParams({ event: long('会', 500), org: long('😀', 500), dates: long('x', 500), notes: long('n', 5000) }));
    expect(Array.from(request.event)).toHaveLength(textLimits.event);
    expect(Array.from(request.organisation)).toHaveLength(textLimits.organisation);
    expect(request.organisation.endsWith('😀')).toBe(true);
    expect(request.dates).toHaveLength(textLimits.dates);
    expect(request.notes).toHaveLength(textLimits.notes);
  });

  it('removes control characters; keeps line breaks in notes only', () => {
    expect(cleanText('a\u0000b\u0007c\nd', 20)).toBe('a b c d');
    expect(cleanText('a\u0000b\r\nc', 20, true)).toBe('ab\nc');
  });

  it('keeps at most eight venues, like the shortlist', () => {
    const slugs = Array.from({ length: 12 }, (_, i) => `venue-${i}`);
    expect(parseRfpQuery(`venues=${slugs.join(',')}`).venues).toHaveLength(8);
  });

  it('reads dates as a day, a month, a range of either, or text', () => {
    expect(readDates('2027-05')).toEqual({ kind: 'month', value: '2027-05' });
    expect(readDates('2027-05-12')).toEqual({ kind: 'day', value: '2027-05-12' });
    expect(readDates('2027-05-12/2027-05-15')).toEqual({ kind: 'range', from: '2027-05-12', to: '2027-05-15' });
    expect(readDates('2027-05/2027-06')).toEqual({ kind: 'range', from: '2027-05', to: '2027-06' });
    expect(readDates('2027-02-30')).toEqual({ kind: 'text', value: '2027-02-30' });
    // A reversed range stays a range, for plausibility to name (rfp-checks.ts), not words that pass unchecked.
    expect(readDates('2027-06/2027-05')).toEqual({ kind: 'range', from: '2027-06', to: '2027-05' });
    expect(readDates('2027-06/2027-06')).toEqual({ kind: 'text', value: '2027-06/2027-06' });
    expect(readDates('spring 2027')).toEqual({ kind: 'text', value: 'spring 2027' });
    expect(readDates('')).toEqual({ kind: 'none' });
  });

  it('words dates in each language', () => {
    expect(datesText(readDates('2027-05'), 'en')).toBe('May 2027');
    expect(datesText(readDates('2027-05'), 'zh')).toBe('2027年5月');
    expect(datesText(readDates('2027-05-12'), 'en')).toBe('12 May 2027');
    expect(datesText(readDates('2027-05-12'), 'zh')).toBe('2027年5月12日');
    // English ranges are Intl's (CLDR), whose spacing around the dash varies by ICU version.
    expect(datesText(readDates('2027-05-12/2027-05-15'), 'en')).toMatch(/^12\s?–\s?15 May 2027$/);
    expect(datesText(readDates('2027-05-12/2027-05-15'), 'zh')).toBe('2027年5月12日至15日');
    expect(datesText(readDates('2027-05-30/2027-06-02'), 'en')).toMatch(/^30 May\s?–\s?2 June 2027$/);
    expect(datesText(readDates('2027-05-30/2027-06-02'), 'zh')).toBe('2027年5月30日至6月2日');
    expect(datesText(readDates('2027-12-30/2028-01-02'), 'en')).toMatch(/^30 December 2027\s?–\s?2 January 2028$/);
    expect(datesText(readDates('2027-05/2027-06'), 'en')).toMatch(/^May\s?–\s?June 2027$/);
    expect(datesText(readDates('2027-05/2027-06'), 'zh')).toBe('2027年5月至6月');
    expect(datesText(readDates('spring <b>2027</b>'), 'zh')).toBe('spring <b>2027</b>');
  });

  it('offers links from the full request to the shortest: without notes, then without free text', () => {
    const links = requestLinks('https://example.org/en/rfp/', parseRfpQuery(full));
    expect(links.map((l) => l.scope)).toEqual(['full', 'no-notes', 'programme', 'venues']);
    expect(links[0]?.url).toContain('notes=');
    expect(links[1]?.url).not.toContain('notes=');
    expect(links[2]?.url).not.toMatch(/event=|org=/);
    // Dates written as dates are no free text: the shortest link keeps them.
    expect(links[2]?.url).toContain('dates=2027-05-12/2027-05-15');
    expect(parseRfpQuery(new URL(links[2]!.url).search).venues).toEqual(['hall-venue', 'small-venue']);
    // The shortest: the programme and venues, the layouts the finder assumes left out; it reads back as the same programme.
    expect(links[3]?.url).toBe('https://example.org/en/rfp/?plenary=1200&breakouts=6&breakoutSeats=80&exhibition=2000&venues=hall-venue,small-venue');
    expect(parseRfpQuery(new URL(links[3]!.url).search).brief).toEqual(parseRfpQuery(full).brief);
    // Nothing to drop: one link.
    expect(requestLinks('https://example.org/en/rfp/', parseRfpQuery('venues=a'))).toEqual([{ scope: 'full', url: 'https://example.org/en/rfp/?venues=a' }]);
  });
});

describe('each venue against the request', () => {
  const hall = completeVenue('hall-venue', [
    roomRecord('hall', { capacity: { theatre: 2000, banquet: 1000 } }),
    ...Array.from({ length: 6 }, (_, i) => roomRecord(`room-${i}`, { capacity: { classroom: 100 } })),
  ]);
  const small = completeVenue('small-venue', [roomRecord('salon', { capacity: { theatre: 300, banquet: 200 } })]);
  const open = venueWithTotal('open-venue', [roomRecord('hall', { capacity: { theatre: 1500 } })], 40, true);
  const cities: CityRecord[] = [];
  const request = parseRfpQuery('plenary=1200&breakouts=6&breakoutSeats=80&venues=hall-venue,small-venue,open-venue,no-such-venue&gala=800');

  it('gives the brief’s outcome part by part, the gala dinner too, and names an unknown venue as unknown', () => {
    const [a, b, c, d] = assessRequest(request, [hall, small, open], cities);
    expect(a).toMatchObject({ outcome: 'fits', parts: [{ kind: 'plenary', level: 'confirmed' }, { kind: 'breakouts', level: 'confirmed' }, { kind: 'gala', level: 'confirmed' }] });
    expect(partRooms(a?.parts[0]).map((r) => r.id)).toEqual(['hall']);
    expect(partRooms(a?.parts[1])).toHaveLength(6);
    expect(partRooms(a?.parts[2]).map((r) => r.id)).toEqual(['hall']);
    // Everything that rules it out is given: the plenary, and the gala dinner.
    expect(b).toMatchObject({ outcome: 'does-not-fit', parts: [{ ruledOut: { kind: 'plenary-size', largest: 300, needed: 1200 } }, { level: 'ruled-out' }, { ruledOut: { kind: 'gala-size', largest: 200, needed: 800 } }] });
    expect(partRooms(b?.parts[0])).toEqual([]);
    expect(c?.outcome).toBe('may-fit');
    expect(c?.parts.map((p) => [p.kind, p.level])).toContainEqual(['gala', 'unknown']);
    expect(d).toEqual({ slug: 'no-such-venue', venue: null, parts: [] });
  });

  it('a gala dinner no listed room can seat rules out a venue whose list is complete, and says so in words', () => {
    const noBanquet = completeVenue('x', [roomRecord('hall', { capacity: { theatre: 2000, banquet: 600 } })]);
    const [a] = assessRequest(parseRfpQuery('plenary=1000&gala=800&venues=x'), [noBanquet], cities);
    expect(a).toMatchObject({ outcome: 'does-not-fit', parts: [{ level: 'confirmed' }, { kind: 'gala', ruledOut: { kind: 'gala-size', largest: 600, needed: 800 } }] });
    expect(venueNoteLines(a!, wording('en'))).toEqual(['Plenary 1,000 theatre (confirmed): hall, 2,000 theatre [1]', 'Gala dinner 800 banquet (ruled out): no room seats more than 600 banquet-style (all its rooms are listed)']);
  });

  it('without a brief there is nothing to assess: venues are listed without an outcome', () => {
    const [a] = assessRequest(parseRfpQuery('venues=hall-venue'), [hall], cities);
    expect(a?.outcome).toBeUndefined();
  });

  it('dropping a venue rewrites the request without it', () => {
    expect(rfpQuery(withoutVenue(request, 'small-venue'))).toContain('venues=hall-venue,open-venue,no-such-venue');
  });

  it('words the parts in each language', () => {
    const [a] = assessRequest(request, [hall], cities);
    expect(venueNoteLines(a!, wording('zh'))[2]).toBe('晚宴800人（宴会式）（数据证实）：hall，宴会式1000人[1]');
  });
});

describe('the request as files', () => {
  const request = parseRfpQuery(full);
  const venue = venueRecordOf('hall-venue', { name: { en: 'Hall, "Grand"', zh: '大会堂' }, verified: '2026-01-10' });
  const assessed = assessRequest(request, [venue], []);

  it('CSV: one BOM, quoted fields, CRLF lines, the fields then the venues side by side', () => {
    const csv = rfpCsv(
      requestFields(request, wording('en')).map((f) => ({ label: f.label, value: f.value })),
      ['Hall, "Grand"'],
      [{ key: 'outcome', label: 'Outcome', values: ['does-not-fit'] }],
    );
    expect(csv.startsWith('\uFEFFEvent,Asian Cardiology Congress 2027\r\n')).toBe(true);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(csv).toContain('Notes for the venues,"Two lines\nof notes"\r\n');
    expect(csv).toContain('\r\n\r\n,"Hall, ""Grand"""\r\nOutcome,does-not-fit\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('CSV: a value a spreadsheet would run as a formula is kept as text', () => {
    const csv = rfpCsv([{ label: 'Event', value: '=HYPERLINK("http://x","y")' }, { label: 'Notes', value: '@SUM(A1)' }], [], []);
    expect(csv).toBe('\uFEFFEvent,"\'=HYPERLINK(""http://x"",""y"")"\r\nNotes,\'@SUM(A1)\r\n');
  });

  it('JSON: every field, null where not given, each venue with outcome, reasons, source and verified date', () => {
    const json = rfpJson(request, assessed, { link: 'https://example.org/en/rfp/?x', locale: 'en', reasons: () => ['r'], roomName: (r) => r.id, venuePage: (s) => `/en/venues/${s}/` });
    expect(json).toMatchObject({
      link: 'https://example.org/en/rfp/?x',
      event: 'Asian Cardiology Congress 2027',
      dates: { kind: 'range', from: '2027-05-12', to: '2027-05-15' },
      delegatesFromAbroad: 400,
      galaDinnerBanquetSeats: 800,
      programme: request.brief,
    });
    expect(json.venues).toEqual([
      expect.objectContaining({ slug: 'hall-venue', known: true, outcome: 'may-fit', reasons: ['r'], sources: [{ publisher: 'Source', title: null, published: null, url: 'https://example.org/' }], verified: '2026-01-10' }),
      expect.objectContaining({ slug: 'small-venue', known: false, name: null, outcome: null }),
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
