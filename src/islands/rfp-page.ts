/**
 * The request-for-proposal page: reads the request from the URL (or, with no venues, the shortlist),
 * shows each venue's fit, and offers print, JSON, CSV, an e-mail and a QR code of the link. Nothing
 * is sent anywhere; every value from the URL is set as text.
 */
import { outcomes, type Outcome } from '../lib/shared/outcome.ts';
import type { VenueRecord } from '../lib/shared/records.ts';
import type { CitySummary } from '../lib/shared/city-summary.ts';
import type { RfpVenue } from '../lib/shared/rfp.ts';
import { parseRfpQuery, readDates, requestLinks, rfpQuery, withoutVenue, type RfpRequest } from '../lib/shared/rfp-query.ts';
import { datesText, requestFields } from '../lib/shared/rfp-text.ts';
import { citation } from '../lib/shared/citation.ts';
import type { RfpLabels } from './rfp-page-labels.ts';
import { element } from './dom.ts';
import { fetchCitySummaries, fetchVenues } from './open-data-fetch.ts';
import { sel, type Hook } from './hooks.ts';
import { islandWords } from './island-words.ts';

const root = document.querySelector<HTMLElement>(sel('rfp'));
if (root) void start(root);

async function start(root: HTMLElement) {
  const { locale, labels: p, say, formatNumber } = islandWords<RfpLabels>(root);
  const cityNames = JSON.parse(root.dataset.cityNames ?? '{}') as Record<string, string>;
  const w = { phrases: p, locale, formatNumber } as const;
  const $ = <T extends HTMLElement>(hook: Hook) => root.querySelector<T>(sel(hook)) as T;
  const form = $<HTMLFormElement>('rfpForm');
  const output = $('rfpOutput');

  let request = parseRfpQuery(location.search);
  // Every way in (finder, compare, shortlist button) puts the venues in the URL; only a bare /rfp/ reads the stored shortlist.
  if (!new URLSearchParams(location.search).has('venues')) request = { ...request, venues: (await import('./shortlist-store.ts')).readShortlist().venues };

  // Only the records this request shows: its venues, then their cities' summaries.
  let venues: VenueRecord[];
  let cities: CitySummary[];
  try {
    venues = await fetchVenues(request.venues);
    cities = await fetchCitySummaries(venues.map((v) => v.city));
  } catch {
    // As the finder does: say so, rather than leave the page waiting.
    const note = root.querySelector<HTMLElement>(sel('rfpNojs'));
    if (note) note.textContent = p['rfp.loadError'];
    return;
  }
  root.querySelector(sel('rfpNojs'))?.remove();
  output.hidden = false;

  const pageUrl = `${location.origin}${location.pathname}`;
  const readable = (url: string) => {
    try {
      return decodeURI(url);
    } catch {
      return url;
    }
  };
  const cityName = (slug: string) => cityNames[slug] ?? slug;
  const venueName = (v: VenueRecord) => v.name[locale];

  const writeForm = () => {
    const params = new URLSearchParams(rfpQuery(request));
    for (const field of form.elements) {
      if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement) || !field.name) continue;
      const value = params.get(field.name);
      if (field instanceof HTMLSelectElement) field.value = value ?? (field.querySelector('option[selected]') as HTMLOptionElement | null)?.value ?? '';
      else field.value = value ?? '';
    }
  };
  const readForm = (): RfpRequest => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim() !== '') params.set(key, value);
    params.set('venues', request.venues.join(','));
    return { ...parseRfpQuery(params), malformed: request.malformed };
  };
  const commit = async (next: RfpRequest, push = true) => {
    request = next;
    const url = `${location.pathname}?${rfpQuery(request)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    await loadAssessment();
    render();
  };


  // Markup (and its classes) comes from the page's templates; every value goes in as text.
  const fromTemplate = (hook: Hook) => ($<HTMLTemplateElement>(hook).content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const venueItem = (a: RfpVenue & { venue: VenueRecord }) => {
    const li = fromTemplate('rfpVenueTemplate');
    const [title, flag, source] = li.querySelectorAll('p') as unknown as HTMLElement[];
    const note = li.querySelector('div') as HTMLElement;
    li.dataset.rfpVenue = a.slug;
    const link = li.querySelector('a') as HTMLAnchorElement;
    link.textContent = venueName(a.venue);
    link.href = `/${locale}/venues/${a.slug}/`;
    (title?.lastElementChild as HTMLElement).textContent = ` · ${cityName(a.venue.city)}`;
    if (a.outcome !== 'does-not-fit') flag?.remove();
    // One line per part, its sources numbered as the list after it numbers them.
    if (assess) note.append(...assess.venueLines(a, w));
    if (!note.hasChildNodes()) note.remove();
    const publishers = a.venue.sources.map((s, i) => `[${i + 1}] ${citation(s, locale)}`).join(p['reason.listSeparator']);
    const verified = a.venue.verified ? say('rfp.verifiedOn', { date: datesText(readDates(a.venue.verified), locale) }) : p['rfp.notVerified'];
    (source as HTMLElement).textContent = `${say('rfp.figuresFrom', { publishers })}${p['reason.separator']}${verified}`;
    const drop = li.querySelector('button') as HTMLButtonElement;
    drop.setAttribute('aria-label', say('rfp.dropLabel', { name: venueName(a.venue) }));
    drop.addEventListener('click', () => void commit(withoutVenue(request, a.slug)));
    return li;
  };

  const renderVenues = (assessed: RfpVenue[]) => {
    const box = $('rfpVenues');
    box.replaceChildren();
    const known = assessed.filter((a): a is RfpVenue & { venue: VenueRecord } => a.venue !== null);
    const unknown = [...request.malformed, ...assessed.filter((a) => a.venue === null).map((a) => a.slug)];
    const note = $('rfpUnknown');
    note.hidden = unknown.length === 0;
    note.textContent = say('rfp.unknown', { items: unknown.join(p['reason.listSeparator']) });
    if (known.length === 0) box.append(element('p', 'text-ink-700', p['rfp.noVenues']));
    else if (!request.brief) box.append(element('p', 'text-ink-700', p['rfp.noBrief']));
    const groups: (Outcome | 'none')[] = request.brief ? [...outcomes] : ['none'];
    for (const group of groups) {
      const members = known.filter((a) => (a.outcome ?? 'none') === group);
      if (members.length === 0) continue;
      const section = fromTemplate('rfpGroupTemplate');
      const [heading, hint, list] = section.children as unknown as HTMLElement[];
      section.dataset.group = group;
      if (group === 'none') heading?.remove();
      else (heading as HTMLElement).textContent = say(`brief.group.${group}`, { n: members.length });
      const hintText = group === 'none' || group === 'fits' ? undefined : p[`brief.groupHint.${group}`];
      if (hintText) (hint as HTMLElement).textContent = hintText;
      else hint?.remove();
      list?.append(...members.map(venueItem));
      box.append(section);
    }
  };

  // The QR encoder loads when a code is asked for (or the request printed), not with the page.
  let qr: typeof import('./rfp-qr.ts') | undefined;
  const renderQr = (links: ReturnType<typeof requestLinks>) => {
    if (!qr) return;
    const scope = qr.drawQr($('rfpQrCode'), links, p['rfp.qrLabel']);
    $('rfpLinkNote').textContent = scope ? p[`rfp.link.${scope}`] : p['rfp.linkTooLong'];
    $('rfpQr').hidden = !scope;
    $('rfpQrShow').hidden = true;
  };

  // The matching rules load when the request has a programme to assess the venues against.
  let assess: typeof import('./rfp-brief.ts') | undefined;
  const loadAssessment = async () => {
    if (request.brief) assess ??= await import('./rfp-brief.ts');
  };
  const render = () => {
    const assessed: RfpVenue[] =
      request.brief && assess ? assess.assessRequest(request, venues, cities) : request.venues.map((slug) => ({ slug, venue: venues.find((v) => v.slug === slug) ?? null, parts: [] }));
    const fields = requestFields(request, w);
    $('rfpHeading').textContent = request.event || p['rfp.value.noEvent'];
    const dl = $('rfpFields');
    dl.replaceChildren();
    for (const field of fields) {
      dl.append(element('dt', 'font-semibold text-ink-700', field.label), element('dd', 'whitespace-pre-line break-words text-ink-950', field.value));
    }
    renderVenues(assessed);
    $('rfpAreaRule').hidden = !$('rfpVenues').querySelector('.estimate');
    const links = requestLinks(pageUrl, request);
    const anchor = $<HTMLAnchorElement>('rfpLink');
    anchor.href = (links[0] as (typeof links)[number]).url;
    // Shown as the reader reads it (Chinese as characters); the address itself stays encoded.
    anchor.textContent = readable(anchor.href);
    showLinks = () => renderQr(links);
    showLinks();

    const known = assessed.filter((a): a is RfpVenue & { venue: VenueRecord } => a.venue !== null);
    writeMail = () => {
      if (!mail) return;
      const written = mail.rfpEmail(request, known.map((a) => ({ name: venueName(a.venue), city: cityName(a.venue.city) })), links, [], w);
      mailLink.href = written.href;
      const trimmed = [!written.notesShown && request.notes ? p['rfp.emailTrimmedNotes'] : '', written.venuesShown < known.length ? p['rfp.emailTrimmedVenues'] : ''].filter(Boolean);
      const note = $('rfpTrimmed');
      note.hidden = trimmed.length === 0 && written.scope === 'full';
      note.textContent = written.scope === 'full' ? say('rfp.emailTrimmed', { parts: trimmed.join(p['reason.listSeparator']) }) : p[`rfp.emailLink.${written.scope}`];
    };
    writeMail();
    const requestCities = new Set(known.map((a) => a.venue.city));
    $('rfpBureaus').hidden = requestCities.size === 0;
    for (const item of root.querySelectorAll<HTMLElement>(sel('bureau'))) item.hidden = !requestCities.has(item.dataset.bureau ?? '');
    fileInput = { request, assessed, fields, link: anchor.href, locale, phrases: p, cityName, origin: location.origin };
  };

  // The file writers load when a download is asked for.
  let fileInput: Parameters<typeof import('../lib/shared/rfp-files.ts').rfpFile>[1] | undefined;
  const save = async (kind: 'json' | 'csv') => {
    const { rfpFile } = await import('../lib/shared/rfp-files.ts');
    if (!fileInput) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([rfpFile(kind, fileInput)], { type: kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
    link.download = `request-for-proposal.${kind}`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  let showLinks = () => {};
  // The e-mail composer loads when the planner goes to write (pointer over, focus or click), then keeps the link current.
  let mail: typeof import('../lib/shared/rfp-mail.ts') | undefined;
  let writeMail = () => {};
  const mailLink = $<HTMLAnchorElement>('rfpMailto');
  const loadMail = async () => {
    mail ??= await import('../lib/shared/rfp-mail.ts');
    writeMail();
  };
  const loadQr = async () => {
    qr ??= await import('./rfp-qr.ts');
    showLinks();
  };
  writeForm();
  history.replaceState(null, '', `${location.pathname}?${rfpQuery(request)}`);
  await loadAssessment();
  render();
  root.dataset.rfpReady = '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void commit(readForm());
  });
  form.addEventListener('change', () => void commit(readForm(), false));
  window.addEventListener('popstate', () => {
    request = parseRfpQuery(location.search);
    writeForm();
    void loadAssessment().then(render);
  });
  for (const event of ['pointerenter', 'focus']) mailLink.addEventListener(event, () => void loadMail());
  mailLink.addEventListener('click', (event) => {
    if (mail) return;
    event.preventDefault();
    void loadMail().then(() => location.assign(mailLink.href));
  });
  $('rfpQrShow').addEventListener('click', () => void loadQr());
  $('rfpPrint').addEventListener('click', () => void loadQr().then(() => window.print()));
  $('rfpJson').addEventListener('click', () => void save('json'));
  $('rfpCsv').addEventListener('click', () => void save('csv'));
}
