/** The fixture site (tests/fixtures/untranslated) is built into dist-fixture/ and served on its own port. */
export const fixturePort = 4330;
export const fixtureURL = (path: string) => `http://localhost:${fixturePort}${path}`;
