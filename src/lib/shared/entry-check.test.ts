import { describe, expect, it } from 'vitest';
import { testEntry } from '../testing/travel-records.ts';
import { checkEntry, countryWindow, policyPhase, type EntryQuestion, type PolicyResult } from './entry-check.ts';

const entry = testEntry();
const ask = (q: Partial<EntryQuestion>) => checkEntry({ nationality: 'US', city: 'shanghai', onward: 'third', days: 5, arrival: '2026-12-10', ...q }, entry);
const results = (q: Partial<EntryQuestion>) => {
  const answer = ask(q);
  if (answer.kind !== 'policies') throw new Error(answer.kind);
  return answer;
};
const bySlug = (list: PolicyResult[], slug: string) => list.find((r) => r.policy.slug === slug) as PolicyResult;

describe('policyPhase: a time-limited policy before, during and after its dates', () => {
  const russia = { from: '2025-09-15', until: '2026-09-14' };
  it('is before its first day', () => expect(policyPhase(russia, '2025-09-14')).toBe('before'));
  it('runs on its first and last days', () => {
    expect(policyPhase(russia, '2025-09-15')).toBe('during');
    expect(policyPhase(russia, '2026-09-14')).toBe('during');
  });
  it('has ended the day after its last day', () => expect(policyPhase(russia, '2026-09-15')).toBe('after'));
  it('never ends without an end date', () => expect(policyPhase({ from: null, until: null }, '2099-01-01')).toBe('during'));
});

describe('checkEntry', () => {
  it('transit-eligible: a US delegate through Shanghai on to a third country for 5 days may use the 240-hour transit, at Shanghai’s ports', () => {
    const answer = results({});
    const transit = bySlug(answer.results, 'transit-240-hours');
    expect(transit.applies).toBe(true);
    expect(transit.ports?.map((p) => p.name.en)).toContain('Shanghai Pudong International Airport');
    expect(bySlug(answer.results, 'unilateral-30-days').reasons).toEqual([{ kind: 'not-listed' }]);
    expect(answer.visaNeeded).toBe(false);
  });

  it('the same delegate flying home again does not qualify: A → China → C', () => {
    const answer = results({ onward: 'home' });
    expect(bySlug(answer.results, 'transit-240-hours').reasons).toContainEqual({ kind: 'onward' });
    expect(answer.visaNeeded).toBe(true);
  });

  it('a stay over 10 days rules the transit out', () => {
    expect(bySlug(results({ days: 11 }).results, 'transit-240-hours').reasons).toContainEqual({ kind: 'too-long', max: 10 });
  });

  it('unilateral list: a French delegate for 20 days in Beijing in December 2026 may enter visa-free, until 31 December 2026', () => {
    const unilateral = bySlug(results({ nationality: 'FR', city: 'beijing', onward: 'home', days: 20 }).results, 'unilateral-30-days');
    expect(unilateral).toMatchObject({ applies: true, until: '2026-12-31', ports: null });
  });

  it('after 31 December 2026 the unilateral entry shows as ended, not as applying', () => {
    const answer = results({ nationality: 'FR', city: 'beijing', onward: 'home', days: 20, arrival: '2027-01-05' });
    expect(bySlug(answer.results, 'unilateral-30-days').reasons).toEqual([{ kind: 'ended', date: '2026-12-31' }]);
    expect(answer.visaNeeded).toBe(true);
  });

  it('Russia’s trial has its own end date, 14 September 2026', () => {
    const unilateral = entry.policies.find((p) => p.slug === 'unilateral-30-days');
    expect(unilateral && countryWindow(unilateral, 'RU')).toEqual({ from: '2025-09-15', until: '2026-09-14' });
    expect(bySlug(results({ nationality: 'RU', days: 20, onward: 'home', arrival: '2026-10-01' }).results, 'unilateral-30-days').reasons).toEqual([{ kind: 'ended', date: '2026-09-14' }]);
  });

  it('Hainan only: a Philippine delegate may enter Sanya for 20 days under the Hainan scheme, and needs a visa for Kunming', () => {
    const sanya = results({ nationality: 'PH', city: 'sanya', days: 20, onward: 'home' });
    expect(bySlug(sanya.results, 'hainan-30-days')).toMatchObject({ applies: true, stayArea: { en: 'Hainan (the whole province)' } });
    const kunming = results({ nationality: 'PH', city: 'kunming', days: 20, onward: 'home' });
    expect(bySlug(kunming.results, 'hainan-30-days').reasons).toContainEqual({ kind: 'no-port' });
    expect(kunming.visaNeeded).toBe(true);
  });

  it('visa required: an Indian delegate matches no sourced list, and the unsourced agreements are named', () => {
    const answer = results({ nationality: 'IN' });
    expect(answer.visaNeeded).toBe(true);
    expect(answer.unsourcedAgreements.map((p) => p.slug)).toEqual(['mutual-exemption']);
  });

  it('a Singaporean delegate is covered by the mutual exemption the sources name', () => {
    expect(bySlug(results({ nationality: 'SG', days: 20, onward: 'home' }).results, 'mutual-exemption').applies).toBe(true);
  });

  it('Chinese citizens and residents of Hong Kong, Macao and Taiwan get their own answers', () => {
    expect(ask({ nationality: 'CN' })).toEqual({ kind: 'citizen' });
    expect(ask({ nationality: 'TW' })).toEqual({ kind: 'permit' });
  });

  it('lists transit first', () => {
    expect(results({}).results[0]?.policy.kind).toBe('transit');
  });
});
