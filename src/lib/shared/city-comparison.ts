/** Side-by-side rows for shortlisted cities, from their summaries (city-summary.ts). */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { qualifiedNumber } from './number-format.ts';
import type { CompareRow } from './venue-comparison.ts';
import type { CitySummary } from './city-summary.ts';
import type { Label } from './records.ts';

export interface CityCompareLabels {
  province: string;
  foundingMember: string;
  airports: string;
  hotelRooms: string;
  venues: string;
  ambassadors: string;
  yes: string;
  no: string;
  /** "{n} ({year})": a count with the year it was true. */
  countInYear: string;
  /** "{n} ({year}; {scope} only)": a count the source limits, never read as the city's total. */
  countScoped: string;
  /** "about {n}" */
  about: string;
  /** "more than {n}" */
  orMore: string;
  /** "{n} km" */
  km: string;
  /** Between items of a list: ", " / "、". */
  listSeparator: string;
  formatNumber: (n: number) => string;
}

export function compareCityRows(cities: readonly CitySummary[], locale: 'en' | 'zh', labels: CityCompareLabels): CompareRow[] {
  const row = (key: string, label: string, value: (c: CitySummary) => string | number | null): CompareRow => ({ key, label, values: cities.map(value) });
  const dated = (count: { value: number; year: number; about?: boolean; orMore?: boolean; scope?: Label | null }) => {
    const n = qualifiedNumber(labels.formatNumber(count.value), count, labels);
    return fillPlaceholders(count.scope ? labels.countScoped : labels.countInYear, { n, year: count.year, scope: count.scope?.[locale] ?? '' });
  };
  return [
    row('province', labels.province, (c) => c.province[locale]),
    row('foundingMember', labels.foundingMember, (c) => (c.foundingMember ? labels.yes : labels.no)),
    row('airports', labels.airports, (c) => c.airports.map((a) => (a.km === null ? a.code : `${a.code} (${fillPlaceholders(labels.km, { n: labels.formatNumber(a.km) })})`)).join(labels.listSeparator)),
    row('hotelRooms', labels.hotelRooms, (c) => (c.hotelRooms ? dated(c.hotelRooms) : null)),
    row('venues', labels.venues, (c) => c.venueCount),
    row('ambassadors', labels.ambassadors, (c) => (c.conventionAmbassadors ? dated(c.conventionAmbassadors) : null)),
  ];
}
