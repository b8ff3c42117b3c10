import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sel } from '../../src/islands/hooks.ts';
import { venues } from './support/venues.ts';
import { builtPage, textOf } from './support/built-html.ts';

/** The date findings in a box, once the box shows the dates asked for. */
async function findingsFor(page: Page, scope: string, dates: string) {
  const box = page.locator(`${scope} ${sel('dateFindings')}${sel('dateReady', dates)}`);
  await box.waitFor();
  return box;
}

/** The request page with dates, once its script has drawn the request and checked the dates. */
async function openDatedRfp(page: Page, locale: 'en' | 'zh', dates: string) {
  const shanghai = venues.find((v) => v.city === 'shanghai')?.slug ?? venues[0]?.slug;
  await page.goto(`/${locale}/rfp/?plenary=500&venues=${shanghai}&event=Congress&dates=${encodeURIComponent(dates)}`);
  await page.locator(`${sel('rfp')}${sel('rfpReady')}`).waitFor();
  return findingsFor(page, sel('rfpDates'), dates);
}

const entryChecker = async (page: Page, path: string) => {
  await page.goto(path);
  await page.locator(`${sel('entryChecker')}${sel('entryReady')}`).waitFor();
  return page.locator(sel('entryResult'));
};

test.describe('a request dated across a national holiday', () => {
  const cases = [
    { dates: '2027-10-02/2027-10-05', en: ['National Day holiday, expected', 'National Day Golden Week'], zh: ['国庆节假期（预计）', '国庆黄金周'] },
    { dates: '2027-02-05/2027-02-09', en: ['Spring Festival holiday, expected', 'Spring Festival travel rush (chunyun)'], zh: ['春节假期（预计）', '春运'] },
  ];
  for (const locale of ['en', 'zh'] as const) {
    test(`warns of National Day and the Spring Festival on the page and in print (${locale})`, async ({ page }) => {
      for (const { dates, ...words } of cases) {
        await page.emulateMedia({ media: 'screen' });
        const box = await openDatedRfp(page, locale, dates);
        for (const text of words[locale]) await expect(box, dates).toContainText(text);
        await expect(box).toContainText(locale === 'en' ? 'Why it matters:' : '提示：');
        await expect(box).toContainText(locale === 'en' ? 'Expected, not yet announced' : '预计日期，尚未公布');
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator(sel('rfpDates'))).toBeVisible();
        await expect(box.locator('li').first()).toBeVisible();
      }
    });
  }

  test('the request’s JSON and CSV carry the date check', async ({ page }) => {
    await openDatedRfp(page, 'en', '2027-10-02/2027-10-05');
    const file = async (name: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      return readFileSync(await (await download).path(), 'utf8');
    };
    const json = JSON.parse(await file('Download data file (JSON)')) as { dateCheck: string[] };
    expect(json.dateCheck.some((line) => line.startsWith('National Day holiday, expected'))).toBe(true);
    expect(await file('Download spreadsheet (CSV)')).toMatch(/\r\nDate check,"National Day holiday, expected/);
  });

  test('dates in words are kept and the page says how to write them to be checked', async ({ page }) => {
    await page.goto('/en/rfp/?plenary=500&dates=early+autumn');
    const box = await findingsFor(page, sel('rfpDates'), 'early autumn');
    await expect(box).toHaveText(/Write the dates as 2027-05/);
  });

  test('the finder’s brief checks its dates and hands them to the request', async ({ page }) => {
    await page.goto('/zh/venues/?plenary=300&dates=2027-10-02/2027-10-05');
    await page.locator(`${sel('venueFinder')}${sel('finderReady')}`).waitFor();
    const box = await findingsFor(page, sel('venueFinder'), '2027-10-02/2027-10-05');
    await expect(box).toContainText('国庆黄金周');
    await expect(page.locator(`${sel('briefRfp')} a`)).toHaveAttribute('href', /dates=2027-10-02%2F2027-10-05/);
  });
});

test.describe('a city page', () => {
  for (const locale of ['en', 'zh'] as const) {
    test(`checks dates against holidays, travel peaks and the city’s fairs, keeping them in the URL (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/cities/shanghai/`);
      await page.getByLabel(locale === 'en' ? 'Dates' : '日期', { exact: true }).fill('2026-09-18/2026-09-21');
      await page.getByRole('button', { name: locale === 'en' ? 'Check dates' : '查询' }).click();
      const box = await findingsFor(page, sel('dateCheck'), '2026-09-18/2026-09-21');
      await expect(box).toContainText(locale === 'en' ? 'Sunday 20 September 2026 is an adjusted working day (调休) for the National Day holiday' : '2026年9月20日（星期日）为国庆节调休上班日');
      await expect(page).toHaveURL(/dates=2026-09-18%2F2026-09-21/);
      await page.goto(`/${locale}/cities/shanghai/?dates=2027-11`);
      const november = await findingsFor(page, sel('dateCheck'), '2027-11');
      await expect(november).toContainText(locale === 'en' ? 'China International Import Expo (CIIE), Shanghai: in past years held' : '中国国际进口博览会（进博会）（上海）：往届举办日期为');
      await expect(november).toContainText(locale === 'en' ? 'A pattern from past editions, not an announcement' : '以上为往届规律，并非公告');
    });
  }

  // From the built HTML on disk: what the section says is in the page as built.
  test('every founding city says how delegates can enter visa-free and through which of its ports, with sources and dates', () => {
    for (const city of ['beijing', 'shanghai', 'tianjin', 'chengdu', 'hangzhou', 'kunming', 'sanya', 'xian']) {
      const section = builtPage(`/en/cities/${city}/`).querySelector('section[aria-labelledby="entry"]');
      expect(section?.querySelector('h2')?.textContent, city).toBe('Entry for delegates');
      const articles = section!.querySelectorAll('article');
      const transit = articles.find((a) => a.querySelector('h3')?.textContent === '240-hour visa-free transit');
      expect(transit, city).toBeDefined();
      expect(transit!.querySelectorAll('dd')[1]?.querySelectorAll('li').length, city).toBeGreaterThan(0);
      expect(textOf(transit!), city).toContain('Announced 17 December 2024');
      expect(transit!.querySelectorAll('p').some((p) => p.textContent === 'Sources'), city).toBe(true);
      const daily = transit!.querySelectorAll('a').find((a) => a.textContent === 'Shanghai Daily');
      expect(daily?.getAttribute('href'), city).toBe('https://www.shine.cn/news/nation/2412179946/');
      const unilateral = articles.find((a) => textOf(a).includes('Unilateral visa-free entry (30 days)'));
      expect(textOf(unilateral!), city).toContain('Until 31 December 2026');
      // The nationalities and conditions are one link away: the policy on the checker's page, the checker set to this city.
      expect(unilateral!.querySelectorAll('a').some((a) => a.getAttribute('href')?.startsWith(`/en/entry/?city=${city}#policy-`) === true && /^Nationalities \(\d+\) and conditions/.test(a.textContent)), city).toBe(true);
    }
  });

  test('Beijing shows the ports the sources disagree on as unresolved, and Sanya has Hainan’s own scheme (zh)', () => {
    const beijing = builtPage('/zh/cities/beijing/');
    expect(beijing.querySelectorAll('li').map(textOf)).toContain('北京大兴国际机场（资料说法不一，请确认）');
    expect(textOf(beijing.querySelector('main')!)).toContain('目前只有首都机场可以确定');
    expect(builtPage('/zh/cities/sanya/').querySelectorAll('h3').map(textOf)).toContain('59国人员入境海南免签');
  });
});

test.describe('the entry checker', () => {
  test('offers every nationality in both languages', async ({ page }) => {
    for (const [locale, name] of [['en', 'Mongolia'], ['zh', '蒙古']] as const) {
      await page.goto(`/${locale}/entry/`);
      const options = page.getByLabel(locale === 'en' ? 'Nationality (passport)' : '国籍（所持护照）').locator('option');
      await expect(options).toHaveCount(250);
      await expect(options.filter({ hasText: name })).toHaveCount(1);
    }
  });

  test('says transit first: a US delegate through Shanghai may transit on to a third country, not fly home visa-free (en)', async ({ page }) => {
    const result = await entryChecker(page, '/en/entry/?nationality=US&city=shanghai&onward=third&days=5');
    await expect(result).toContainText('240-hour visa-free transit could apply');
    await expect(result).toContainText('Ports: Shanghai Pudong International Airport');
    await expect(result).toContainText('Confirm with the National Immigration Administration before travel.');
    await page.getByLabel('back to the country they came from').check();
    await expect(result).toContainText('240-hour visa-free transit does not apply');
    await expect(result).toContainText('it needs onward travel to a third country or region (A → China → C)');
    await expect(result).toContainText('A visa is needed, as far as the published lists show.');
    await expect(page).toHaveURL(/onward=home/);
  });

  test('answers for a Hainan-only nationality and a visa-required one (zh)', async ({ page }) => {
    const result = await entryChecker(page, '/zh/entry/?nationality=PH&city=sanya&onward=home&days=20');
    await expect(result).toContainText('可能适用：59国人员入境海南免签');
    await expect(result).toContainText('停留区域：海南全省');
    await page.getByLabel('国籍（所持护照）').selectOption('IN');
    await expect(result).toContainText('印度公民');
    await expect(result).toContainText('根据已公布的名单，需要办理签证。');
    await expect(result).toContainText('未能查到中国互免签证协定的完整名单');
    await expect(result.getByRole('link', { name: '外交部（中国领事服务网）' })).toHaveAttribute('href', 'https://cs.mfa.gov.cn/');
  });

  test('a unilateral-list nationality may enter for 30 days until 31 December 2026', async ({ page }) => {
    const result = await entryChecker(page, '/en/entry/?nationality=FR&city=beijing&onward=home&days=20&arrival=2026-12-20');
    await expect(result).toContainText('Unilateral visa-free entry (30 days) could apply');
    await expect(result).toContainText('Until 31 December 2026');
  });
});

test.describe('after a policy’s end date', () => {
  test('the page shows it as ended, judged against today in the browser, with a pointer to the authority', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-01-05T10:00:00+08:00'));
    await page.goto('/en/cities/hangzhou/');
    const unilateral = page.locator('article', { hasText: 'Unilateral visa-free entry (30 days)' });
    await expect(unilateral.getByText('Ended on 31 December 2026. No extension had been announced when this page was built')).toBeVisible();
    await expect(unilateral.getByText('Until 31 December 2026', { exact: true })).toBeHidden();
    await expect(unilateral.getByRole('link', { name: 'cs.mfa.gov.cn' })).toBeVisible();
    const result = await entryChecker(page, '/en/entry/?nationality=FR&city=hangzhou&onward=home&days=20');
    await expect(result).toContainText('Unilateral visa-free entry (30 days) does not apply');
    await expect(result).toContainText('it ended on 31 December 2026');
  });

  test('before it, the same page shows the end date as current', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-20T10:00:00+08:00'));
    await page.goto('/zh/cities/hangzhou/');
    const unilateral = page.locator('article', { hasText: '单方面免签入境（30天）' });
    await expect(unilateral.getByText('有效期至2026年12月31日', { exact: true }).first()).toBeVisible();
  });
});

// Their axe scans are in accessibility.spec.ts (a city with dates checked, the checker answered, a dated request).
test.describe('dates and entry from the keyboard and on a phone', () => {
  test('the checker works from the keyboard and announces its answer', async ({ page }) => {
    await entryChecker(page, '/en/entry/');
    const nationality = page.getByLabel('Nationality (passport)');
    await nationality.focus();
    await nationality.selectOption('JP');
    await page.keyboard.press('Tab');
    await expect(page.locator(sel('entryResult'))).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator(sel('entryResult'))).toContainText('Japan');
  });

  test('at 390 px the checker and the city’s entry section fit the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/zh/entry/?nationality=GB&city=chengdu&days=8', '/en/cities/kunming/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });
});
