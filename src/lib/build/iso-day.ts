/** `YYYY-MM-DD` of a UTC day, for `<time datetime>` and data files. Free of the dictionaries, so data code and islands can use it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
