/** Shows a time-limited policy as ended once today, in China, is past its last day: judged in the browser, not only when the page was built. */
import { sel } from './hooks.ts';

/** Today in Beijing time, YYYY-MM-DD. */
export const todayInChina = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export function markEndedPolicies(scope: ParentNode, today = todayInChina()) {
  for (const item of scope.querySelectorAll<HTMLElement>(sel('policyUntil'))) {
    const ended = today > (item.dataset.policyUntil ?? '');
    (item.querySelector(sel('policyCurrent')) as HTMLElement).hidden = ended;
    (item.querySelector(sel('policyEnded')) as HTMLElement).hidden = !ended;
  }
}
