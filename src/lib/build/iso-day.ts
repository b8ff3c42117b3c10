/** `YYYY-MM-DD` of a UTC day, for `<time datetime>` and data files. Free of the dictionaries, so the open-data records can use it without them. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
