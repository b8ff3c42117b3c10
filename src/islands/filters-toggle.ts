// The finder's Filters control on a phone: shows or folds the filters, which come before the results.
import { sel } from './hooks.ts';

const toggle = document.querySelector<HTMLButtonElement>(sel('filtersToggle'));
const fields = document.querySelector<HTMLElement>(sel('filterFields'));
if (toggle && fields) {
  // A filter set in the URL is shown open, so the planner sees why the list is shorter.
  const open = (value: boolean) => {
    toggle.setAttribute('aria-expanded', String(value));
    fields.classList.toggle('max-lg:hidden', !value);
  };
  open([...new URLSearchParams(location.search).keys()].some((key) => fields.querySelector(`[name="${CSS.escape(key)}"]`)));
  toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
}
