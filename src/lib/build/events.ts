/** Splits events at `today`: an event is upcoming until its last day has passed. */
export function splitByDate<E extends { facts: { start: Date; end: Date } }>(events: readonly E[], today: Date) {
  const upcoming = events.filter((e) => e.facts.end.getTime() >= today.getTime());
  const past = events.filter((e) => e.facts.end.getTime() < today.getTime()).reverse();
  return { upcoming, past };
}
