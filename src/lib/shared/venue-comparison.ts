/** Side-by-side comparison of shortlisted venues: rows of figures, and the same as CSV. */
import type { Layout } from './seating.ts';
import { layouts } from './seating.ts';
import { roomListingText, type ListingPhrases } from './listing-text.ts';
import type { SourceName } from './records.ts';
import type { VenueSummary } from './venue-summary.ts';
import { largestListedRoom, roomListing, type LargestRoom } from './venues.ts';
import { fillPlaceholders } from '../../i18n/placeholders.ts';

export interface CompareRow {
  key: string;
  label: string;
  values: (string | number | null)[];
}

export interface CompareLabels {
  city: string;
  type: string;
  rooms: string;
  largestRoom: string;
  exhibitionSpace: string;
  hotelRooms: string;
  airport: string;
  verified: string;
  source: string;
  layouts: Record<Layout, string>;
  venueTypes: Record<string, string>;
  cityNames: Record<string, string>;
  listing: ListingPhrases;
  formatNumber: (n: number) => string;
  /** "more than {n}": a figure published as a lower bound. */
  orMore: string;
  /** A source named by publisher and year (citation.ts), never by its address. */
  cite: (source: SourceName) => string;
}

/** One row per figure a planner compares; a figure nobody published is null (shown as "not published", never 0). */
export function compareVenueRows(venues: readonly VenueSummary[], labels: CompareLabels): CompareRow[] {
  const row = (key: string, label: string, value: (v: VenueSummary) => string | number | null): CompareRow => ({
    key,
    label,
    values: venues.map(value),
  });
  const figure = (largest: LargestRoom | null) =>
    largest === null ? null : largest.orMore ? fillPlaceholders(labels.orMore, { n: labels.formatNumber(largest.value) }) : largest.value;
  return [
    row('city', labels.city, (v) => labels.cityNames[v.city] ?? v.city),
    row('type', labels.type, (v) => labels.venueTypes[v.type] ?? v.type),
    row('rooms', labels.rooms, (v) => roomListingText(roomListing(v), labels.listing, labels.formatNumber)),
    row('largestRoom', labels.largestRoom, (v) => figure(largestListedRoom(v, 'area'))),
    ...layouts.map((layout) => row(`capacity.${layout}`, labels.layouts[layout], (v) => figure(largestListedRoom(v, layout)))),
    row('exhibitionSpace', labels.exhibitionSpace, (v) => v.exhibitionSpace),
    row('hotelRooms', labels.hotelRooms, (v) => v.hotelRooms),
    row('airportKm', labels.airport, (v) => v.airportKm),
    row('verified', labels.verified, (v) => v.verified),
    row('source', labels.source, (v) => (v.sources[0] ? labels.cite(v.sources[0]) : null)),
  ];
}

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The comparison as CSV with a header row of venue names; starts with a BOM so spreadsheet programs read the Chinese correctly. */
export function compareCsv(headers: string[], rows: readonly CompareRow[]): string {
  const lines = [['', ...headers], ...rows.map((r) => [r.label, ...r.values])];
  return `\uFEFF${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}
