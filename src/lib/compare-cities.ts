/** Side-by-side rows for shortlisted cities, from the open-data records. */
import type { CompareRow } from './compare.ts';
import type { cityRecord, VenueRecord } from './open-data.ts';

type CityRecord = ReturnType<typeof cityRecord>;

export interface CityCompareLabels {
  province: string;
  foundingMember: string;
  airports: string;
  hotelRooms: string;
  venues: string;
  ambassadors: string;
  yes: string;
  no: string;
}

export function compareCityRows(cities: readonly CityRecord[], venues: readonly VenueRecord[], locale: 'en' | 'zh', labels: CityCompareLabels): CompareRow[] {
  const row = (key: string, label: string, value: (c: CityRecord) => string | number | null): CompareRow => ({ key, label, values: cities.map(value) });
  return [
    row('province', labels.province, (c) => c.province[locale]),
    row('foundingMember', labels.foundingMember, (c) => (c.foundingMember ? labels.yes : labels.no)),
    row('airports', labels.airports, (c) => c.airports.map((a) => `${a.code} (${a.km} km)`).join(', ')),
    row('hotelRooms', labels.hotelRooms, (c) => c.hotelRooms?.count ?? null),
    row('venues', labels.venues, (c) => venues.filter((v) => v.city === c.slug).length),
    row('ambassadors', labels.ambassadors, (c) => c.conventionAmbassadors?.count ?? null),
  ];
}
