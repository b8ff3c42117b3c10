/** How much a planner can trust a venue's figures, from the date someone last checked them. */
export type Freshness = 'verified' | 'stale' | 'unverified';

/** Figures checked more than this many months ago are stale. */
export const staleAfterMonths = 12;

/** The date `months` calendar months before `date` (UTC), clamped to the month's last day. */
function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/**
 * `unverified` when nobody has checked the figures, `stale` when the last check is more than
 * twelve months before `today`, else `verified`. A check exactly twelve months ago is still verified.
 */
export function dataFreshness(verified: Date | undefined, today: Date): Freshness {
  if (!verified) return 'unverified';
  return verified.getTime() < monthsBefore(today, staleAfterMonths).getTime() ? 'stale' : 'verified';
}
