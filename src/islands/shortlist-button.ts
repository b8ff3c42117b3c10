// The shortlist button on venue and city pages: toggles the item in localStorage, links to compare.
import { compareQuery, isShortlisted, toggleShortlisted, type Shortlist, type ShortlistKind } from '../lib/shared/shortlist.ts';
import { readShortlist as read, writeShortlist } from './shortlist-store.ts';
import { sel } from './hooks.ts';

for (const box of document.querySelectorAll<HTMLElement>(sel('shortlist'))) {
  const button = box.querySelector<HTMLButtonElement>(sel('shortlistToggle'));
  const label = box.querySelector<HTMLElement>(sel('shortlistLabel'));
  const compare = box.querySelector<HTMLAnchorElement>(sel('shortlistCompare'));
  const count = box.querySelector<HTMLElement>(sel('shortlistCount'));
  const rfp = box.querySelector<HTMLAnchorElement>(sel('shortlistRfp'));
  if (!button || !label || !compare || !count || !rfp) continue;
  const kind = button.dataset.shortlistToggle as ShortlistKind;
  const slug = button.dataset.slug ?? '';
  const base = compare.pathname;

  const render = (list: Shortlist) => {
    const on = isShortlisted(list, kind, slug);
    button.setAttribute('aria-pressed', String(on));
    label.textContent = (on ? button.dataset.labelAdded : button.dataset.labelAdd) ?? '';
    const total = list.venues.length + list.cities.length;
    count.textContent = String(total);
    compare.hidden = total === 0;
    compare.href = `${base}?${compareQuery(list)}`;
    rfp.hidden = list.venues.length === 0;
    rfp.search = compareQuery({ venues: list.venues, cities: [] });
  };

  button.addEventListener('click', () => {
    const next = toggleShortlisted(read(), kind, slug);
    writeShortlist(next);
    render(next);
  });
  window.addEventListener('storage', () => render(read()));
  box.hidden = false;
  render(read());
}
