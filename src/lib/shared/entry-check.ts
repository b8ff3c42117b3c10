/**
 * The entry checker's rules, over `/data/entry.json` (EntryRecord): for a delegate's nationality,
 * arrival city, onward travel, length of stay and arrival date, which visa-free policy could apply
 * and why each other one does not. Time-limited policies are judged against the arrival date, so a
 * policy past its end date shows as ended. It reads only what the sources list and never guesses:
 * a list that could not be sourced in full is said to be so.
 */
import type { EntryPolicyRecord, EntryPortRecord, EntryRecord, Label } from './records.ts';

export type PolicyPhase = 'before' | 'during' | 'after';

/** Where a day falls against a policy's dates: before it starts, while it runs, or after its last day. */
export function policyPhase(window: { from: string | null; until: string | null }, day: string): PolicyPhase {
  if (window.from !== null && day < window.from) return 'before';
  if (window.until !== null && day > window.until) return 'after';
  return 'during';
}

/** A country's own dates under a policy: its own where the sources give them, else the policy's. */
export function countryWindow(policy: EntryPolicyRecord, code: string): { from: string | null; until: string | null } | undefined {
  const country = policy.countries.find((c) => c.code === code);
  return country && { from: country.from ?? policy.from, until: country.until ?? policy.until };
}

export type Onward = 'third' | 'home';

export interface EntryQuestion {
  nationality: string;
  city: string;
  onward: Onward;
  days: number;
  /** YYYY-MM-DD */
  arrival: string;
}

export type EntryReason =
  | { kind: 'not-listed' }
  | { kind: 'partial-list' }
  | { kind: 'onward' }
  | { kind: 'no-port' }
  | { kind: 'too-long'; max: number }
  | { kind: 'ended'; date: string }
  | { kind: 'not-yet'; date: string };

export interface PolicyResult {
  policy: EntryPolicyRecord;
  applies: boolean;
  /** Why it does not apply (empty when it could). */
  reasons: EntryReason[];
  /** The city's ports for it (null: any open port). */
  ports: EntryPortRecord[] | null;
  stayArea: Label | null;
  note: Label | null;
  /** The last day it applies to this nationality, or null. */
  until: string | null;
}

export type EntryAnswer =
  /** Chinese citizens. */
  | { kind: 'citizen' }
  /** Hong Kong, Macao and Taiwan: travel permits, not visas. */
  | { kind: 'permit' }
  | { kind: 'policies'; results: PolicyResult[]; visaNeeded: boolean; unsourcedAgreements: EntryPolicyRecord[] };

const permitRegions = ['HK', 'MO', 'TW'];

/** One policy against the question. */
export function assessPolicy(policy: EntryPolicyRecord, question: EntryQuestion, entry: EntryRecord): PolicyResult {
  const here = entry.cities.find((c) => c.city === question.city)?.policies.find((p) => p.policy === policy.slug);
  const window = countryWindow(policy, question.nationality);
  const reasons: EntryReason[] = [];
  if (!window) reasons.push({ kind: policy.countriesComplete ? 'not-listed' : 'partial-list' });
  if (policy.kind === 'transit' && question.onward === 'home') reasons.push({ kind: 'onward' });
  if (!here) reasons.push({ kind: 'no-port' });
  if (question.days > policy.stayDays) reasons.push({ kind: 'too-long', max: policy.stayDays });
  const phase = policyPhase(window ?? policy, question.arrival);
  const until = window?.until ?? policy.until;
  const from = window?.from ?? policy.from;
  if (phase === 'after' && until) reasons.push({ kind: 'ended', date: until });
  if (phase === 'before' && from) reasons.push({ kind: 'not-yet', date: from });
  return { policy, applies: reasons.length === 0, reasons, ports: here?.ports ?? null, stayArea: here?.stayArea ?? null, note: here?.note ?? null, until };
}

/** Every policy against the question, transit first (its A → China → C rule is what planners miss). */
export function checkEntry(question: EntryQuestion, entry: EntryRecord): EntryAnswer {
  if (question.nationality === 'CN') return { kind: 'citizen' };
  if (permitRegions.includes(question.nationality)) return { kind: 'permit' };
  const results = entry.policies.map((policy) => assessPolicy(policy, question, entry));
  const visaNeeded = !results.some((r) => r.applies);
  const unsourcedAgreements = results.filter((r) => r.reasons.some((reason) => reason.kind === 'partial-list')).map((r) => r.policy);
  return { kind: 'policies', results, visaNeeded, unsourcedAgreements };
}
