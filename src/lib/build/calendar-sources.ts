/**
 * Where the date check's holidays and travel peaks come from: the holiday regulation as amended in
 * 2024, the State Council's notice for each year the pinned `chinese-days` data holds, and the rule
 * and figures for the travel peaks. A test checks that every announced year has its notice.
 */
import type { Source } from './schemas.ts';

const stateCouncil = { en: "State Council of the People's Republic of China", zh: '中华人民共和国国务院' };
const generalOffice = { en: 'General Office of the State Council', zh: '国务院办公厅' };

/** The national holiday regulation (《全国年节及纪念日放假办法》) as amended in November 2024, in force from 2025: the statutory days. */
export const regulation: Source = {
  id: 'holiday-regulation',
  publisher: stateCouncil,
  title: '全国年节及纪念日放假办法',
  url: 'https://www.gov.cn/zhengce/content/202411/content_6986380.htm',
  language: 'zh',
};

/** The State Council's annual notice, by year: the arrangement `chinese-days` follows. */
export const holidayNotices: Record<number, Source> = {
  2025: {
    id: 'holiday-notice-2025',
    publisher: generalOffice,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    language: 'zh',
  },
  2026: {
    id: 'holiday-notice-2026',
    publisher: generalOffice,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    language: 'zh',
    published: new Date('2025-11-04T00:00:00Z'),
  },
};

/**
 * The Spring Festival travel rush (春运): 40 days, from 15 days before the Spring Festival to 25 days
 * after it counting the day itself, as the Ministry of Transport described the 2026 rush
 * (2 February to 13 March). Other years follow the same rule until their dates are announced.
 */
export const springFestivalTravel: Source = {
  id: 'chunyun-2026',
  publisher: { en: 'China News Service', zh: '中国新闻社' },
  readAt: 'https://yys.qifeifh28.com/ldhgaS0225/vt-RUzsUj.html',
  language: 'zh',
  published: new Date('2026-01-30T00:00:00Z'),
};
/** Years whose travel rush dates a source announced (the rest follow the rule). */
export const springFestivalTravelAnnounced: Record<number, { from: string; to: string }> = { 2026: { from: '2026-02-02', to: '2026-03-13' } };

/** The Golden Weeks are the May Day and National Day breaks: the Ministry of Transport's counts show them as national travel peaks. */
export const mayDayTravel: Source = {
  id: 'may-day-travel-2025',
  publisher: { en: "People's Daily", zh: '人民日报' },
  readAt: 'http://www.hnta.cn/Info/cxzx/234569.html',
  language: 'zh',
  published: new Date('2025-05-05T00:00:00Z'),
};
export const nationalDayTravel: Source = {
  id: 'national-day-travel-2025',
  publisher: { en: 'China News Service', zh: '中国新闻社' },
  title: '国庆中秋假期中国跨区域人员流动量预计超24亿人次',
  readAt: 'http://us.usy7.cc/usy1009nGiFta.htm',
  language: 'zh',
  published: new Date('2025-10-08T00:00:00Z'),
};
