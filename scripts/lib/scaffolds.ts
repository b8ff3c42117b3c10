// The files `npm run new` writes for each kind of entity. Every TODO must be replaced:
// the validator rejects the placeholders that are not valid values, so nothing half-done publishes.

export const scaffoldKinds = ['city', 'venue', 'ambassador', 'news', 'event'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

const prose = (summaryComment: string, body: string, extra = '') => ({
  en: `---\n${extra}# ${summaryComment}\nsummary: "TODO: one sentence in English, at most 240 characters."\n---\n\n${body}\n`,
  zh: `---\n${extra.replace(/TODO: English title/, 'TODO：中文标题')}# ${summaryComment}\nsummary: "TODO：一句话中文简介，不超过240字。"\n---\n\n${body}\n`,
});

export function scaffold(kind: ScaffoldKind, slug: string, today: string): Record<string, string> {
  switch (kind) {
    case 'city': {
      const text = prose('Shown on cards and as the page description.', '## TODO: a section heading\n\nTODO: the city profile. No level-1 heading: the page adds the title.');
      return {
        [`cities/${slug}/city.yaml`]: `# Facts about the city, written once for both languages. Labels are { en: "…", zh: "…" }.
name: { en: "TODO", zh: "TODO" }                # the city's name
province: { en: "TODO", zh: "TODO" }            # province or municipality
region: east                                     # north | northeast | east | central | south | southwest | northwest
coordinates: { lat: 0, lng: 0 }                  # city centre, WGS-84 decimal degrees (lat 18–54, lng 73–135)
joined: ${today}                                 # date the city joined the alliance, YYYY-MM-DD
foundingMember: false                            # true only for the eight cities that founded the alliance in 2012
airports:                                        # at least one
  - code: TODO                                   # IATA code, three capitals
    name: { en: "TODO", zh: "TODO" }             # the airport's name
    km: 0                                        # road distance to the city centre, km
    minutes: 0                                   # typical drive to the centre, minutes
railStations: []                                 # high-speed rail stations: - { en: "…", zh: "…" }
# hotelRooms: { count: 0, year: 2026, source: { name: "…", url: "https://…" } }   # only a published figure
# conventionAmbassadors: { count: 0, source: { name: "…", url: "https://…" } }
keyIndustries: []                                # - { en: "…", zh: "…" }
universities: []                                 # universities and research institutes
supportProgrammes: []                            # - name: { en, zh }  description: { en, zh }
conventionBureau:
  name: { en: "TODO", zh: "TODO" }               # who planners contact in the city
  # url: https://…                               # only a real, known address
`,
        [`cities/${slug}/en.mdx`]: text.en,
        [`cities/${slug}/zh.mdx`]: text.zh,
      };
    }
    case 'venue': {
      const text = prose('Shown on cards and as the page description.', 'TODO: what the venue is, what it suits, how to reach it.');
      return {
        [`venues/${slug}/venue.yaml`]: `# Facts about the venue, written once for both languages. Numbers only: the unit is implied.
city: TODO                                       # slug of a folder in content/cities
type: convention-centre                          # convention-centre | exhibition-centre | conference-hotel | resort | unique-venue | university-venue
name: { en: "TODO", zh: "TODO" }                # the venue's official names
address: { en: "TODO", zh: "TODO" }              # street address
coordinates: { lat: 0, lng: 0 }                  # WGS-84 decimal degrees
# opened: 2016                                   # year
# meetingSpace: 0                                # total meeting space, m²
# exhibitionSpace: 0                             # exhibition space, m²
# hotelRooms: 0                                  # rooms in on-site hotels
airportKm: 0                                     # road distance to the nearest main airport, km
# website: https://…
source: { name: "TODO", url: "https://TODO" }    # where the figures come from
# verified: ${today}                             # the day YOU checked the figures against the source; leave out if nobody has
rooms:                                           # largest room first
  - name: { en: "TODO", zh: "TODO" }             # the room's name as the venue uses it
    area: 0                                      # m²
    # ceiling: 0                                 # m
    capacity:                                    # seats; leave out a layout the room does not offer (never 0)
      theatre: 0                                 # 剧院式
      # classroom:                               # 课桌式
      # banquet:                                 # 宴会式
      # reception:                               # 酒会式
      # u_shape:                                 # U字型
      # hollow_square:                           # 回字型
      # boardroom:                               # 董事会式
`,
        [`venues/${slug}/en.mdx`]: text.en,
        [`venues/${slug}/zh.mdx`]: text.zh,
      };
    }
    case 'ambassador':
      return {
        [`ambassadors/${slug}.yaml`]: `# A convention ambassador. Only a person a published source names as one.
name: { en: "TODO", zh: "TODO" }                # as the source writes it
city: TODO                                       # slug of a folder in content/cities
field: { en: "TODO", zh: "TODO" }                # academic or professional field
institution: { en: "TODO", zh: "TODO" }          # university, hospital, association…
title: { en: "TODO", zh: "TODO" }                # position at the institution
# appointed: 2019                                # year appointed, if the source gives it
# meetingsSecured: 0                             # meetings brought to the city, if published
source: { name: "TODO", url: "https://TODO" }    # the published source that names this person
`,
      };
    case 'news': {
      const date = slug.slice(0, 10);
      const text = prose('Shown in lists, feeds and as the page description.', 'TODO: the article.', 'title: "TODO: English title"\n');
      return {
        [`news/${slug}/news.yaml`]: `# Facts about the news item, written once for both languages.
date: ${date}                                    # must equal the folder name's date
kind: city                                       # roadshow | alliance | city | venue
cities: []                                       # slugs of the cities it concerns
# source: { name: "…", url: "https://…" }        # where the story was first published
`,
        [`news/${slug}/en.mdx`]: text.en,
        [`news/${slug}/zh.mdx`]: text.zh,
      };
    }
    case 'event':
      return {
        [`events/${slug}.yaml`]: `# A roadshow, fair or forum. Shown on /events/ and in the iCalendar feeds.
name: { en: "TODO", zh: "TODO" }                # the event's name
kind: roadshow                                   # roadshow | fair | forum
start: ${today}                                  # first day, YYYY-MM-DD
end: ${today}                                    # last day, on or after start
city: TODO                                       # slug of the member city that runs or hosts it
place: { en: "TODO", zh: "TODO" }                # where it takes place
# news: ${today}-…                               # slug of a related news item
# link: https://…                                # the organiser's page
`,
      };
  }
}
