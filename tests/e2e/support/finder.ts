/** The venue finder as a visitor uses it: open it on a query once its script has applied it, and read its groups, cards and request. */
import type { Page } from '@playwright/test';
import { sel } from '../../../src/islands/hooks.ts';

/** The finder's groups with a brief, in the order the page lists them. */
export const briefGroupKeys = ['fits', 'likely-fits', 'may-fit', 'does-not-fit', 'no-room-figures'] as const;

export async function openFinder(page: Page, path: string) {
  await page.goto(path);
  await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
}

/** The venue slugs of one group, in order. */
export const groupSlugs = (page: Page, key: string) =>
  page.locator(`${sel('group', key)} ${sel('venueItem')}`).evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.venueItem ?? ''));

/** The groups shown, in page order. */
export const shownGroups = (page: Page) => page.locator(`${sel('venueGroups')} > section`).evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.group ?? ''));

/** Every venue card in page order: the finder's ranking. */
export const rankedSlugs = (page: Page) => page.locator(`${sel('venueGroups')} ${sel('venueItem')}`).evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.venueItem ?? ''));

/** The lines under a venue's card, as text. */
export const noteLines = (page: Page, slug: string) => page.locator(`${sel('venueItem', slug)} ${sel('venueNote')} > p`).allInnerTexts();

/** The venues ticked to be asked for a proposal, in page order. */
export const askedSlugs = (page: Page) => page.locator(`${sel('askVenue')}:checked`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLElement).dataset.askVenue ?? ''));

/** The venues the request link asks, in order. */
export async function requestedSlugs(page: Page): Promise<string[]> {
  const href = (await page.locator(`${sel('briefRfp')} a`).getAttribute('href')) ?? '';
  return (new URL(href, 'http://x').searchParams.get('venues') ?? '').split(',').filter(Boolean);
}
