import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sel } from '../../src/islands/hooks.ts';
import { fixtureURL } from './support/fixture.ts';
import { venues } from './support/venues.ts';

/** The request page, once its script has read the URL and drawn the request. */
async function openRequest(page: Page, url: string) {
  await page.goto(url);
  await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
}
/** The e-mail as written once the planner goes to it (the composer loads on pointer, focus or click). */
async function email(page: Page) {
  const link = page.locator(sel('rfpMailto'));
  await link.focus();
  await expect(link).toHaveAttribute('href', /^mailto:.*body=/);
  const href = (await link.getAttribute('href')) ?? '';
  const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  return { href, to: href.slice('mailto:'.length, href.indexOf('?')), subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}
const contacts = (page: Page) => page.locator(`${sel('rfpContactList')} > li:not([hidden])`);

test.describe('whom the request goes to', () => {
  test('a bureau that publishes an e-mail address: the e-mail is addressed to it, its desk, phone and website are named', async ({ page }) => {
    await openRequest(page, fixtureURL('/en/rfp/?plenary=100&venues=fixture-ballroom-hotel,lhasa-hall&event=Board+retreat'));
    await expect(contacts(page)).toHaveCount(1);
    const bureau = contacts(page).first();
    await expect(bureau).toContainText('Lhasa: Test bureau');
    await expect(bureau).toContainText('Test MICE desk');
    await expect(bureau.getByRole('link', { name: 'E-mail mice-desk@example.org' })).toHaveAttribute('href', 'mailto:mice-desk@example.org');
    await expect(bureau.getByRole('link', { name: 'Phone +86 891 000 0000' })).toHaveAttribute('href', 'tel:+868910000000');
    await expect(bureau.getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://example.org/bureau/');
    await expect(bureau).toContainText('Source: Test fixture');
    await expect(page.locator(sel('rfpNoEmail'))).toBeHidden();
    await expect(page.locator(sel('rfpMailTo'))).toHaveText('The e-mail is addressed to mice-desk@example.org.');
    expect((await email(page)).to).toBe('mice-desk@example.org');
  });

  test('without a published e-mail address: whom to call, with the published numbers and websites, and no invented recipient', async ({ page }) => {
    const shanghai = venues.find((v) => v.slug === 'shanghai-international-convention-center')!;
    const beijing = venues.find((v) => v.city === 'beijing')!;
    await openRequest(page, `/zh/rfp/?plenary=300&venues=${beijing.slug},${shanghai.slug}`);
    await expect(contacts(page).nth(0)).toContainText('北京：北京市文化和旅游局');
    await expect(contacts(page).nth(0)).toContainText('本站暂未收录联系方式');
    await expect(contacts(page).nth(1)).toContainText('上海：上海市文化和旅游局');
    await expect(contacts(page).nth(1).getByRole('link', { name: '网站' })).toHaveAttribute('href', /^https?:\/\//);
    const secretariat = contacts(page).last();
    await expect(secretariat).toContainText('联盟秘书处：');
    await expect(secretariat).toContainText('北京、上海');
    await expect(secretariat.getByRole('link', { name: '电话：+86 136 8119 9147' })).toHaveAttribute('href', 'tel:+8613681199147');
    await expect(page.locator(sel('rfpNoEmail'))).toBeVisible();
    await expect(page.locator(sel('rfpMailTo'))).toBeHidden();
    expect((await email(page)).to).toBe('');
    // Venue websites, where known.
    await expect(page.locator(sel('rfpWebsites')).getByRole('link', { name: shanghai.name.zh })).toHaveAttribute('href', /shicc/);
  });

  test('the contacts print with the request', async ({ page }) => {
    await openRequest(page, fixtureURL('/zh/rfp/?plenary=100&venues=lhasa-hall'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(sel('rfpContacts'))).toBeVisible();
    await expect(page.locator(sel('rfpContacts'))).toContainText('mice-desk@example.org');
    await expect(page.locator(sel('rfpForm'))).toBeHidden();
  });
});

test.describe('the planner’s side of the request', () => {
  test('name, organisation, e-mail, phone, reply-by and decision days and budget reach the page, the link, the files and the e-mail', async ({ page }) => {
    await openRequest(page, `/en/rfp/?plenary=500&venues=${venues[0]?.slug}`);
    await page.getByLabel('Event', { exact: true }).fill('Board retreat 2030');
    await page.getByLabel('Your name').fill('Jane Doe');
    await page.getByLabel('Organisation').fill('Asian Society');
    await page.getByLabel('Your e-mail').fill('jane@example.org');
    await page.getByLabel('Your phone').fill('+65 6123 4567');
    await page.getByLabel('Proposals due by').fill('2030-03-01');
    await page.getByLabel('Decision by').fill('2030-04-15');
    await page.getByLabel('Budget').fill('USD 400,000');
    await page.getByRole('button', { name: 'Update the request' }).click();
    await expect(page).toHaveURL(/name=Jane\+Doe&email=jane@example.org&phone=%2B65\+6123\+4567&budget=USD\+400%2C000|replyBy=2030-03-01/);
    const sheet = page.locator(sel('rfpFields'));
    await expect(sheet).toContainText('ContactJane Doe, jane@example.org, +65 6123 4567');
    await expect(sheet).toContainText('Proposals due by1 March 2030');
    await expect(sheet).toContainText('Decision by15 April 2030');
    await expect(sheet).toContainText('BudgetUSD 400,000');
    const download = async (name: string) => {
      const file = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      return readFileSync(await (await file).path(), 'utf8');
    };
    const json = JSON.parse(await download('Download data file (JSON)')) as Record<string, unknown>;
    expect(json).toMatchObject({ contact: { name: 'Jane Doe', email: 'jane@example.org', phone: '+65 6123 4567' }, proposalsDueBy: '2030-03-01', decisionBy: '2030-04-15', budget: 'USD 400,000' });
    expect(await download('Download spreadsheet (CSV)')).toContain('Proposals due by,1 March 2030');
    const { body } = await email(page);
    expect(body).toContain('Contact: jane@example.org, +65 6123 4567\r\nProposals due by: 1 March 2030');
    expect(body).toMatch(/Kind regards,\r\nJane Doe\r\nAsian Society$/);
  });

  for (const locale of ['en', 'zh'] as const) {
    test(`a full request of eight venues: the e-mail keeps the essentials within 1,800 characters and says exactly what it left out (${locale})`, async ({ page }) => {
      const eight = venues.slice(0, 8).map((v) => v.slug);
      const query = new URLSearchParams({
        plenary: '1000',
        breakouts: '3',
        breakoutSeats: '100',
        venues: eight.join(','),
        event: locale === 'en' ? 'Asia-Pacific Congress of Cardiology 2030' : '2030年亚太心脏病学大会',
        org: locale === 'en' ? 'Asian Pacific Society of Cardiology' : '亚太心脏病学会',
        dates: '2030-10-12/2030-10-15',
        delegates: '800',
        abroad: '500',
        peakRooms: '450',
        roomNights: '1500',
        gala: '800',
        name: 'Jane Doe',
        email: 'jane@apsc.example.org',
        phone: '+65 6123 4567',
        replyBy: '2030-03-01',
        decideBy: '2030-04-15',
        budget: locale === 'en' ? 'USD 400,000 to 500,000' : '人民币300万至350万元',
        notes: locale === 'en' ? 'A press room and a prayer room.' : '需要新闻发布室和祈祷室各一间。',
      });
      await openRequest(page, `/${locale}/rfp/?${query}`);
      const { href, body } = await email(page);
      console.log(`E-mail of a full request (${locale}): ${href.length} characters`);
      expect(href.length).toBeLessThanOrEqual(1800);
      const lines =
        locale === 'en'
          ? ['Event: Asia-Pacific Congress of Cardiology 2030', 'Preferred dates or months: 12', 'Delegates in total: 800, of whom 500 from abroad', 'Programme: plenary of 1,000', 'Contact: jane@apsc.example.org', 'Proposals due by: 1 March 2030']
          : ['会议名称：2030年亚太心脏病学大会', '会议日期：2030年10月12日至15日', '参会总人数：800人（其中境外500人）', '会场需求：主会场1000人', '联系方式：jane@apsc.example.org', '回复截止日期：2030年3月1日'];
      for (const line of lines) expect(body).toContain(line);
      expect(body).toContain(locale === 'en' ? 'Kind regards,' : '顺颂商祺！');
      const note = page.locator(sel('rfpMailNote'));
      await expect(note).toHaveText(locale === 'en' ? /^To stay within 1,800 characters, the e-mail leaves out the names of its 8 venues; from its link: / : /^为控制在1800个字符以内，邮件略去了：备注；8个场馆的名称；以下各项：.+。/);
      // The link in the e-mail reopens the request with its eight venues.
      const link = /(http:\/\/\S+)/.exec(body)?.[1] as string;
      await openRequest(page, link);
      await expect(page.locator(sel('rfpVenue'))).toHaveCount(8);
    });
  }
});

test.describe('plausibility', () => {
  test('a value that cannot be right is marked beside its field, announced, and kept out of the request, its link and files', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2030-06-01T10:00:00'));
    await openRequest(page, `/en/rfp/?plenary=300&venues=${venues[0]?.slug}&delegates=100&abroad=500&peakRooms=900&roomNights=300&dates=2030-05&replyBy=2030-05-20`);
    const abroad = page.getByLabel('Delegates from abroad');
    await expect(abroad).toHaveValue('500');
    await expect(abroad).toHaveAttribute('aria-invalid', 'true');
    await expect(abroad).toHaveAccessibleDescription('Not taken into the request: more than the 100 delegates in total.');
    await expect(page.getByLabel('Hotel rooms on the peak night')).toHaveAccessibleDescription('Not taken into the request: more than the 300 room nights in total.');
    await expect(page.getByLabel('Preferred dates or months')).toHaveAccessibleDescription(/these dates have passed/);
    await expect(page.getByLabel('Proposals due by')).toHaveAccessibleDescription('Not taken into the request: this day has passed.');
    await expect(page.locator(sel('rfpChecks'))).toHaveText('4 values are not taken into the request: see the fields marked.');
    await expect(page.locator(sel('rfpChecks'))).toHaveAttribute('role', 'status');
    await expect(page.locator(`${sel('rfpCheck', 'abroad')}`)).toHaveAttribute('aria-live', 'polite');
    await expect(page).not.toHaveURL(/abroad=|peakRooms=|dates=|replyBy=/);
    await expect(page.locator(sel('rfpFields'))).not.toContainText('from abroad');
    // Corrected, the value is taken and the mark goes.
    await abroad.fill('60');
    await abroad.blur();
    await expect(abroad).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/abroad=60/);
    await expect(page.locator(sel('rfpFields'))).toContainText('100, of whom 60 from abroad');
  });

  test('a reversed range is named, in Chinese too', async ({ page }) => {
    await openRequest(page, `/zh/rfp/?venues=${venues[0]?.slug}&dates=2031-10-15/2031-10-12`);
    await expect(page.getByLabel('会议日期')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(sel('rfpCheck', 'dates'))).toHaveText('结束日期早于开始日期，未纳入询价函。');
  });
});
