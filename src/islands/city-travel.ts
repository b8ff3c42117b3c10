/**
 * A city page's dates and entry: marks policies past their end date as ended, and runs the date tool
 * (the check itself loads on first use). The tool's dates are kept in the URL (`?dates=`).
 */
import { sel } from './hooks.ts';
import { markEndedPolicies } from './policy-dates.ts';

markEndedPolicies(document);

const root = document.querySelector<HTMLElement>(sel('dateCheck'));
const form = root?.querySelector('form');
if (root && form) {
  const locale = root.dataset.locale === 'zh' ? 'zh' : 'en';
  const box = root.querySelector<HTMLElement>(sel('dateFindings')) as HTMLElement;
  const input = form.elements.namedItem('dates') as HTMLInputElement;
  const check = async () => {
    const { showDates } = await import('./date-check-ui.ts');
    await showDates(box, input.value.trim(), { locale, cityNames: JSON.parse(root.dataset.cityNames ?? '{}'), cities: [root.dataset.city ?? ''] });
  };
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('dates', input.value.trim());
    else url.searchParams.delete('dates');
    history.replaceState(null, '', url);
    void check();
  });
  input.value = new URLSearchParams(location.search).get('dates') ?? '';
  if (input.value) void check();
}
