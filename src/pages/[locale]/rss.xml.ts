import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { alliance } from '../../site-content/alliance.ts';
import { siteContent } from '../../site-content/load.ts';
import { htmlLang, type Locale } from '../../i18n/locales.ts';
import { entityPath, localizedPath } from '../../i18n/paths.ts';
import { translate } from '../../i18n/ui.ts';
import { chooseText, localePaths } from '../../lib/build/localized-text.ts';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const { news } = await siteContent();
  return rss({
    title: `${alliance.name[locale]}${translate(locale, 'common.colon')}${translate(locale, 'news.title')}`,
    description: translate(locale, 'news.description', { alliance: alliance.name[locale] }),
    site: new URL(localizedPath(locale), site),
    customData: `<language>${htmlLang[locale]}</language>`,
    // Untranslated items stay out of the other language's feed.
    items: news.flatMap((item) => {
      const choice = chooseText(item.texts, locale);
      if (!choice || choice.isFallback) return [];
      return [
        {
          title: choice.text.data.title ?? item.slug,
          description: choice.text.data.summary,
          pubDate: item.facts.date,
          link: entityPath(locale, 'news', item.slug),
        },
      ];
    }),
  });
};
