import type { Locale } from '../i18n/locales.ts';

interface AmbassadorLike {
  slug: string;
  facts: { city: string; field: { en: string; zh: string }; name: { en: string; zh: string } };
}
interface CityLike {
  slug: string;
  facts: { name: { en: string; zh: string }; conventionAmbassadors?: unknown };
}

/**
 * Ambassadors grouped by city, then by field (in the page's language), names sorted. Cities with an
 * ambassador programme but no named ambassadors are kept, so the programme is still shown.
 */
export function groupAmbassadors<A extends AmbassadorLike, C extends CityLike>(ambassadors: readonly A[], cities: readonly C[], locale: Locale) {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en');
  return cities
    .map((city) => {
      const members = ambassadors.filter((a) => a.facts.city === city.slug);
      const fieldNames = [...new Set(members.map((a) => a.facts.field[locale]))].sort(collator.compare);
      return {
        city,
        fields: fieldNames.map((field) => ({
          field,
          members: members
            .filter((a) => a.facts.field[locale] === field)
            .sort((a, b) => collator.compare(a.facts.name[locale], b.facts.name[locale])),
        })),
      };
    })
    .filter((group) => group.fields.length > 0 || group.city.facts.conventionAmbassadors !== undefined);
}
