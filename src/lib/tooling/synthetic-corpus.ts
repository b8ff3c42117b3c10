/**
 * A synthetic content folder of any size, valid against the schemas, for benchmarks. Deterministic:
 * the same sizes give the same files. Names are made up and never published.
 */
const zhWords = ['会议', '中心', '国际', '展览', '城市', '酒店', '论坛', '大会', '协会', '交流', '合作', '创新', '科技', '文化', '旅游', '发展', '会奖', '目的地', '学术', '产业'];
const enWords = ['meeting', 'centre', 'international', 'exhibition', 'city', 'hotel', 'forum', 'congress', 'association', 'exchange', 'cooperation', 'innovation', 'science', 'culture', 'tourism', 'growth', 'incentive', 'destination', 'academic', 'industry'];

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: string[], length: number, joiner: string): string {
  return Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(joiner);
}

/** Sentences per language to build paragraphs from, instead of the small built-in vocabulary. */
export type Prose = Record<'en' | 'zh', string[]>;

function paragraphs(next: () => number, locale: 'en' | 'zh', count: number, prose?: Prose): string {
  const pool = prose?.[locale] ?? [];
  if (pool.length > 0) {
    const pick = () => pool[Math.floor(next() * pool.length)];
    return Array.from({ length: count }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, pick).join(locale === 'zh' ? '' : ' ')).join('\n\n');
  }
  return Array.from({ length: count }, () =>
    locale === 'zh' ? `${sentence(next, zhWords, 24, '')}。${sentence(next, zhWords, 18, '')}。` : `${sentence(next, enWords, 30, ' ')}.`,
  ).join('\n\n');
}

export interface CorpusSize {
  cities: number;
  venuesPerCity: number;
  newsPerCity: number;
}

/**
 * Files of the corpus, path (relative to the content folder) → text. With `prose`, paragraphs are
 * sentences drawn from it (real words and word lengths); without, from a 20-word vocabulary.
 */
export function syntheticCorpus(size: CorpusSize, { seed = 1, prose }: { seed?: number; prose?: Prose } = {}): Map<string, string> {
  const next = random(seed);
  const files = new Map<string, string>();
  const sources = 'sources:\n  - { publisher: { en: Synthetic, zh: 合成数据 }, url: "https://example.org/", language: en }\n';
  const mdx = (summary: string, body: string, title?: string) =>
    `---\n${title ? `title: "${title}"\n` : ''}summary: "${summary}"\n---\n\n${body}\n`;
  files.set(
    'alliance.yaml',
    `name: { en: Synthetic Alliance, zh: 合成联盟 }\nshortName: { en: SA, zh: SA }\nfounded: { date: 2012-09-12, place: { en: Beijing, zh: 北京 } }\nfoundingCities: { cities: [${Array.from({ length: Math.min(size.cities, 8) }, (_, c) => `city-${c}`).join(', ')}] }\nmembers: { value: ${size.cities}, year: 2020 }\nsecretariat: { host: { en: Secretariat, zh: 秘书处 }, contact: { name: { en: Contact, zh: 联系人 } } }\n${sources}`,
  );
  files.set('publishers.yaml', '- name: { en: Synthetic, zh: 合成数据 }\n  domains: [example.org]\n');
  files.set('pages/about/en.mdx', '---\ntitle: "About"\ndescription: "About the alliance."\n---\n\nAbout.\n');
  files.set('pages/about/zh.mdx', '---\ntitle: "关于"\ndescription: "关于联盟。"\n---\n\n关于。\n');
  for (let c = 0; c < size.cities; c += 1) {
    const city = `city-${c}`;
    const lat = (20 + next() * 30).toFixed(4);
    const lng = (100 + next() * 25).toFixed(4);
    files.set(
      `cities/${city}/city.yaml`,
      `name: { en: "City ${c}", zh: "城市${c}" }\nprovince: { en: "Province ${c % 30}", zh: "省份${c % 30}" }\nregion: east\ncoordinates: { lat: ${lat}, lng: ${lng} }\njoined: 2012-09-12\nairports:\n  - code: A${String.fromCharCode(65 + (c % 26))}${String.fromCharCode(65 + ((c / 26) | 0) % 26)}\n    name: { en: "Airport ${c}", zh: "机场${c}" }\n    km: ${10 + Math.round(next() * 40)}\n    minutes: ${20 + Math.round(next() * 40)}\nconventionBureau:\n  name: { en: "Bureau ${c}", zh: "会议局${c}" }\n${sources}`,
    );
    files.set(`cities/${city}/en.mdx`, mdx(`City ${c}, a meeting destination.`, paragraphs(next, 'en', 4, prose)));
    files.set(`cities/${city}/zh.mdx`, mdx(`城市${c}，会议目的地。`, paragraphs(next, 'zh', 4, prose)));
    for (let v = 0; v < size.venuesPerCity; v += 1) {
      const venue = `venue-${c}-${v}`;
      const rooms = Array.from({ length: 3 + Math.floor(next() * 6) }, (_, r) => {
        const seats = 50 + Math.round(next() * 3000);
        return `  - id: room-${r}\n    name: { en: "Room ${r}", zh: "${r}号厅" }\n    area: ${Math.round(seats * 1.4)}\n    capacity: { theatre: ${seats}, classroom: ${Math.round(seats * 0.6)}, banquet: ${Math.round(seats * 0.5)} }`;
      });
      files.set(
        `venues/${venue}/venue.yaml`,
        `city: ${city}\ntype: convention-centre\nname: { en: "Venue ${c}-${v}", zh: "场馆${c}-${v}" }\naddress: { en: "Road ${v}", zh: "${v}号路" }\ncoordinates: { lat: ${lat}, lng: ${lng} }\nairportKm: ${5 + Math.round(next() * 60)}\n${sources}rooms:\n${rooms.join('\n')}\n`,
      );
      files.set(`venues/${venue}/en.mdx`, mdx(`Venue ${c}-${v}.`, paragraphs(next, 'en', 2, prose)));
      files.set(`venues/${venue}/zh.mdx`, mdx(`场馆${c}-${v}。`, paragraphs(next, 'zh', 2, prose)));
    }
    for (let n = 0; n < size.newsPerCity; n += 1) {
      const day = String(1 + (n % 28)).padStart(2, '0');
      const slug = `2020-01-${day}-news-${c}-${n}`;
      files.set(`news/${slug}/news.yaml`, `date: 2020-01-${day}\nkind: city\ncities: [${city}]\n${sources}`);
      files.set(`news/${slug}/en.mdx`, mdx(`News ${c}-${n}.`, paragraphs(next, 'en', 3, prose), `News ${c}-${n}`));
      files.set(`news/${slug}/zh.mdx`, mdx(`新闻${c}-${n}。`, paragraphs(next, 'zh', 3, prose), `新闻${c}-${n}`));
    }
  }
  return files;
}

/** Pages the site builds from a corpus of this size (both languages), excluding fixed pages. */
export function entityPageCount(size: CorpusSize): number {
  return 2 * size.cities * (1 + size.venuesPerCity + size.newsPerCity);
}
