import { describe, expect, it } from 'vitest';
import { testEntry } from '../testing/travel-records.ts';
import { cityEntryView, endDate } from './entry-view.ts';
import type { CityRecord } from '../shared/records.ts';

const entry = testEntry('2026-12-06');
const city = (slug: string): CityRecord =>
  ({ slug, name: { en: slug, zh: slug }, airports: [{ code: 'PEK', name: { en: 'Beijing Capital International Airport', zh: '北京首都国际机场' }, km: null, minutes: null, source: 's' }] }) as unknown as CityRecord;

describe('cityEntryView', () => {
  it('Beijing: transit first, Capital Airport confirmed, Daxing and Beijing West unresolved, the conflict said as it is', () => {
    const [transit] = cityEntryView(entry, city('beijing'), 'en', '2026-12-06');
    expect(transit?.name).toBe('240-hour visa-free transit');
    expect(transit?.ports).toEqual([
      { name: 'Beijing Capital International Airport', unresolved: false },
      { name: 'Beijing Daxing International Airport', unresolved: true },
      { name: 'Beijing West Railway Station', unresolved: true },
    ]);
    expect(transit?.note).toMatch(/Only Capital Airport is certain/);
    // Only the sources Beijing's ports, stay area and the nationality list rest on.
    expect(transit?.sources.map((s) => s.id)).toEqual(['shine-2024', 'cctv-2025-06', 'beijing-240', 'beijing-144']);
  });

  it('the unilateral entry applies at any open port, with its end date always shown', () => {
    const unilateral = cityEntryView(entry, city('beijing'), 'zh', '2026-12-06').find((p) => p.slug === 'unilateral-30-days');
    expect(unilateral?.ports).toBeNull();
    expect(unilateral?.anyPort).toBe('所有对外开放口岸，包括北京首都国际机场');
    expect(unilateral?.end).toMatchObject({ until: '2026-12-31', current: '有效期至2026年12月31日', endedAtBuild: false });
    expect(unilateral?.countries.find((c) => c.code === 'RU')).toMatchObject({ name: '俄罗斯', end: { endedAtBuild: true } });
  });

  it('Sanya alone has the Hainan scheme; the mutual list says it is incomplete and names the authority', () => {
    expect(cityEntryView(entry, city('sanya'), 'en', '2026-12-06').map((p) => p.slug)).toContain('hainan-30-days');
    expect(cityEntryView(entry, city('kunming'), 'en', '2026-12-06').map((p) => p.slug)).not.toContain('hainan-30-days');
    const mutual = cityEntryView(entry, city('kunming'), 'en', '2026-12-06').find((p) => p.slug === 'mutual-exemption');
    expect(mutual?.countriesIncomplete).toBe('The full list could not be sourced: only the countries a source names are shown. See the Ministry of Foreign Affairs (consular service) for the current list.');
  });

  it('every founding city has at least one named port for the 240-hour transit', () => {
    for (const slug of ['beijing', 'shanghai', 'tianjin', 'chengdu', 'hangzhou', 'kunming', 'sanya', 'xian']) {
      expect(cityEntryView(entry, city(slug), 'en', '2026-12-06')[0]?.ports?.length, slug).toBeGreaterThan(0);
    }
  });
});

describe('endDate', () => {
  it('is ended at build only after the last day', () => {
    expect(endDate('2026-12-31', 'NIA', 'en', '2026-12-31').endedAtBuild).toBe(false);
    expect(endDate('2026-12-31', 'NIA', 'en', '2027-01-01')).toMatchObject({ endedAtBuild: true, ended: 'Ended on 31 December 2026. No extension had been announced when this page was built: check with the NIA.' });
  });
});
