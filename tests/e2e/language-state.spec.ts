import { expect, test, type Page } from '@playwright/test';
import { sel } from '../../src/islands/hooks.ts';
import { scrollToBoard } from './support/compare.ts';
import { venues } from './support/venues.ts';

/** The language switcher's link, and where following it lands. */
const switcher = (page: Page) => page.locator(sel('languageSwitcher')).first();
async function switchLanguage(page: Page) {
  await switcher(page).click();
  await page.waitForLoadState('domcontentloaded');
}

const slugs = venues.slice(0, 3).map((v) => v.slug);

test.describe('switching language keeps what the planner has done', () => {
  test('the request: every field, the venues and the hash reach the other language', async ({ page }) => {
    const query = `plenary=800&plenaryLayout=theatre&venues=${slugs.join(',')}&event=Asia+Pacific+Congress&delegates=700&name=Jane+Doe&email=jane@example.org&replyBy=2030-03-01`;
    await page.goto(`/en/rfp/?${query}#rfp-send`);
    await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
    await expect(switcher(page)).toHaveAttribute('href', /^\/zh\/rfp\/\?plenary=800&.*event=Asia\+Pacific\+Congress.*#rfp-send$/);
    // A change in the form rewrites the link at once.
    await page.getByLabel('Delegates in total').fill('750');
    await page.getByRole('button', { name: 'Update the request' }).click();
    await expect(switcher(page)).toHaveAttribute('href', /delegates=750/);
    await switchLanguage(page);
    await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
    await expect(page).toHaveURL(/\/zh\/rfp\/\?.*delegates=750.*#rfp-send$/);
    await expect(page.locator(sel('rfpHeading'))).toHaveText('Asia Pacific Congress');
    await expect(page.getByLabel('联系人', { exact: true })).toHaveValue('Jane Doe');
    await expect(page.getByLabel('回复截止日期')).toHaveValue('2030-03-01');
    await expect(page.locator(sel('rfpVenue'))).toHaveCount(3);
  });

  test('the finder: the brief and the filters', async ({ page }) => {
    await page.goto('/zh/venues/?plenary=1000&plenaryLayout=theatre&city=beijing');
    await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
    await expect(switcher(page)).toHaveAttribute('href', /^\/en\/venues\/\?.*city=beijing/);
    await expect(switcher(page)).toHaveAttribute('href', /plenary=1000/);
    await page.getByLabel('上海').check();
    await expect(switcher(page)).toHaveAttribute('href', /city=[^&]*shanghai/);
    await switchLanguage(page);
    await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
    await expect(page.getByLabel('Shanghai')).toBeChecked();
    await expect(page.getByLabel('Beijing')).toBeChecked();
  });

  test('compare: the list, the weights and the must-haves', async ({ page }) => {
    await page.goto(`/en/compare/?venues=${slugs.join(',')}&vw=theatre:3&vmust=theatre:1000`);
    await scrollToBoard(page);
    await expect(page.locator(sel('boardTable', 'venues'))).toBeVisible();
    await expect(switcher(page)).toHaveAttribute('href', `/zh/compare/?venues=${slugs.join(',')}&vw=theatre:3&vmust=theatre:1000`);
    await page.getByLabel('Weight of Hotel rooms on site').selectOption('4');
    await expect(switcher(page)).toHaveAttribute('href', /hotelRooms:4/);
    await switchLanguage(page);
    await scrollToBoard(page);
    await expect(page.locator(sel('boardTable', 'venues'))).toBeVisible();
    await expect(page.getByLabel('配套酒店客房的权重')).toHaveValue('4');
    await expect(page.getByLabel(/的必备条件$/).first()).toHaveValue('1000');
    await expect(page.locator(`${sel('compareTable', 'venues')} thead th a`)).toHaveCount(3);
  });

  test('search: the query', async ({ page }) => {
    await page.goto(`/zh/search/?q=${encodeURIComponent('杭州')}`);
    await expect(switcher(page)).toHaveAttribute('href', `/en/search/?q=${encodeURIComponent('杭州')}`);
    await switchLanguage(page);
    await expect(page.locator(`${sel('searchPanel', 'page')} ${sel('searchInput')}`)).toHaveValue('杭州');
  });

  test('the shortlist stays, whatever page the switch is made on', async ({ page }) => {
    const [first] = venues;
    await page.goto(`/en/venues/${first?.slug}/`);
    await page.getByRole('button', { name: 'Add to shortlist' }).click();
    await switchLanguage(page);
    await expect(page.getByRole('button', { name: '已加入备选' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/zh/compare/');
    await expect(page.locator(`${sel('compareTable', 'venues')} thead th a`)).toHaveText([first?.name.zh ?? '']);
  });

  test('a page without state links the bare page', async ({ page }) => {
    await page.goto('/en/about/?utm=x');
    await expect(switcher(page)).toHaveAttribute('href', '/zh/about/');
  });
});
