/**
 * Replacing a venue.yaml's `rooms` with a chart's while the rest of the file — facts, comments,
 * order — stays as the editor wrote it (the `yaml` library edits the document, comments included).
 */
import jsYaml from 'js-yaml';
import { isMap, isSeq, parseDocument, Pair, Scalar, type Document, type YAMLMap } from 'yaml';
import { formatProblem, problemsFromZod } from '../../build/content-problems.ts';
import { type VenueFacts, venueFacts } from '../../build/schemas.ts';
import type { ChartProblem } from './chart.ts';
import type { ExistingRoom, RoomRecord } from './rooms.ts';

export class VenueFileError extends Error {
  override name = 'VenueFileError';
}

function parse(text: string): Document.Parsed {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const error = doc.errors[0];
  if (error) throw new VenueFileError(`the file could not be read as YAML: ${error.message.split('\n')[0]}; fix it first (npm run check names the problem)`);
  if (!isMap(doc.contents)) throw new VenueFileError('expected the venue\'s facts (city, type, name, …) at the top of the file');
  return doc;
}

/** The rooms the file lists now (as written, before any defaults). */
export function existingRooms(text: string): ExistingRoom[] {
  const rooms = (parse(text).toJS() as { rooms?: unknown }).rooms;
  if (rooms === undefined || rooms === null) return [];
  if (!Array.isArray(rooms)) throw new VenueFileError('rooms: expected a list of rooms');
  return rooms.filter((room): room is ExistingRoom => typeof room === 'object' && room !== null && typeof (room as ExistingRoom).id === 'string');
}

/** The new file text: `rooms` replaced, `allRoomsListed: true` (set beside it when missing). */
export function replaceRooms(text: string, rooms: readonly RoomRecord[]): string {
  const doc = parse(text);
  const map = doc.contents as YAMLMap;
  const list = doc.createNode(rooms);
  if (isSeq(list)) {
    for (const item of list.items) {
      if (!isMap(item)) continue;
      for (const key of ['name', 'area', 'notOffered']) {
        const node = item.get(key, true);
        if (node && (isMap(node) || isSeq(node))) node.flow = true;
      }
    }
  }
  if (map.has('allRoomsListed')) map.set('allRoomsListed', true);
  else {
    const at = map.items.findIndex((pair) => (pair.key as Scalar | undefined)?.value === 'rooms');
    const pair = new Pair(new Scalar('allRoomsListed'), new Scalar(true));
    if (at === -1) map.items.push(pair);
    else map.items.splice(at, 0, pair);
  }
  map.set('rooms', list);
  return doc.toString({ lineWidth: 0 });
}

/**
 * Checks the whole new file as the build will (the same schema), so an import never writes what
 * the build refuses. A problem in a room is said by its chart row.
 */
export function checkVenueText(text: string, rowOf: ReadonlyMap<string, number>): ChartProblem[] {
  const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  const result = venueFacts.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return [];
  const rooms = (data as { rooms?: { id?: string }[] }).rooms ?? [];
  return problemsFromZod('venue.yaml', result.error).map((problem) => {
    const match = /^rooms\[(\d+)\](?:\.(.*))?$/u.exec(problem.field ?? '');
    const row = match ? rowOf.get(rooms[Number(match[1])]?.id ?? '') : undefined;
    return row === undefined
      ? { message: `venue.yaml: ${problem.field ? `${problem.field}: ` : ''}${problem.message}` }
      : { row, message: `${match?.[2] ? `${match[2]}: ` : ''}${problem.message}` };
  });
}

/** The venue's facts as the build reads them. A file the build would refuse throws, with its problems by field. */
export function venueFactsOf(text: string, file = 'venue.yaml'): VenueFacts {
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    throw new VenueFileError(`the file could not be read as YAML: ${(error as Error).message.split('\n')[0]}; fix it first (npm run check names the problem)`);
  }
  const result = venueFacts.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const problems = problemsFromZod(file, result.error).map(formatProblem);
  throw new VenueFileError(`${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix first (npm run check names them too):\n  ✗ ${problems.join('\n  ✗ ')}`);
}
