/**
 * Which plural form a count takes in a language ("1 venue", "2 venues"), by the CLDR rules in
 * `Intl.PluralRules`. Dictionary-free: the build and the islands choose forms the same way.
 */
import { intlLocale, type Locale } from './locales.ts';

const rules = new Map<Locale, Intl.PluralRules>();

/** The plural category of `n`; a formatted number ("1,000") is read as the number it shows. */
export function pluralForm(locale: Locale, n: number | string): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(intlLocale[locale]);
    rules.set(locale, rule);
  }
  return rule.select(typeof n === 'number' ? n : Number(n.replace(/[^\d.]/g, '')));
}
