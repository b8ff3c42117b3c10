/**
 * `/data/entry.json`, built once per build from content/entry: each visa-free policy, and per member
 * city which policies apply and through which of its ports. Types in src/lib/shared/records.ts.
 */
import { isoDay } from './iso-day.ts';
import { sourceRecords } from './open-data.ts';
import type { EntryPolicyFacts } from './schemas.ts';
import type { EntryPolicyRecord, EntryRecord } from '../shared/records.ts';

/** The authorities a delegate confirms with: their own sites. */
export const entryAuthorities: EntryRecord['authorities'] = {
  nia: { name: { en: 'National Immigration Administration', zh: '国家移民管理局' }, url: { en: 'https://en.nia.gov.cn/', zh: 'https://www.nia.gov.cn/' } },
  mfa: { name: { en: 'Ministry of Foreign Affairs (consular service)', zh: '外交部（中国领事服务网）' }, url: { en: 'https://cs.mfa.gov.cn/', zh: 'https://cs.mfa.gov.cn/' } },
};

const day = (date: Date | undefined) => (date ? isoDay(date) : null);

export function entryPolicyRecord(slug: string, facts: EntryPolicyFacts): EntryPolicyRecord {
  const sources = sourceRecords(facts.sources);
  const from = (ref: string | undefined) => ref ?? (sources[0]?.id as string);
  return {
    slug,
    name: facts.name,
    kind: facts.kind,
    authority: facts.authority,
    stayDays: facts.stayDays,
    announced: day(facts.announced),
    from: day(facts.from),
    until: day(facts.until),
    conditions: facts.conditions,
    countries: facts.countries.map((code) => {
      const own = facts.countryDates.find((d) => d.code === code);
      return { code, from: day(own?.from), until: day(own?.until), source: own?.source ?? null };
    }),
    countriesComplete: facts.countriesComplete,
    countriesSource: facts.countriesSource ?? null,
    cities: facts.cities.map((c) => ({
      city: c.city,
      ports: c.ports.map((p) => ({ name: p.name, status: p.status, source: from(p.source) })),
      stayArea: { en: c.stayArea.en, zh: c.stayArea.zh, source: from(c.stayArea.source) },
      note: c.note ?? null,
    })),
    sources,
  };
}

/** Policies that name ports apply only in the cities they list; the others at every open port of every city. */
export function entryRecord(buildDay: string, policies: readonly EntryPolicyRecord[], cities: readonly string[]): EntryRecord {
  const order = ['transit', 'unilateral', 'regional', 'mutual'];
  const sorted = [...policies].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return {
    generated: buildDay,
    authorities: entryAuthorities,
    policies: sorted,
    cities: cities.map((city) => ({
      city,
      policies: sorted.flatMap((policy): EntryRecord['cities'][number]['policies'] => {
        if (policy.cities.length === 0) return [{ policy: policy.slug, ports: null, stayArea: null, note: null }];
        const here = policy.cities.find((c) => c.city === city);
        return here ? [{ policy: policy.slug, ports: here.ports, stayArea: { en: here.stayArea.en, zh: here.stayArea.zh }, note: here.note }] : [];
      }),
    })),
  };
}
