/**
 * "Today" for a build: freshness and upcoming/past events are judged against it.
 * BUILD_DATE (YYYY-MM-DD) pins it, so tests and reproducible builds do not depend on the clock.
 */
export const buildDate: Date = process.env.BUILD_DATE
  ? new Date(`${process.env.BUILD_DATE}T00:00:00Z`)
  : new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');

/** The build's date as YYYY-MM-DD. */
export const buildDay: string = buildDate.toISOString().slice(0, 10);
