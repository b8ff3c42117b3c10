import type { UiKey } from './ui.ts';

/** The header's navigation: every entry is a page that exists in both languages. */
export const mainNavigation: { key: UiKey; path: string }[] = [
  { key: 'nav.cities', path: 'cities' },
  { key: 'nav.venues', path: 'venues' },
  { key: 'nav.entry', path: 'entry' },
  { key: 'nav.ambassadors', path: 'ambassadors' },
  { key: 'nav.news', path: 'news' },
  { key: 'nav.events', path: 'events' },
  { key: 'nav.about', path: 'about' },
  { key: 'nav.join', path: 'join' },
  { key: 'nav.contact', path: 'contact' },
];

/** Whether a navigation entry is the current section: `cities` is current on `cities/hangzhou`. */
export function isCurrentSection(entryPath: string, pagePath: string): boolean {
  return pagePath === entryPath || pagePath.startsWith(`${entryPath}/`);
}
