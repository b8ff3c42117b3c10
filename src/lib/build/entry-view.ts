/**
 * What the entry section of a city page and the entry checker page show of each visa-free policy,
 * worded for one language: ports, stay area, stay limit, nationalities with their own dates, the
 * policy's dates (an end date always shown, and whether it had passed when the page was built), its
 * conditions and sources.
 */
import type { Locale } from '../../i18n/locales.ts';
import { translate } from '../../i18n/ui.ts';
import { countryName } from './countries.ts';
import { formatDate } from './format.ts';
import type { CityRecord, EntryPolicyRecord, EntryRecord, Label, SourceRecord } from '../shared/records.ts';

const day = (locale: Locale, iso: string) => formatDate(locale, new Date(`${iso}T00:00:00Z`));

/** An end date and what to show once it has passed. `ended` is the build's verdict; the page's script judges again against today. */
export interface EndDate {
  until: string;
  current: string;
  ended: string;
  endedAtBuild: boolean;
}

export function endDate(until: string, authority: string, locale: Locale, buildDay: string): EndDate {
  const date = day(locale, until);
  return { until, current: translate(locale, 'entry.until', { date }), ended: translate(locale, 'entry.ended', { date, authority }), endedAtBuild: buildDay > until };
}

export interface PolicyView {
  slug: string;
  name: string;
  kind: string;
  stay: string;
  /** The city's ports, or null when the policy applies at any open port. */
  ports: { name: string; unresolved: boolean }[] | null;
  anyPort: string;
  stayArea: string;
  note: string | null;
  announced: string;
  from: string | null;
  end: EndDate | null;
  noEnd: string | null;
  countriesHeading: string;
  countries: { code: string; name: string; dates: string | null; end: EndDate | null }[];
  countriesIncomplete: string | null;
  conditions: string[];
  sources: SourceRecord[];
  authority: { name: string; url: string };
  /** On the checker page (no city given): the ports and stay area in each member city it names. */
  byCity: { city: string; ports: { name: string; unresolved: boolean }[]; stayArea: string; note: string | null }[];
}

/** On a city's page, only the sources its ports, its stay area and the nationality list rest on (the first source, the announcement, always). */
function citySources(policy: EntryPolicyRecord, city: string): SourceRecord[] {
  const here = policy.cities.find((c) => c.city === city);
  const used = new Set([policy.sources[0]?.id, policy.countriesSource, ...policy.countries.map((c) => c.source), here?.stayArea.source, ...(here?.ports.map((p) => p.source) ?? [])]);
  return policy.sources.filter((s) => used.has(s.id));
}

/** One policy as a city's page (or, without `city`, the checker page) shows it. */
export function policyView(policy: EntryPolicyRecord, entry: EntryRecord, locale: Locale, buildDay: string, city?: CityRecord, cityNames?: ReadonlyMap<string, string>): PolicyView {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
  const here = city ? entry.cities.find((c) => c.city === city.slug)?.policies.find((p) => p.policy === policy.slug) : undefined;
  const authority = entry.authorities[policy.authority];
  const authorityName = authority.name[locale];
  const label = (l: Label | null | undefined) => (l ? l[locale] : null);
  const separator = t('reason.listSeparator');
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en-GB');
  return {
    slug: policy.slug,
    name: policy.name[locale],
    kind: t(`entry.kind.${policy.kind}`),
    stay: policy.kind === 'transit' ? t('entry.stayHours') : t('entry.stayDays', { n: policy.stayDays }),
    ports: here?.ports ? here.ports.map((p) => ({ name: p.name[locale], unresolved: p.status === 'unresolved' })) : null,
    anyPort: city ? t('entry.anyPort', { airports: city.airports.map((a) => a.name[locale]).join(separator) }) : '',
    stayArea: label(here?.stayArea) ?? t('entry.stayAnywhere'),
    note: label(here?.note),
    announced: policy.announced ? t('entry.announced', { date: day(locale, policy.announced) }) : t('entry.announcedUnknown'),
    from: policy.from ? t('entry.from', { date: day(locale, policy.from) }) : null,
    end: policy.until ? endDate(policy.until, authorityName, locale, buildDay) : null,
    noEnd: policy.until ? null : t('entry.noEnd'),
    countriesHeading: t('entry.countries', { n: policy.countries.length }),
    countries: policy.countries
      .map((c) => {
        const own = [c.from ? t('entry.countryFrom', { date: day(locale, c.from) }) : null, c.until ? t('entry.countryUntil', { date: day(locale, c.until) }) : null].filter(Boolean);
        return { code: c.code, name: countryName(c.code, locale), dates: own.length > 0 ? own.join(' ') : null, end: c.until ? endDate(c.until, authorityName, locale, buildDay) : null };
      })
      .sort((a, b) => collator.compare(a.name, b.name)),
    countriesIncomplete: policy.countriesComplete ? null : t('entry.countriesIncomplete', { authority: authorityName }),
    conditions: policy.conditions.map((c) => c[locale]),
    sources: city ? citySources(policy, city.slug) : policy.sources,
    authority: { name: authorityName, url: authority.url[locale] },
    byCity: city
      ? []
      : policy.cities.map((c) => ({
          city: cityNames?.get(c.city) ?? c.city,
          ports: c.ports.map((p) => ({ name: p.name[locale], unresolved: p.status === 'unresolved' })),
          stayArea: c.stayArea[locale],
          note: label(c.note),
        })),
  };
}

/** The policies that apply in a city, transit first, as its page shows them. */
export function cityEntryView(entry: EntryRecord, city: CityRecord, locale: Locale, buildDay: string): PolicyView[] {
  const here = entry.cities.find((c) => c.city === city.slug)?.policies ?? [];
  return here.flatMap((p) => {
    const policy = entry.policies.find((candidate) => candidate.slug === p.policy);
    return policy ? [policyView(policy, entry, locale, buildDay, city)] : [];
  });
}
