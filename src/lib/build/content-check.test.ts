import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './content-check.ts';
import { formatProblem } from './content-problems.ts';

const city = `name: { en: Hangzhou, zh: 杭州 }
province: { en: Zhejiang, zh: 浙江省 }
region: east
coordinates: { lat: 30.27, lng: 120.15 }
joined: 2012-09-12
airports:
  - code: HGH
    name: { en: Hangzhou Xiaoshan International Airport, zh: 杭州萧山国际机场 }
    km: 27
    minutes: 40
conventionBureau:
  name: { en: Hangzhou Bureau, zh: 杭州市文化广电旅游局 }
sources:
  - { publisher: { en: Official website, zh: 官方网站 }, url: "https://example.org/", language: zh }
`;

const venue = `city: hangzhou
type: convention-centre
name: { en: Expo Center, zh: 博览中心 }
address: { en: 353 Benjing Avenue, zh: 奔竞大道353号 }
coordinates: { lat: 30.23, lng: 120.24 }
airportKm: 20
meetingRoomsTotal: { value: 20, orMore: true, source: guide }
sources:
  - { publisher: { en: Official website, zh: 官方网站 }, url: "https://example.org/", language: zh }
  - { id: guide, publisher: { en: City guide, zh: 城市指南 }, url: "https://example.org/guide", language: en }
rooms:
  - id: hall-a
    name: { en: Hall A, zh: A厅 }
    area: 4800
    capacity: { theatre: 3000, banquet: 2000 }
  - id: hall-a-1
    name: { en: Hall A1, zh: A1厅 }
    partOf: hall-a
    area: 2400
    upTo: 1500
  - id: room-1
    name: { en: Room 1, zh: 1号会议室 }
    area: 200
    capacity: { theatre: 150 }
    notOffered: [banquet]
    source: guide
  - id: room-2
    name: { zh: 2号会议室 }
    area: 120
    capacity: { theatre: 90, boardroom: 30 }
`;

const sourcesYaml = 'sources:\n  - { publisher: { en: Official website, zh: 官方网站 }, url: "https://example.org/", language: zh }\n';

const alliance = `name: { en: Alliance, zh: 联盟 }
shortName: { en: A, zh: A }
founded: { date: 2012-09-12, place: { en: Beijing, zh: 北京 } }
foundingCities: { cities: [hangzhou] }
members: { value: 20, year: 2019 }
secretariat:
  host: { en: Secretariat, zh: 秘书处 }
  contact: { name: { en: Ms Yao Juan, zh: Yao Juan女士 }, phone: "+86 136 8119 9147" }
${sourcesYaml}`;

const publishers = `- name: { en: Official website, zh: 官方网站 }
  domains: [example.org]
- name: { en: City guide, zh: 城市指南 }
  domains: [example.org]
`;

const summaryMdx = (text: string) => `---\nsummary: "${text}"\n---\nBody.\n`;

/** A small valid content folder; each test breaks one thing in it. */
function validTree(): Record<string, string> {
  return {
    'cities/hangzhou/city.yaml': city,
    'cities/hangzhou/en.mdx': summaryMdx('A city.'),
    'cities/hangzhou/zh.mdx': summaryMdx('一座城市。'),
    'venues/expo-center/venue.yaml': venue,
    'venues/expo-center/en.mdx': summaryMdx('A venue.'),
    'venues/expo-center/zh.mdx': summaryMdx('一个场馆。'),
    'news/2012-09-12-founded/news.yaml': `date: 2012-09-12\nkind: alliance\ncities: [hangzhou]\n${sourcesYaml}`,
    'news/2012-09-12-founded/en.mdx': '---\ntitle: "Founded"\nsummary: "Founded in Beijing."\n---\nBody.\n',
    'events/founding.yaml':
      `name: { en: Founding, zh: 成立大会 }\nkind: founding\nstart: 2012-09-12\nend: 2012-09-12\ncity: hangzhou\nplace: { en: Beijing, zh: 北京 }\nnews: 2012-09-12-founded\n${sourcesYaml}`,
    'ambassadors/tian-mei.yaml':
      `name: { en: Tian Mei, zh: Tian Mei }\ncity: hangzhou\ninstitution: { en: ZAST, zh: 浙江省科协 }\ntitle: { en: Vice Chairperson, zh: 副主席 }\n${sourcesYaml}`,
    'pages/about/en.mdx': '---\ntitle: "About"\ndescription: "About the alliance."\n---\nBody.\n',
    'alliance.yaml': alliance,
    'publishers.yaml': publishers,
  };
}

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** Writes a tree under a temporary project and returns the problems as an editor reads them. */
function problemsOf(tree: Record<string, string | undefined>): string[] {
  const project = mkdtempSync(join(tmpdir(), 'content-check-'));
  dirs.push(project);
  for (const [path, text] of Object.entries(tree)) {
    if (text === undefined) continue;
    const file = join(project, 'content', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return checkContent(join(project, 'content'), project).problems.map(formatProblem);
}

const withChange = (path: string, from: string | RegExp, to: string) => {
  const tree = validTree();
  const text = tree[path];
  if (text === undefined) throw new Error(`no ${path} in the fixture`);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture change did nothing: ${String(from)}`);
  return { ...tree, [path]: changed };
};

const venueFile = 'content/venues/expo-center/venue.yaml';

describe('checkContent', () => {
  it('accepts valid content with no problem', () => {
    expect(problemsOf(validTree())).toEqual([]);
  });

  it('negative capacity: names file, room, layout, expectation and value', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'theatre: 90,', 'theatre: -5,'))).toEqual([
      `${venueFile}: rooms[3].capacity.theatre: expected a positive whole number, got -5`,
    ]);
  });

  it('zero capacity (a layout not offered goes in notOffered, never 0)', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'banquet: 2000', 'banquet: 0'))).toEqual([
      `${venueFile}: rooms[0].capacity.banquet: expected a positive whole number, got 0`,
    ]);
  });

  it('a layout both with seats and not offered', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'notOffered: [banquet]', 'notOffered: [theatre]'))).toEqual([
      `${venueFile}: rooms[2].notOffered[0]: theatre has a figure in capacity: a layout is either offered with seats or not offered`,
    ]);
  });

  it('a room with no published figure at all', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', '    area: 2400\n    upTo: 1500\n', ''))).toEqual([
      `${venueFile}: rooms[1].capacity: expected at least one published figure for the room: seats in a layout, upTo, moreThan, area, or length and width`,
    ]);
  });

  it('a section of a room that is not there', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'partOf: hall-a', 'partOf: hall-b'))).toEqual([
      `${venueFile}: rooms[1].partOf: unknown room "hall-b": expected the id of another room of this venue`,
    ]);
  });

  it('a room that would be a section of itself', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', '    area: 4800\n', '    area: 4800\n    partOf: hall-a-1\n'))).toEqual([
      `${venueFile}: rooms[0].partOf: "hall-a" would be a section of itself`,
      `${venueFile}: rooms[1].partOf: "hall-a-1" would be a section of itself`,
    ]);
  });

  it('a figure that names a source the file does not list', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'orMore: true, source: guide', 'orMore: true, source: gide'))).toEqual([
      `${venueFile}: meetingRoomsTotal.source: unknown source "gide": expected the id of one of this file's sources (guide)`,
    ]);
  });

  it('a venue total written as something other than a number', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'airportKm: 20', 'airportKm: about 20'))).toEqual([
      `${venueFile}: airportKm: expected a number of km, or { value: …, source: … }, got "about 20"`,
    ]);
  });

  it('no source at all', () => {
    expect(problemsOf(withChange('cities/hangzhou/city.yaml', /sources:\n.*\n/, ''))).toEqual([
      'content/cities/hangzhou/city.yaml: sources: required field is missing (expected a list of sources)',
    ]);
  });

  it('number written with its unit', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'area: 4800', 'area: 4800 m²'))).toEqual([
      `${venueFile}: rooms[0].area: expected a number of m², or { value: …, orMore: true }, got "4800 m²"`,
    ]);
  });

  it('unknown city', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'city: hangzhou', 'city: hangchow'))).toEqual([
      `${venueFile}: city: unknown city "hangchow": expected the slug of a folder in content/cities (hangzhou)`,
    ]);
  });

  it('unknown venue type', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'type: convention-centre', 'type: stadium'))).toEqual([
      `${venueFile}: type: expected one of convention-centre, convention-and-exhibition-centre, exhibition-centre, conference-hotel, resort, unique-venue, university-venue, got "stadium"`,
    ]);
  });

  it('bad date', () => {
    expect(problemsOf(withChange('cities/hangzhou/city.yaml', 'joined: 2012-09-12', 'joined: 12/09/2012'))).toEqual([
      'content/cities/hangzhou/city.yaml: joined: expected a date written YYYY-MM-DD, got "12/09/2012"',
    ]);
  });

  it('impossible calendar date', () => {
    expect(problemsOf(withChange('cities/hangzhou/city.yaml', 'joined: 2012-09-12', 'joined: 2012-02-30'))).toEqual([
      'content/cities/hangzhou/city.yaml: joined: expected a date written YYYY-MM-DD, got an invalid date',
    ]);
  });

  it('event that ends before it starts', () => {
    expect(problemsOf(withChange('events/founding.yaml', 'end: 2012-09-12', 'end: 2012-09-10'))).toEqual([
      'content/events/founding.yaml: end: expected an end date on or after the start date',
    ]);
  });

  it('misspelt field', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'capacity: { theatre: 150 }', 'capcity: { theatre: 150 }'))).toEqual([
      `${venueFile}: rooms[2].capcity: unknown field (is it misspelt, or in the wrong place?)`,
    ]);
  });

  it('unquoted comma inside a label, with a hint to quote it', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'address: { en: 353 Benjing Avenue, zh: 奔竞大道353号 }', 'address: { en: 353 Benjing Avenue, Xiaoshan, zh: 奔竞大道353号 }'))).toEqual([
      `${venueFile}: address.Xiaoshan: unknown field: text with a comma inside { … } must be quoted, e.g. { en: "Culture, tourism", zh: "文旅" }`,
    ]);
  });

  it('unknown layout', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'boardroom: 30', 'cabaret: 30'))).toEqual([
      `${venueFile}: rooms[3].capacity.cabaret: unknown field (is it misspelt, or in the wrong place?)`,
    ]);
  });

  it('label missing its Chinese', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'name: { en: Expo Center, zh: 博览中心 }', 'name: { en: Expo Center }'))).toEqual([
      `${venueFile}: name.zh: required field is missing (expected text)`,
    ]);
  });

  it('a room named in neither language', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'name: { zh: 2号会议室 }', 'name: {}'))).toEqual([
      `${venueFile}: rooms[3].name: expected a room name in at least one language`,
    ]);
  });

  it('coordinates swapped (latitude outside China)', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', '{ lat: 30.23, lng: 120.24 }', '{ lat: 120.24, lng: 30.23 }'))).toEqual([
      `${venueFile}: coordinates.lat: expected a latitude within China, 18 to 54, got 120.24`,
      `${venueFile}: coordinates.lng: expected a longitude within China, 73 to 135, got 30.23`,
    ]);
  });

  it('source without a web address', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', '"https://example.org/"', 'example.org'))).toEqual([
      `${venueFile}: sources[0].url: expected a web address starting with https:// or http://, got "example.org"`,
    ]);
  });

  it('a source linked to a copy on another site, naming the publisher’s own domains', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', '"https://example.org/guide"', '"https://mirror.example.net/guide"'))).toEqual([
      `${venueFile}: sources[1].url: mirror.example.net is not an address of City guide (content/publishers.yaml lists example.org): a copy on another site is never linked. Move the address to readAt, or give the publisher's own address`,
    ]);
  });

  it('a copy’s address kept in readAt, with no link, is accepted', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'url: "https://example.org/guide"', 'readAt: "https://mirror.example.net/guide"'))).toEqual([]);
  });

  it('the retired copy flag, with what to do instead', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'url: "https://example.org/guide", language: en', 'url: "https://example.org/guide", language: en, copy: true'))).toEqual([
      `${venueFile}: sources[1].copy: copy is no longer used: a copy on another site is never linked. Keep the copy's address in readAt, and url only for the publisher's own address, got true`,
    ]);
  });

  it('a linked source whose publisher is not in the registry', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', '{ en: City guide, zh: 城市指南 }', '{ en: Travel blog, zh: 旅游博客 }'))).toEqual([
      `${venueFile}: sources[1].url: example.org is linked, but content/publishers.yaml does not list "Travel blog": add the publisher with its own domain, or, if this is a copy on another site, move the address to readAt`,
    ]);
  });

  it('a publisher named otherwise than the registry names it', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', '{ en: City guide, zh: 城市指南 }', '{ en: City guide, zh: 城市导览 }'))).toEqual([
      `${venueFile}: sources[1].publisher.zh: expected "城市指南", the name content/publishers.yaml gives this publisher, got "城市导览"`,
    ]);
  });

  it('photo without alt text', () => {
    const tree = withChange('venues/expo-center/venue.yaml', 'airportKm: 20\n', 'airportKm: 20\nhero:\n  src: ./hall.jpg\n  credit: Expo Center\n');
    expect(problemsOf({ ...tree, 'venues/expo-center/hall.jpg': 'jpeg' })).toEqual([
      `${venueFile}: hero.alt: required field is missing (expected alt text in both languages: { en: "…", zh: "…" })`,
    ]);
  });

  it('photo that is not there', () => {
    const tree = withChange(
      'venues/expo-center/venue.yaml',
      'airportKm: 20\n',
      'airportKm: 20\nhero:\n  src: ./hall.jpg\n  alt: { en: The hall, zh: 展厅 }\n  credit: Expo Center\n',
    );
    expect(problemsOf(tree)).toEqual([`${venueFile}: hero.src: image not found: content/venues/expo-center/hall.jpg`]);
  });

  it('duplicate slug (the same event as .yaml and .yml)', () => {
    const tree = validTree();
    expect(problemsOf({ ...tree, 'events/founding.yml': tree['events/founding.yaml'] })).toEqual([
      'content/events/founding.yml: duplicate slug "founding": content/events/founding.yaml has it already',
    ]);
  });

  it('duplicate venue (a copied folder keeps the same name)', () => {
    const tree = validTree();
    expect(
      problemsOf({
        ...tree,
        'venues/expo-centre/venue.yaml': tree['venues/expo-center/venue.yaml'],
        'venues/expo-centre/en.mdx': summaryMdx('Copy.'),
      }),
    ).toEqual(['content/venues/expo-centre/venue.yaml: name.en: duplicate name: content/venues/expo-center/venue.yaml has it already']);
  });

  it('duplicate room id in one venue', () => {
    expect(problemsOf(withChange('venues/expo-center/venue.yaml', 'id: room-2', 'id: room-1'))).toEqual([
      `${venueFile}: rooms[3].id: duplicate room id "room-1": rooms[2] has it already`,
    ]);
  });

  it('slug that is not lower-case ASCII', () => {
    const tree = validTree();
    expect(problemsOf({ ...tree, 'ambassadors/Tian_Mei.yaml': tree['ambassadors/tian-mei.yaml'] })).toEqual([
      'content/ambassadors/Tian_Mei.yaml: "Tian_Mei" is not a valid slug: use lower-case ASCII letters, digits and single hyphens',
    ]);
  });

  it('news folder whose date disagrees with news.yaml', () => {
    expect(problemsOf(withChange('news/2012-09-12-founded/news.yaml', 'date: 2012-09-12', 'date: 2012-09-13'))).toEqual([
      'content/news/2012-09-12-founded/news.yaml: date: the folder name must start with the date: expected "2012-09-13-…", got "2012-09-12-founded"',
    ]);
  });

  it('event linked to news that does not exist', () => {
    expect(problemsOf(withChange('events/founding.yaml', 'news: 2012-09-12-founded', 'news: 2012-09-12-launch'))).toEqual([
      'content/events/founding.yaml: news: unknown news item "2012-09-12-launch": expected the name of a folder in content/news',
    ]);
  });

  it('YAML that cannot be read, with its line', () => {
    expect(problemsOf(withChange('ambassadors/tian-mei.yaml', 'city: hangzhou', 'city: [hangzhou'))).toEqual([
      expect.stringMatching(/^content\/ambassadors\/tian-mei\.yaml: YAML could not be read: .+ \(line \d+\)$/),
    ]);
  });

  it('prose without its frontmatter field', () => {
    expect(problemsOf({ ...validTree(), 'news/2012-09-12-founded/en.mdx': '---\nsummary: "No title."\n---\nBody.\n' })).toEqual([
      'content/news/2012-09-12-founded/en.mdx: title: required field is missing (expected text)',
    ]);
  });

  it('entity with no prose in either language', () => {
    expect(problemsOf({ ...validTree(), 'cities/hangzhou/en.mdx': undefined, 'cities/hangzhou/zh.mdx': undefined })).toEqual([
      'content/cities/hangzhou: no text: expected en.mdx or zh.mdx (ideally both)',
    ]);
  });

  it('missing facts file', () => {
    expect(problemsOf({ ...validTree(), 'venues/expo-center/venue.yaml': undefined })).toEqual([
      'content/venues/expo-center: missing venue.yaml',
    ]);
  });

  it('the alliance’s own facts are required, and name only cities the content has', () => {
    expect(problemsOf({ ...validTree(), 'alliance.yaml': undefined })).toEqual([
      "content/alliance.yaml: missing: the alliance's own facts (name, founding, members, secretariat) live here",
    ]);
    expect(problemsOf(withChange('alliance.yaml', 'cities: [hangzhou]', 'cities: [hangzhou, lhasa]'))).toEqual([
      'content/alliance.yaml: foundingCities.cities[1]: unknown city "lhasa": expected the slug of a folder in content/cities (hangzhou)',
    ]);
    expect(problemsOf(withChange('alliance.yaml', 'year: 2019', 'year: about 2020'))).toEqual([
      'content/alliance.yaml: members.year: expected a year such as 2016, got "about 2020"',
    ]);
  });

  it('a prose file for a third language', () => {
    expect(problemsOf({ ...validTree(), 'cities/hangzhou/fr.mdx': summaryMdx('Une ville.') })).toEqual([
      'content/cities/hangzhou/fr.mdx: unexpected text file: prose files are named en.mdx and zh.mdx',
    ]);
  });
});
