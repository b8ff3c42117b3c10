/** A request for proposal as files to download: JSON (the request's fields and each venue's fit) and CSV. Loaded when asked for. */
import { compareCsv, csvField, type CompareRow } from './venue-comparison.ts';
import { numberFormatter } from './number-format.ts';
import type { RoomRecord, VenueRecord } from './records.ts';
import { readDates, type RfpRequest } from './rfp-query.ts';
import type { RequestField, RfpPhrases } from './rfp-text.ts';
import { venueNoteLines } from './rfp-notes.ts';
import { partRooms, type RfpVenue } from './rfp.ts';
import { roomName } from './venues.ts';
import { citation } from './citation.ts';
import { entityPath } from '../../i18n/paths.ts';

/** The request as data: the same fields as the URL, and per venue what the page shows. */
export function rfpJson(
  request: RfpRequest,
  assessed: readonly RfpVenue[],
  context: { link: string; locale: 'en' | 'zh'; reasons: (venue: RfpVenue) => string[]; roomName: (room: RoomRecord) => string; venuePage: (slug: string) => string },
) {
  const dates = readDates(request.dates);
  return {
    link: context.link,
    language: context.locale,
    event: request.event || null,
    organisation: request.organisation || null,
    dates: dates.kind === 'none' ? null : dates,
    flexibility: request.flexibility ?? null,
    delegates: request.counts.delegates ?? null,
    delegatesFromAbroad: request.counts.international ?? null,
    hotelRoomsPeakNight: request.counts.peakRooms ?? null,
    roomNights: request.counts.roomNights ?? null,
    galaDinnerBanquetSeats: request.counts.gala ?? null,
    programme: request.brief ?? null,
    contact: { name: request.name || null, email: request.email || null, phone: request.phone || null },
    proposalsDueBy: request.replyBy ?? null,
    decisionBy: request.decideBy ?? null,
    budget: request.budget || null,
    notes: request.notes || null,
    venues: assessed.map((a) => ({
      slug: a.slug,
      known: a.venue !== null,
      name: a.venue?.name ?? null,
      city: a.venue?.city ?? null,
      page: a.venue ? context.venuePage(a.slug) : null,
      outcome: a.outcome ?? null,
      reasons: context.reasons(a),
      plenaryRoom: partRooms(a.parts.find((p) => p.kind === 'plenary')).map(context.roomName)[0] ?? null,
      breakoutRooms: partRooms(a.parts.find((p) => p.kind === 'breakouts')).map(context.roomName),
      galaRoom: partRooms(a.parts.find((p) => p.kind === 'gala')).map(context.roomName)[0] ?? null,
      sources: a.venue?.sources.map((s) => ({ publisher: s.publisher[context.locale], title: s.title, published: s.published, url: s.url })) ?? [],
      verified: a.venue?.verified ?? null,
    })),
    unrecognised: request.malformed,
  };
}

/**
 * Text a spreadsheet would take for a formula ("=HYPERLINK(…)" in a crafted link), kept as text by a
 * leading apostrophe, as spreadsheet programs read it.
 */
export const inertCell = (value: string | number | null) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The request as CSV (BOM, RFC 4180, CRLF, via venue-comparison.ts): the request's fields as label/value
 * rows, a blank line, then the venues side by side as on the compare page.
 */
export function rfpCsv(fields: { label: string; value: string | number | null }[], venueHeaders: string[], venueRows: readonly CompareRow[]): string {
  const lines = fields.map((field) => `${csvField(field.label)},${csvField(inertCell(field.value))}\r\n`).join('');
  // compareCsv starts with the BOM; the file has one, at its very start.
  const venues = venueHeaders.length > 0 ? `\r\n${compareCsv(venueHeaders, venueRows).slice(1)}` : '';
  return `\uFEFF${lines}${venues}`;
}


/** What the page knows when a file is asked for: the request, each venue's fit, its fields in words. */
export interface RfpFileInput {
  request: RfpRequest;
  assessed: readonly RfpVenue[];
  fields: readonly RequestField[];
  link: string;
  locale: 'en' | 'zh';
  phrases: RfpPhrases;
  cityName: (slug: string) => string;
  origin: string;
  /** What the date check found on the requested dates (holidays, travel peaks, fairs), one line each. */
  dateCheck?: { label: string; lines: string[] };
}

/** The request as JSON or CSV, worded in the page's language. */
export function rfpFile(kind: 'json' | 'csv', input: RfpFileInput): string {
  const { request, assessed, fields, link, locale, phrases: p, cityName, origin } = input;
  const w = { phrases: p, locale, formatNumber: numberFormatter(locale) };
  const page = (slug: string) => `${origin}${entityPath(locale, 'venues', slug)}`;
  const notes = (a: RfpVenue) => venueNoteLines(a, w);
  if (kind === 'json') {
    const json = rfpJson(request, assessed, { link, locale, reasons: notes, roomName: (room) => roomName(room, locale).text, venuePage: page });
    return JSON.stringify({ ...json, dateCheck: input.dateCheck?.lines ?? [] }, null, 2);
  }
  const known = assessed.filter((a): a is RfpVenue & { venue: VenueRecord } => a.venue !== null);
  const row = (key: string, label: string, value: (a: RfpVenue & { venue: VenueRecord }) => string | null) => ({ key, label, values: known.map(value) });
  return rfpCsv(
    [
      ...fields.map((f) => ({ label: f.label, value: f.value })),
      ...(input.dateCheck && input.dateCheck.lines.length > 0 ? [{ label: input.dateCheck.label, value: input.dateCheck.lines.join('\n') }] : []),
      { label: p['rfp.label.link'], value: link },
    ],
    known.map((a) => a.venue.name[locale]),
    [
      row('city', p['rfp.col.city'], (a) => cityName(a.venue.city)),
      row('outcome', p['rfp.col.outcome'], (a) => p[`rfp.outcome.${a.outcome ?? 'none'}`]),
      row('notes', p['rfp.col.notes'], (a) => notes(a).join(p['reason.separator']) || null),
      row('sources', p['rfp.col.sources'], (a) => a.venue.sources.map((s) => citation(s, locale, true)).join(p['reason.listSeparator'])),
      row('verified', p['rfp.col.verified'], (a) => a.venue.verified ?? p['rfp.notVerified']),
      row('page', p['rfp.col.page'], (a) => page(a.slug)),
    ],
  );
}
