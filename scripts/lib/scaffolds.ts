// The files `npm run new` writes for each kind of entity. Every TODO must be replaced:
// the validator rejects the placeholders that are not valid values, so nothing half-done publishes.

import { factsPath, prosePath } from '../../src/lib/build/content-layout.ts';

export const scaffoldKinds = ['city', 'venue', 'ambassador', 'news', 'event'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

const prose = (summaryComment: string, body: string, extra = '') => ({
  en: `---\n${extra}# ${summaryComment}\nsummary: "TODO: one sentence in English, at most 240 characters."\n---\n\n${body}\n`,
  zh: `---\n${extra.replace(/TODO: English title/, 'TODO：中文标题')}# ${summaryComment}\nsummary: "TODO：一句话中文简介，不超过240字。"\n---\n\n${body}\n`,
});

/** One entry of a `sources:` list, every field commented: each scaffold starts with one to fill in. */
const sourceEntry = `  - id: TODO                                     # a short slug figures can name, e.g. venue-2024
    publisher: { en: "TODO", zh: "TODO" }        # who published it, in both languages
    title: "TODO"                                # the document's title as published (or delete the line)
    url: "https://TODO"                          # the publisher's own page that holds the figures (its domain in content/publishers.yaml)
    # readAt: "https://…"                        # instead of url, where only a copy on another site could be read: never linked
    published: TODO                              # the date it was published, YYYY-MM-DD (or delete the line)
    language: zh                                 # the document's language: zh en de ja ko fr es it th ru
`;

export function scaffold(kind: ScaffoldKind, slug: string, today: string): Record<string, string> {
  switch (kind) {
    case 'city': {
      const text = prose('Shown on cards and as the page description.', '## TODO: a section heading\n\nTODO: the city profile. No level-1 heading: the page adds the title.');
      return {
        [factsPath('cities', slug)]: `# Facts about the city, written once for both languages. Labels are { en: "…", zh: "…" }.
name: { en: "TODO", zh: "TODO" }                # the city's name
province: { en: "TODO", zh: "TODO" }            # province or municipality
region: east                                     # north | northeast | east | central | south | southwest | northwest
coordinates: { lat: 0, lng: 0 }                  # city centre, WGS-84 decimal degrees (lat 18–54, lng 73–135)
joined: ${today}                                 # date the city joined the alliance, YYYY-MM-DD
airports:                                        # at least one
  - code: TODO                                   # IATA code, three capitals
    name: { en: "TODO", zh: "TODO" }             # the airport's name
    # km: 0                                      # distance to the city centre, only as a source gives it
    # minutes: 0                                 # typical drive to the centre, only as a source gives it
    # source: TODO                               # id of the source, if not the first
railStations: []                                 # - { name: { en: "…", zh: "…" }, source: id }
# hotelRooms: { value: 0, year: 2026, scope: { en: "…", zh: "…" }, source: TODO }   # only a published figure and its year
# conventionAmbassadors: { value: 0, year: 2026, source: TODO }                    # the programme's count and its year
icca: []                                         # - { year: 2019, meetings: 0, rankChina: 0, rankWorld: 0, source: id }
keyIndustries: []                                # - { en: "…", zh: "…" }
universities: []                                 # universities and research institutes
supportProgrammes: []                            # - name: { en, zh }  description: { en, zh }  source: id
conventionBureau:
  name: { en: "TODO", zh: "TODO" }               # who planners contact in the city
  # url: https://…                               # only a real, known address
sources:                                         # at least one; a figure names one by id, else it is the first
${sourceEntry}`,
        [prosePath('cities', slug, 'en')]: text.en,
        [prosePath('cities', slug, 'zh')]: text.zh,
      };
    }
    case 'venue': {
      const text = prose('Shown on cards and as the page description.', 'TODO: what the venue is, what it suits, how to reach it.');
      return {
        [factsPath('venues', slug)]: `# Facts about the venue, written once for both languages. Numbers only: the unit is implied.
city: TODO                                       # slug of a folder in content/cities
type: convention-centre                          # convention-centre | convention-and-exhibition-centre | exhibition-centre | conference-hotel | resort | unique-venue | university-venue
name: { en: "TODO", zh: "TODO" }                # the venue's official names
address: { en: "TODO", zh: "TODO" }              # street address, as a source gives it (or delete the line)
# coordinates: { lat: 0, lng: 0 }                # WGS-84 decimal degrees, only from a source
# opened: 2016                                   # year
# meetingRoomsTotal: 0                           # meeting rooms the venue says it has; { value: 100, orMore: true } for "100+"
# meetingSpace: 0                                # total meeting space, m²
# exhibitionSpace: 0                             # exhibition space, m²
# hotelRooms: 0                                  # rooms in on-site hotels
# airportKm: 0                                   # road distance to the nearest main airport, km
# website: https://…
sources:                                         # at least one; a figure names one by id, else it is the first
${sourceEntry}# verified: ${today}                             # the day YOU checked the figures against the venue's own material
allRoomsListed: false                            # true only when the rooms below are the venue's complete list
rooms:                                           # largest room first; a capacity chart can be imported: npm run import
  - id: TODO                                     # slug, unique within the venue
    name: { en: "TODO", zh: "TODO" }             # the room's name as the venue uses it (one language may be missing)
    area: 0                                      # m²
    # ceiling: 0                                 # clear height (净高), m
    # upTo: 0                                    # "up to N people" with no layout stated
    capacity:                                    # seats; leave out a layout with no figure (never 0)
      theatre: 0                                 # 剧院式
      # classroom:                               # 课桌式
      # banquet:                                 # 宴会式
      # reception:                               # 酒会式
      # u_shape:                                 # U字型
      # hollow_square:                           # 回字型
      # boardroom:                               # 董事会式
    # notOffered: [banquet]                      # layouts the source says the room does not offer
`,
        [prosePath('venues', slug, 'en')]: text.en,
        [prosePath('venues', slug, 'zh')]: text.zh,
      };
    }
    case 'ambassador':
      return {
        [factsPath('ambassadors', slug)]: `# A convention ambassador. Only a person a published source names as one.
name: { en: "TODO", zh: "TODO" }                # as the source writes it
city: TODO                                       # slug of a folder in content/cities
# field: { en: "…", zh: "…" }                   # academic or professional field, if the source gives it
institution: { en: "TODO", zh: "TODO" }          # university, hospital, association…
# title: { en: "…", zh: "…" }                   # position at the institution, if the source gives it
# appointed: 2019                                # year appointed, if the source gives it
# meetingsSecured: 0                             # meetings brought to the city, if published
sources:                                         # at least one: the published sources that name this person
${sourceEntry}`,
      };
    case 'news': {
      const date = slug.slice(0, 10);
      const text = prose('Shown in lists, feeds and as the page description.', 'TODO: the article.', 'title: "TODO: English title"\n');
      return {
        [factsPath('news', slug)]: `# Facts about the news item, written once for both languages.
date: ${date}                                    # must equal the folder name's date
kind: city                                       # roadshow | alliance | city | venue | industry
cities: []                                       # slugs of the cities it concerns
sources:                                         # at least one: where the story was published
${sourceEntry}`,
        [prosePath('news', slug, 'en')]: text.en,
        [prosePath('news', slug, 'zh')]: text.zh,
      };
    }
    case 'event':
      return {
        [factsPath('events', slug)]: `# An event of the alliance or a member city. Shown on /events/ and in the iCalendar feeds.
name: { en: "TODO", zh: "TODO" }                # the event's name
kind: roadshow                                   # founding | roadshow | promotion | conference | fair | forum
start: ${today}                                  # first day, YYYY-MM-DD
end: ${today}                                    # last day, on or after start
city: TODO                                       # slug of the member city that runs or hosts it
place: { en: "TODO", zh: "TODO" }                # where it takes place
# news: ${today}-…                               # slug of a related news item
# link: https://…                                # the organiser's page
sources:                                         # at least one: where the dates and place are published
${sourceEntry}`,
      };
  }
}
