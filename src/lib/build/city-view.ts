/**
 * What a city's page shows, worded for one language: every published figure with the number of
 * the source it comes from, counts with the year they were true, derived figures with their rule.
 */
import type { Locale } from '../../i18n/locales.ts';
import { entityPath } from '../../i18n/paths.ts';
import { translate } from '../../i18n/ui.ts';
import { largestExhibitionVenue, largestListedRoom } from './cities.ts';
import { formatArea, formatDate, formatKm, formatMinutes, formatNumber, qualified } from './format.ts';
import type { CityRecord, VenueRecord } from '../shared/records.ts';
import { sourceNumber } from './source-text.ts';
import { headlineText, type Fact } from './venue-view.ts';
import { roomName } from '../shared/venues.ts';

const when = (locale: Locale, iso: string) => formatDate(locale, new Date(`${iso}T00:00:00Z`));

/** The "at a glance" figures. Hotel supply shows "Not on file yet" rather than disappearing: planners look for it first. */
export function cityGlanceFacts(city: CityRecord, venues: readonly VenueRecord[], locale: Locale): Fact[] {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
  const n = (value: number) => formatNumber(locale, value);
  const from = (id: string) => sourceNumber(city.sources, id);
  const hotels = city.hotelRooms;
  const ambassadors = city.conventionAmbassadors;
  const room = largestListedRoom(venues);
  const expo = largestExhibitionVenue(venues);
  const facts: (Fact | undefined)[] = [
    {
      label: t('city.memberSince'),
      value: when(locale, city.joined),
      note: city.foundingMember ? t('common.foundingMember') : undefined,
      source: 1,
    },
    hotels
      ? {
          label: t('city.hotelRooms'),
          value: t('city.hotelRoomsValue', { n: qualified(locale, n(hotels.value), hotels), year: hotels.year }),
          note: hotels.scope?.[locale],
          source: from(hotels.source),
        }
      : { label: t('city.hotelRooms'), value: t('common.notOnFile') },
    { label: t('city.venues'), value: t('common.count', { n: n(venues.length) }) },
    room && {
      label: t('city.largestRoom'),
      value: headlineText(room, locale),
      note: `${roomName(room.room, locale).text} · ${room.venue.name[locale]}`,
      href: entityPath(locale, 'venues', room.venue.slug),
    },
    expo && expo.exhibitionSpace !== null
      ? {
          label: t('city.largestExhibition'),
          value: expo.name[locale],
          note: formatArea(locale, expo.exhibitionSpace),
          href: entityPath(locale, 'venues', expo.slug),
        }
      : undefined,
    ambassadors
      ? {
          label: t('city.ambassadorProgramme'),
          value: t('city.ambassadorProgrammeValue', { n: qualified(locale, n(ambassadors.value), ambassadors), year: ambassadors.year }),
          source: from(ambassadors.source),
        }
      : undefined,
    ...bureauFacts(city, locale),
  ];
  return facts.filter((fact): fact is Fact => fact !== undefined && fact !== null);
}

/** The convention bureau and the contact its source publishes (desk, phone, e-mail), each as a fact; nothing else. */
export function bureauFacts(city: CityRecord, locale: Locale): Fact[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const bureau = city.conventionBureau;
  const source = sourceNumber(city.sources, bureau.source);
  return [
    { label: t('city.bureau'), value: bureau.name[locale], note: bureau.desk?.[locale], href: bureau.url ?? undefined, source },
    ...(bureau.phone ? [{ label: t('city.bureauPhone'), value: bureau.phone, href: `tel:${bureau.phone.replace(/ /g, '')}`, source }] : []),
    ...(bureau.email ? [{ label: t('city.bureauEmail'), value: bureau.email, href: `mailto:${bureau.email}`, source }] : []),
  ];
}

export interface AirportLine {
  code: string;
  name: string;
  /** "27 km to the centre · about 40 min", or that the distance is not published. */
  detail: string;
  source: number;
}

export function cityAirports(city: CityRecord, locale: Locale): AirportLine[] {
  return city.airports.map((airport) => {
    const km = airport.km === null ? undefined : formatKm(locale, airport.km);
    const minutes = airport.minutes === null ? undefined : formatMinutes(locale, airport.minutes);
    const detail =
      km && minutes
        ? translate(locale, 'city.airportValue', { km, minutes })
        : km
          ? translate(locale, 'city.airportKm', { km })
          : minutes
            ? translate(locale, 'city.airportMinutes', { minutes })
            : translate(locale, 'city.noAirportFigure');
    return { code: airport.code, name: airport.name[locale], detail, source: sourceNumber(city.sources, airport.source) };
  });
}

/** One line per ICCA year, newest first: "2018: No. 3 in China, No. 97 worldwide". */
export function cityIcca(city: CityRecord, locale: Locale): { year: number; text: string; source: number }[] {
  const separator = translate(locale, 'reason.listSeparator');
  return [...city.icca]
    .sort((a, b) => b.year - a.year)
    .map((entry) => {
      const parts = [
        entry.meetings === null ? undefined : translate(locale, 'city.iccaMeetings', { n: formatNumber(locale, entry.meetings) }),
        entry.rankChina === null ? undefined : translate(locale, 'city.iccaRankChina', { n: entry.rankChina }),
        entry.rankAsiaPacific === null ? undefined : translate(locale, 'city.iccaRankAsiaPacific', { n: entry.rankAsiaPacific }),
        entry.rankWorld === null ? undefined : translate(locale, 'city.iccaRankWorld', { n: entry.rankWorld }),
      ].filter((part): part is string => part !== undefined);
      const text = translate(locale, 'city.iccaYear', { year: entry.year, figures: parts.join(separator) });
      return { year: entry.year, text, source: sourceNumber(city.sources, entry.source) };
    });
}

/** "By 2018 the Hangzhou Conference Ambassadors programme numbered 53. …", by the city's own name for the programme where it has one. */
export function ambassadorProgrammeText(city: CityRecord, locale: Locale): string | undefined {
  const programme = city.conventionAmbassadors;
  if (!programme) return undefined;
  const values = { city: city.name[locale], n: formatNumber(locale, programme.value), year: programme.year };
  return programme.name
    ? translate(locale, 'ambassadors.programmeTextNamed', { ...values, programme: programme.name[locale] })
    : translate(locale, 'ambassadors.programmeText', values);
}
