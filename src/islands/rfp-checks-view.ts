/**
 * The request's plausibility in the page (loaded with its rules, once a value they judge is given):
 * beside each field whose value is not taken, why (announced: the slot is a live region), the field
 * marked `aria-invalid`, and a summary at the top of the form.
 */
import { plausibleRequest, requestProblems, type RequestProblem } from '../lib/shared/rfp-checks.ts';
import { rfpKeys, type RfpRequest } from '../lib/shared/rfp-query.ts';
import { givenDayText } from '../lib/shared/rfp-text.ts';
import { sel } from './hooks.ts';
import type { IslandWords } from './island-words.ts';
import type { RfpLabels } from './rfp-page-labels.ts';

/** The request's problems (judged against the planner's today) and the request without their values. */
export function checkRequest(given: RfpRequest, today: string): { problems: RequestProblem[]; request: RfpRequest } {
  const problems = requestProblems(given, today);
  return { problems, request: plausibleRequest(given, problems) };
}

export function showChecks(root: HTMLElement, form: HTMLFormElement, problems: readonly RequestProblem[], words: IslandWords<RfpLabels>): void {
  const { say, formatNumber, locale } = words;
  const text = (problem: RequestProblem) =>
    say(
      `rfp.check.${problem.kind}`,
      Object.fromEntries(Object.entries(problem.values).map(([key, value]) => [key, typeof value === 'number' ? formatNumber(value) : /^\d{4}-\d{2}-\d{2}$/.test(value) ? givenDayText(value, locale) : value])),
    );
  for (const slot of root.querySelectorAll<HTMLElement>(sel('rfpCheck'))) {
    const field = slot.dataset.rfpCheck as string;
    // Slots are named by the form's field (the URL key), problems by the request's.
    const problem = problems.find((p) => (p.field in rfpKeys ? rfpKeys[p.field as keyof typeof rfpKeys] : p.field) === field);
    const message = problem ? text(problem) : '';
    if (slot.textContent !== message) slot.textContent = message;
    const input = form.elements.namedItem(field);
    if (input instanceof HTMLElement) {
      if (problem) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (!input.hasAttribute('aria-describedby')) input.setAttribute('aria-describedby', slot.id);
    }
  }
  const summary = root.querySelector<HTMLElement>(sel('rfpChecks'));
  if (summary) summary.textContent = problems.length === 0 ? '' : say('rfp.checkSummary', { n: problems.length });
}
