/**
 * The request's date check, loaded by the request page after it draws the request: what falls on the
 * requested dates (a Golden Week, the Spring Festival, a fair in a requested city) goes on the page,
 * into print, and into the request's JSON and CSV files.
 */
import type { RfpFileInput } from '../lib/shared/rfp-files.ts';
import { datePhrases, showDates } from './date-check-ui.ts';
import { sel } from './hooks.ts';

/** `cities`: the requested venues' cities, whose fairs count (all cities when none). */
export async function showRequestDates(root: HTMLElement, dates: string, file: RfpFileInput | undefined, cities: readonly string[]) {
  const section = root.querySelector<HTMLElement>(sel('rfpDates'));
  if (!section) return;
  const locale = root.dataset.locale === 'zh' ? 'zh' : 'en';
  const lines = await showDates(section.querySelector(sel('dateFindings')) as HTMLElement, dates, {
    locale,
    cityNames: JSON.parse(root.dataset.cityNames ?? '{}') as Record<string, string>,
    ...(cities.length > 0 ? { cities } : {}),
  });
  section.hidden = dates.trim() === '';
  // Findings mean the words were loaded (and are kept); without findings the files list no date check, so nothing is fetched.
  if (file) file.dateCheck = { label: lines.length > 0 ? (await datePhrases(locale))['dates.heading'] : '', lines };
}
