/**
 * The request-for-proposal page: reads the request from the URL (or, with no venues, the shortlist),
 * shows each venue's fit, and offers print, JSON, CSV, an e-mail and a QR code of the link. Nothing
 * is sent anywhere; every value from the URL is set as text.
 */
import './language-state.ts'; // this page keeps its state in the URL: the language switcher follows it
import { outcomes, type Outcome } from '../lib/shared/outcome.ts';
import type { VenueRecord } from '../lib/shared/records.ts';
import type { RfpVenue } from '../lib/shared/rfp.ts';
import { hasJudgedValues, parseRfpQuery, readDates, requestLinks, rfpQuery, withoutVenue, type RfpRequest } from '../lib/shared/rfp-query.ts';
import type { RequestProblem } from '../lib/shared/rfp-checks.ts';
import { requestRecipients, type BureauAddress, type RequestRecipients } from '../lib/shared/rfp-recipients.ts';
import { datesText, requestFields } from '../lib/shared/rfp-text.ts';
import { citation } from '../lib/shared/citation.ts';
import type { RfpLabels } from './rfp-page-labels.ts';
import { element } from './dom.ts';
import { fetchVenues } from './open-data-fetch.ts';
import { sel, type Hook } from './hooks.ts';
import { islandWords } from './island-words.ts';

const root = document.querySelector<HTMLElement>(sel('rfp'));
if (root) void start(root);

async function start(root: HTMLElement) {
  const words = islandWords<RfpLabels>(root);
  const { locale, labels: p, say, formatNumber } = words;
  const cityNames = JSON.parse(root.dataset.cityNames ?? '{}') as Record<string, string>;
  const w = { phrases: p, locale, formatNumber } as const;
  const $ = <T extends HTMLElement>(hook: Hook) => root.querySelector<T>(sel(hook)) as T;
  const form = $<HTMLFormElement>('rfpForm');
  const output = $('rfpOutput');
  // Each city's bureau address and the secretariat's come with the page; their contacts are written into it (RfpSheet).
  const secretariatEmail = root.dataset.secretariatEmail || null;
  const bureaus = JSON.parse(root.dataset.bureaus ?? '[]') as BureauAddress[];
  // "Today" where the planner is, when the page was opened: a date before it has passed.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

  /** The request as given (shown in the form), what is implausible in it, and what is taken. */
  let given = parseRfpQuery(location.search);
  // Every way in (finder, compare, shortlist button) puts the venues in the URL; only a bare /rfp/ reads the stored shortlist.
  if (!new URLSearchParams(location.search).has('venues')) given = { ...given, venues: (await import('./shortlist-store.ts')).readShortlist().venues };
  // The plausibility rules and their messages load only once a value they judge is given (most requests start with a brief and venues alone).
  let checks: typeof import('./rfp-checks-view.ts') | undefined;
  const check = async (next: RfpRequest): Promise<{ problems: RequestProblem[]; request: RfpRequest }> => {
    if (!checks && !hasJudgedValues(next)) return { problems: [], request: next };
    checks ??= await import('./rfp-checks-view.ts');
    return checks.checkRequest(next, today);
  };
  let problems: RequestProblem[] = [];
  let request = given;
  // The assessment against the programme, and each venue's note, load once the request has a programme (a shortlist alone has none).
  let assess: typeof import('./rfp-brief.ts') | undefined;
  const assessor = async () => {
    if (request.brief && !assess) assess = await import('./rfp-brief.ts');
  };

  // Only the records this request shows: its venues.
  let venues: VenueRecord[];
  try {
    ({ problems, request } = await check(given));
    await assessor();
    venues = await fetchVenues(request.venues);
  } catch {
    // The venues' data (or the code that reads the request) could not be loaded: say so, as the finder does, rather than leave the page waiting.
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
    const params = new URLSearchParams(rfpQuery(given));
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
  // Beside each field whose value is not taken: why (announced), and the field marked invalid.
  const showChecks = () => checks?.showChecks(root, form, problems, words);
  const commit = async (next: RfpRequest, push = true) => {
    given = next;
    ({ problems, request: next } = await check(given));
    showChecks();
    request = next;
    await assessor();
    const url = `${location.pathname}?${rfpQuery(request)}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
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
    drop.addEventListener('click', () => void commit(withoutVenue(given, a.slug)));
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
    const groups: (Outcome | 'none')[] = request.brief && assess ? [...outcomes] : ['none'];
    for (const group of groups) {
      const members = known.filter((a) => (a.outcome ?? 'none') === group);
      if (members.length === 0) continue;
      const section = fromTemplate('rfpGroupTemplate');
      const [heading, hint, list] = section.children as unknown as HTMLElement[];
      section.dataset.group = group;
      if (group === 'none') heading?.remove();
      // What the venues read: the fit on the figures this site holds, not the finder's advice to the planner.
      else (heading as HTMLElement).textContent = say('rfp.groupHeading', { outcome: p[`rfp.outcome.${group}`], n: formatNumber(members.length) });
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

  // The contacts are in the page (RfpSheet); those of the request's cities are shown.
  const renderContacts = ({ bureaus: shownBureaus, secretariatFor, recipients }: RequestRecipients, known: (RfpVenue & { venue: VenueRecord })[]) => {
    const shown = new Set([...shownBureaus, ...(secretariatFor ? ['secretariat'] : [])]);
    for (const item of root.querySelectorAll<HTMLElement>(sel('rfpContact'))) item.hidden = !shown.has(item.dataset.rfpContact ?? '');
    const without = secretariatFor ?? [];
    $('rfpSecretariatFor').textContent = without.length > 0 ? `${p['rfp.secretariatFor']}${p['common.colon']}${without.map(cityName).join(p['reason.listSeparator'])}` : '';
    $('rfpNoEmail').hidden = recipients.length > 0;
    // Venue websites, where known: in the page, shown for the request's venues.
    const slugs = new Set(known.map((a) => a.slug));
    const sites = [...root.querySelectorAll<HTMLElement>(sel('rfpWebsite'))];
    for (const item of sites) item.hidden = !slugs.has(item.dataset.rfpWebsite ?? '');
    $('rfpWebsites').hidden = sites.every((item) => item.hidden);
  };

  const render = () => {
    // A request carries no city-wide hotel need (a finder filter), so no city's figures are read.
    const assessed: RfpVenue[] = assess ? assess.assessRequest(request, venues, []) : request.venues.map((slug) => ({ slug, venue: venues.find((v) => v.slug === slug) ?? null, parts: [] }));
    const fields = requestFields(request, w);
    $('rfpHeading').textContent = request.event || p['rfp.value.noEvent'];
    const dl = $('rfpFields');
    dl.replaceChildren();
    for (const field of fields) {
      dl.append(element('dt', 'font-semibold text-ink-700', field.label), element('dd', 'whitespace-pre-line text-ink-950 [overflow-wrap:anywhere]', field.value));
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
    const requestCities = [...new Set(known.map((a) => a.venue.city))].flatMap((slug) => bureaus.find((c) => c.slug === slug) ?? []);
    const to = requestRecipients(requestCities, secretariatEmail);
    const { recipients } = to;
    renderContacts(to, known);
    $('rfpMailTo').textContent = recipients.length > 0 ? say('rfp.mailTo', { emails: recipients.join(p['reason.listSeparator']) }) : '';
    writeMail = () => {
      if (!mail) return;
      const written = mail.rfpEmail(request, known.map((a) => ({ name: venueName(a.venue), city: cityName(a.venue.city) })), links, recipients, w);
      mailLink.href = written.href;
      $('rfpMailNote').textContent = mail.mailLeftOutNote(written, request, known.length, w);
    };
    writeMail();
    fileInput = { request, assessed, fields, link: anchor.href, locale, phrases: p, cityName, origin: location.origin };
    // The date check loads when there are dates to check, or findings to clear.
    const dateFindings = root.querySelector(sel('dateFindings'));
    if (request.dates.trim() || dateFindings?.hasChildNodes()) {
      void import('./rfp-dates.ts').then((m) => m.showRequestDates(root, request.dates, fileInput, requestCities.map((c) => c.slug)));
    }
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
  showChecks();
  history.replaceState(null, '', `${location.pathname}?${rfpQuery(request)}${location.hash}`);
  render();
  root.dataset.rfpReady = '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void commit(readForm());
  });
  form.addEventListener('change', () => void commit(readForm(), false));
  window.addEventListener('popstate', async () => {
    given = parseRfpQuery(location.search);
    ({ problems, request } = await check(given));
    await assessor();
    writeForm();
    showChecks();
    render();
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
