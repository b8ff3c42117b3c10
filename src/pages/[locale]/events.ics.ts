import type { APIRoute, GetStaticPaths } from 'astro';
import { alliance } from '../../site-content/alliance.ts';
import { siteContent } from '../../site-content/load.ts';
import { htmlLang, type Locale } from '../../i18n/locales.ts';
import { entityPath, eventPath } from '../../i18n/paths.ts';
import { translate } from '../../i18n/ui.ts';
import { buildDate } from '../../lib/build/build-date.ts';
import { icalendar } from '../../lib/build/icalendar.ts';
import { localePaths } from '../../lib/build/localized-text.ts';
import { localSiteUrl } from '../../lib/build/site-url.ts';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const { events, cityNames } = await siteContent();
  const host = new URL(site ?? localSiteUrl).host;
  const cityName = cityNames(locale);
  const body = icalendar({
    name: `${alliance.name[locale]}${translate(locale, 'common.colon')}${translate(locale, 'events.title')}`,
    language: htmlLang[locale],
    generated: buildDate,
    events: events.map(({ slug, facts }) => ({
      uid: `${slug}@${host}`,
      start: facts.start,
      end: facts.end,
      summary: facts.name[locale],
      location: facts.place[locale],
      description: `${translate(locale, `eventKind.${facts.kind}`)} · ${cityName.get(facts.city) ?? facts.city}`,
      url: new URL(facts.news ? entityPath(locale, 'news', facts.news) : eventPath(locale, slug), site).href,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
