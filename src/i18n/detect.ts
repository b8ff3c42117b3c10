import type { Locale } from './locales.ts';

/**
 * The language the entry page `/` sends a browser to, from its preferred languages
 * (`navigator.languages`): the first that is Chinese or English wins; Chinese in any script or
 * region (zh, zh-CN, zh-TW, zh-Hans) reads the Simplified Chinese site; anything else reads English.
 */
export function preferredLocale(browserLanguages: readonly string[]): Locale {
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
