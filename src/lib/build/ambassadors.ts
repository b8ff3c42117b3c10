import { intlLocale, type Locale } from '../../i18n/locales.ts';

type Label = { en: string; zh: string };

interface AmbassadorLike {
  slug: string;
  facts: { city: string; field?: Label; name: Label };
}
interface CityLike {
  slug: string;
  record: { name: Label; conventionAmbassadors: unknown };
}

/**
 * Ambassadors grouped by city, then by field (in the page's language; `field: null` for those whose
 * source names no field, last), names sorted. Cities with an ambassador programme but no named
 * ambassadors are kept, so the programme is still shown.
 */
export function groupAmbassadors<A extends AmbassadorLike, C extends CityLike>(ambassadors: readonly A[], cities: readonly C[], locale: Locale) {
  const collator = new Intl.Collator(intlLocale[locale]);
  const fieldOf = (a: A) => a.facts.field?.[locale] ?? null;
  return cities
    .map((city) => {
      const members = ambassadors.filter((a) => a.facts.city === city.slug);
      const named = [...new Set(members.flatMap((a) => fieldOf(a) ?? []))].sort(collator.compare);
      const fields: (string | null)[] = members.some((a) => fieldOf(a) === null) ? [...named, null] : named;
      return {
        city,
        fields: fields.map((field) => ({
          field,
          members: members.filter((a) => fieldOf(a) === field).sort((a, b) => collator.compare(a.facts.name[locale], b.facts.name[locale])),
        })),
      };
    })
    .filter((group) => group.fields.length > 0 || group.city.record.conventionAmbassadors !== null);
}
