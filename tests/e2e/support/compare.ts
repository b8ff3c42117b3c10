import type { Page } from '@playwright/test';
import { sel } from '../../../src/islands/hooks.ts';

/**
 * Scrolls the compare page to its city charts and scorecard, whose code and words load only when the
 * planner comes near them (compare-page.ts), once the tables are drawn.
 */
export async function scrollToBoard(page: Page): Promise<void> {
  await page.locator(sel('compareTable')).first().waitFor();
  await page.locator(sel('boardNear')).scrollIntoViewIfNeeded();
}
