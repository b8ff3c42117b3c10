/**
 * The entry checker: reads the delegate from the form (kept in the URL), asks the rules in
 * src/lib/shared/entry-check.ts and writes the answer as text: transit first, each policy that could
 * apply with its ports and end date, why the others do not, and whom to confirm with. Every value
 * from the URL is checked against the form's own options.
 */
import { spanText } from '../lib/shared/span-text.ts';
import { checkEntry, type EntryReason, type Onward, type PolicyResult } from '../lib/shared/entry-check.ts';
import type { EntryRecord, Label } from '../lib/shared/records.ts';
import type { EntryCheckerLabels } from './entry-checker-labels.ts';
import { element } from './dom.ts';
import { fetchJson } from './open-data-fetch.ts';
import { sel } from './hooks.ts';
import { islandWords } from './island-words.ts';
import { markEndedPolicies, todayInChina } from './policy-dates.ts';

markEndedPolicies(document);

const root = document.querySelector<HTMLElement>(sel('entryChecker'));
const form = root?.querySelector('form');
if (root && form) {
  const { locale, labels: p, say } = islandWords<EntryCheckerLabels>(root);
  const box = root.querySelector<HTMLElement>(sel('entryResult')) as HTMLElement;
  // The rules come from the open data, not the page, which stays within its first round trip.
  const entry = await fetchJson<EntryRecord>('/data/entry.json').catch(() => null);
  if (!entry) {
    box.replaceChildren(element('p', 'text-amber-800', p['entry.result.loadError']));
    root.dataset.entryReady = '';
  } else {
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    const day = (iso: string) => spanText(iso, iso, locale);
    const optionText = (name: string) => {
      const select = field(name) as HTMLSelectElement;
      return select.selectedOptions[0]?.textContent ?? '';
    };
    const list = (items: string[]) => items.join(p['reason.listSeparator']);
    const authority = (key: 'nia' | 'mfa') => {
      const link = element('a', 'link', entry.authorities[key].name[locale]) as HTMLAnchorElement;
      link.href = entry.authorities[key].url[locale];
      link.rel = 'noopener external';
      return link;
    };
    const reasonText = (reason: EntryReason) => {
      switch (reason.kind) {
        case 'not-listed':
          return say('entry.reason.notListed', { country: optionText('nationality') });
        case 'partial-list':
          return say('entry.reason.partialList', { country: optionText('nationality') });
        case 'onward':
          return p['entry.reason.onward'];
        case 'no-port':
          return say('entry.reason.noPort', { city: optionText('city') });
        case 'too-long':
          return say('entry.reason.tooLong', { n: reason.max });
        case 'ended':
          return say('entry.reason.ended', { date: day(reason.date) });
        case 'not-yet':
          return say('entry.reason.notYet', { date: day(reason.date) });
      }
    };
    const portName = (port: { name: Label; status: string }) => `${port.name[locale]}${port.status === 'unresolved' ? `${locale === 'en' ? ' ' : ''}${p['entry.unresolved']}` : ''}`;
    const policyItem = (r: PolicyResult) => {
      const item = element('li', `rounded-md border px-4 py-3 text-sm ${r.applies ? 'border-emerald-300 bg-emerald-50' : 'border-ink-100'}`);
      const unconfirmed = r.reasons.length === 1 && r.reasons[0]?.kind === 'partial-list';
      item.append(element('p', 'font-semibold text-ink-950', say(r.applies ? 'entry.result.applies' : unconfirmed ? 'entry.result.unconfirmed' : 'entry.result.notApplies', { policy: r.policy.name[locale] })));
      if (!r.applies) item.append(element('p', 'mt-1 text-ink-700', r.reasons.map(reasonText).join(p['entry.reasonSeparator'])));
      else {
        item.append(element('p', 'mt-1 text-ink-800', say('entry.result.ports', { ports: r.ports ? list(r.ports.map(portName)) : p['entry.anyPortShort'] })));
        if (r.stayArea) item.append(element('p', 'mt-1 text-ink-800', say('entry.result.stayArea', { area: r.stayArea[locale] })));
        if (r.until) item.append(element('p', 'mt-1 font-semibold text-ink-800', say('entry.until', { date: day(r.until) })));
        if (r.note) item.append(element('p', 'mt-1 text-amber-900', r.note[locale]));
        const conditions = element('ul', 'mt-1 list-disc pl-5 text-ink-700');
        for (const c of r.policy.conditions) conditions.append(element('li', '', c[locale]));
        item.append(conditions);
      }
      return item;
    };

    const render = () => {
      const nationality = field('nationality').value;
      if (!nationality) {
        box.replaceChildren(element('p', 'text-ink-700', p['entry.result.pick']));
        root.dataset.entryReady = '';
        return;
      }
      const days = Math.min(365, Math.max(1, Number.parseInt(field('days').value, 10) || 1));
      const arrival = /^\d{4}-\d{2}-\d{2}$/.test(field('arrival').value) ? field('arrival').value : todayInChina();
      const onward: Onward = (form.querySelector<HTMLInputElement>('input[name="onward"]:checked')?.value as Onward) ?? 'third';
      const answer = checkEntry({ nationality, city: field('city').value, onward, days, arrival }, entry);
      const nodes: HTMLElement[] = [element('p', 'font-semibold text-ink-950', say('entry.result.for', { country: optionText('nationality'), city: optionText('city'), date: day(arrival), n: days }))];
      if (answer.kind === 'citizen') nodes.push(element('p', 'text-ink-800', p['entry.result.china']));
      else if (answer.kind === 'permit') nodes.push(element('p', 'text-ink-800', p['entry.result.permit']));
      else {
        if (answer.visaNeeded) nodes.push(element('p', 'rounded-md bg-vermilion-50 px-4 py-3 font-semibold text-vermilion-700', p['entry.result.visa']));
        if (answer.visaNeeded && answer.unsourcedAgreements.length > 0) {
          const note = element('p', 'text-sm text-amber-900', `${p['entry.result.mutualUnknown']} `);
          note.append(authority('mfa'));
          nodes.push(note);
        }
        const items = element('ul', 'space-y-2');
        items.append(...answer.results.map(policyItem));
        nodes.push(items);
      }
      const confirm = element('p', 'font-semibold text-ink-950', `${p['entry.confirm']} `);
      confirm.append(authority('nia'));
      nodes.push(confirm);
      box.replaceChildren(...nodes);
      root.dataset.entryReady = '';
    };

    // The URL holds the question; only values the form offers are taken from it.
    const params = new URLSearchParams(location.search);
    for (const name of ['nationality', 'city', 'days', 'arrival']) {
      const value = params.get(name);
      const input = field(name);
      if (value === null) continue;
      if (input instanceof HTMLSelectElement ? [...input.options].some((o) => o.value === value) : true) input.value = value;
    }
    const onwardParam = form.querySelector<HTMLInputElement>(`input[name="onward"][value="${params.get('onward') === 'home' ? 'home' : 'third'}"]`);
    if (onwardParam) onwardParam.checked = true;
    form.hidden = false;
    const commit = () => {
      const query = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') query.set(key, value);
      history.replaceState(null, '', `${location.pathname}?${query}`);
      render();
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      commit();
    });
    form.addEventListener('change', commit);
    render();
  }
}
