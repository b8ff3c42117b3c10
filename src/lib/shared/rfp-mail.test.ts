import { describe, expect, it } from 'vitest';
import { dictionary } from '../../i18n/ui.ts';
import { numberFormatter } from './number-format.ts';
import { mailLeftOutNote, mailtoLimit, rfpEmail, type MailResult } from './rfp-mail.ts';
import { parseRfpQuery, requestLinks, textLimits, type RfpRequest } from './rfp-query.ts';
import type { RfpPhrases, RfpWording } from './rfp-text.ts';

const wording = (locale: 'en' | 'zh'): RfpWording => ({ phrases: dictionary(locale) as unknown as RfpPhrases, locale, formatNumber: numberFormatter(locale) });
const bodyOf = (mail: MailResult) => new URLSearchParams(mail.href.slice(mail.href.indexOf('?') + 1)).get('body') ?? '';
const subjectOf = (mail: MailResult) => new URLSearchParams(mail.href.slice(mail.href.indexOf('?') + 1)).get('subject') ?? '';

/** A full request as a planner fills it in: every field, eight venues. */
const slugs = ['china-world-summit-wing-beijing', 'shanghai-international-convention-center', 'hangzhou-international-expo-center', 'china-national-convention-center', 'china-world-hotel-beijing', 'fairmont-chengdu', 'sunrise-kempinski-hotel-beijing', 'atlantis-sanya'];
const fullQuery = (locale: 'en' | 'zh') =>
  new URLSearchParams({
    plenary: '1000',
    plenaryLayout: 'theatre',
    breakouts: '3',
    breakoutSeats: '100',
    breakoutLayout: 'classroom',
    venues: slugs.join(','),
    event: locale === 'en' ? 'Asia-Pacific Congress of Cardiology 2027' : '2027年亚太心脏病学大会',
    org: locale === 'en' ? 'Asian Pacific Society of Cardiology' : '亚太心脏病学会',
    dates: '2027-10-12/2027-10-15',
    flex: 'flexible',
    delegates: '800',
    abroad: '500',
    peakRooms: '450',
    roomNights: '1500',
    gala: '800',
    name: locale === 'en' ? 'Jane Doe' : '李华',
    email: 'jane.doe@apsc.example.org',
    phone: '+65 6123 4567',
    replyBy: '2027-03-01',
    decideBy: '2027-04-15',
    budget: locale === 'en' ? 'USD 400,000 to 500,000' : '人民币300万至350万元',
    notes: locale === 'en' ? 'We need a press room and a prayer room.' : '需要新闻发布室和祈祷室各一间。',
  });
const names = (locale: 'en' | 'zh') =>
  slugs.map((slug, i) => ({ name: locale === 'en' ? `Venue ${i + 1} (${slug})` : `第${i + 1}号会议中心`, city: locale === 'en' ? 'Beijing' : '北京' }));
const write = (request: RfpRequest, locale: 'en' | 'zh', recipients: string[] = []) =>
  rfpEmail(request, names(locale).slice(0, request.venues.length), requestLinks(`https://example.org/${locale}/rfp/`, request), recipients, wording(locale));

const essentials = {
  en: ['Event: ', 'Preferred dates or months: ', 'Delegates in total: 800, of whom 500 from abroad', 'Programme: plenary of 1,000, theatre', 'Contact: jane.doe@apsc.example.org, +65 6123 4567', 'Proposals due by: 1 March 2027'],
  zh: ['会议名称：2027年亚太心脏病学大会', '会议日期：2027年10月12日至15日', '参会总人数：800人（其中境外500人）', '会场需求：主会场1000人（剧院式）', '联系方式：jane.doe@apsc.example.org、+65 6123 4567', '回复截止日期：2027年3月1日'],
};

describe('the e-mail of a full request (eight venues, every field)', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`keeps the essentials, in order, within ${mailtoLimit} characters, as a letter (${locale})`, () => {
      const request = parseRfpQuery(fullQuery(locale));
      const mail = write(request, locale);
      const body = bodyOf(mail);
      expect(mail.href.length).toBeLessThanOrEqual(mailtoLimit);
      const at = essentials[locale].map((line) => body.indexOf(line));
      expect(at.every((i) => i >= 0), body).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(body.startsWith(locale === 'en' ? 'Dear colleagues,\r\n' : '您好！\r\n')).toBe(true);
      expect(body).toContain(locale === 'en' ? '\r\nKind regards,\r\nJane Doe' : '\r\n顺颂商祺！\r\n李华');
      // The link reopens the request with its programme and all eight venues.
      const url = /(https:\/\/\S+)/.exec(body)?.[1] as string;
      expect(parseRfpQuery(new URL(url).search)).toMatchObject({ venues: slugs, brief: request.brief });
    });
  }

  it('says exactly what it left out, in English', () => {
    const request = parseRfpQuery(fullQuery('en'));
    const mail = write(request, 'en');
    expect(mail).toMatchObject({ scope: 'programme', notesShown: true, venuesShown: 0, linesLeftOut: [], shortSubject: false, organisationLeftOut: false });
    expect(mailLeftOutNote(mail, request, 8, wording('en'))).toBe(
      'To stay within 1,800 characters, the e-mail leaves out the names of its 8 venues; from its link: Event, Organisation, Your name, Your e-mail, Your phone, Budget, Notes for the venues. The link holds what the text leaves out, and the text what the link leaves out.',
    );
  });

  it('says exactly what it left out, in Chinese', () => {
    const request = parseRfpQuery(fullQuery('zh'));
    const mail = write(request, 'zh');
    expect(mail).toMatchObject({ scope: 'venues', notesShown: false, venuesShown: 0, linesLeftOut: ['peakRooms', 'roomNights', 'decideBy', 'budget'], shortSubject: true });
    expect(subjectOf(mail)).toBe('会议询价函');
    expect(mailLeftOutNote(mail, request, 8, wording('zh'))).toBe(
      '为控制在1800个字符以内，邮件略去了：备注；8个场馆的名称；以下各项：高峰夜用房数、总间夜数、决策日期、预算；邮件主题中的会议名称；署名中的主办单位；' +
        '链接中的会议名称、主办单位、会议日期、日期可否调整、联系人、电子邮箱、联系电话、预算、备注、参会总人数、境外参会者人数、高峰夜用房数、总间夜数、晚宴人数（宴会式）、回复截止日期、决策日期。' +
        '邮件及链接均未包含的内容，请附上表格（CSV）发送。',
    );
  });

  it('in Chinese, every character costs nine once encoded: with three venues too, the essentials stay and the rest is named', () => {
    const request = { ...parseRfpQuery(fullQuery('zh')), venues: slugs.slice(0, 3) };
    const mail = write(request, 'zh');
    expect(mail.href.length).toBeLessThanOrEqual(mailtoLimit);
    for (const line of essentials.zh) expect(bodyOf(mail)).toContain(line);
    expect(mail.linesLeftOut).toEqual(['peakRooms', 'roomNights', 'decideBy', 'budget']);
    expect(mailLeftOutNote(mail, request, 3, wording('zh'))).toContain('以下各项：高峰夜用房数、总间夜数、决策日期、预算');
  });
});

describe('what gives way to the cap, in order', () => {
  const base = 'plenary=500&venues=a,b,c,d,e,f,g,h&event=Congress';
  const eight = Array.from({ length: 8 }, (_, i) => ({ name: `Venue number ${i} with a long name`, city: 'Hangzhou' }));
  const mailOf = (request: RfpRequest) => rfpEmail(request, eight, requestLinks('https://example.org/en/rfp/', request), [], wording('en'));

  it('keeps everything, with the full link, when it fits, and says nothing', () => {
    const request = parseRfpQuery('plenary=500&venues=a,b&event=Board+meeting&notes=Quiet+rooms');
    const mail = rfpEmail(request, eight.slice(0, 2), requestLinks('https://example.org/en/rfp/', request), [], wording('en'));
    expect(mail).toMatchObject({ scope: 'full', venuesShown: 2, notesShown: true, linesLeftOut: [] });
    expect(mail.href.startsWith('mailto:?subject=Request%20for%20proposal:%20Board%20meeting&body=')).toBe(true);
    expect(bodyOf(mail)).toContain('Venues we would like proposals from:\r\n- Venue number 0 with a long name (Hangzhou)\r\n');
    expect(bodyOf(mail)).toContain('Notes for the venues: Quiet rooms');
    expect(mailLeftOutNote(mail, request, 2, wording('en'))).toBe('');
  });

  it('the notes first: long notes leave the text, the full link keeps them', () => {
    const request = { ...parseRfpQuery(base), notes: 'n'.repeat(700) };
    const mail = mailOf(request);
    expect(mail).toMatchObject({ scope: 'full', notesShown: false });
    expect(mailLeftOutNote(mail, request, 8, wording('en'))).toMatch(/^To stay within 1,800 characters, the e-mail leaves out the notes(; the names of \d of its 8 venues)?\. The link to the request holds them\.$/);
  });

  it('then venue names from the end, saying how many', () => {
    const request = { ...parseRfpQuery(base), notes: 'n'.repeat(1000) };
    const mail = mailOf(request);
    expect(mail.scope).toBe('full');
    expect(mail.venuesShown).toBeLessThan(8);
    expect(bodyOf(mail)).toMatch(/- and \d+ more, in the request/);
  });

  it('then the link’s free text: notes of 1,000 Chinese characters are too long for any link', () => {
    const request = { ...parseRfpQuery(base), notes: '备'.repeat(1000) };
    const mail = mailOf(request);
    expect(mail).toMatchObject({ scope: 'no-notes', notesShown: false, venuesShown: 8 });
    expect(mailLeftOutNote(mail, request, 8, wording('en'))).toBe(
      'To stay within 1,800 characters, the e-mail leaves out the notes; from its link: Notes for the venues. Attach the spreadsheet (CSV) for what neither the e-mail nor its link holds.',
    );
  });

  it('is never longer than the cap, and always holds a link to the request, whatever the input', () => {
    for (const locale of ['en', 'zh'] as const) {
      const request: RfpRequest = { ...parseRfpQuery(fullQuery(locale)), event: '会'.repeat(textLimits.event), organisation: '<script>'.repeat(15), name: '名'.repeat(80), notes: '备注'.repeat(500) };
      const mail = write(request, locale);
      expect(mail.href.length).toBeLessThanOrEqual(mailtoLimit);
      const url = /(https:\/\/\S+)/.exec(bodyOf(mail))?.[1] as string;
      expect(parseRfpQuery(new URL(url).search).venues).toHaveLength(8);
      expect(mailLeftOutNote(mail, request, 8, wording(locale))).not.toBe('');
    }
  });
});

describe('the e-mail’s recipients', () => {
  it('is addressed to the addresses it is given, and to none otherwise', () => {
    const request = parseRfpQuery('venues=a');
    const links = requestLinks('https://example.org/en/rfp/', request);
    expect(rfpEmail(request, [], links, ['bureau@example.org', 'desk@example.org'], wording('en')).href.startsWith('mailto:bureau@example.org,desk@example.org?')).toBe(true);
    expect(rfpEmail(request, [], links, [], wording('en')).href.startsWith('mailto:?')).toBe(true);
  });
});
