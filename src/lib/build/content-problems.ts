import type { z } from 'zod';

/** One thing wrong with an editor's file, said so that they can fix it. */
export interface ContentProblem {
  /** Path as the editor sees it, e.g. `content/venues/x/venue.yaml`. */
  file: string;
  /** Field path inside the file, e.g. `rooms[2].capacity.theatre`; absent for whole-file problems. */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** `['rooms', 2, 'capacity', 'theatre']` → `rooms[2].capacity.theatre`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** Turns Zod's issues into problems that name the file, the field, what was expected and what was found. */
export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const object = (issue as { input?: unknown }).input;
      const inLabel = typeof object === 'object' && object !== null && ('en' in object || 'zh' in object);
      return issue.keys.map((key) => ({
        file,
        field: fieldPath([...issue.path, key]),
        // An extra key beside en/zh is almost always text whose comma split the { en: …, zh: … } pair.
        message: inLabel
          ? 'unknown field: text with a comma inside { … } must be quoted, e.g. { en: "Culture, tourism", zh: "文旅" }'
          : 'unknown field (is it misspelt, or in the wrong place?)',
        severity: 'error',
      }));
    }
    const field = issue.path.length > 0 ? fieldPath(issue.path) : undefined;
    const input = (issue as { input?: unknown }).input;
    const missing = issue.code === 'invalid_type' && input === undefined;
    const message = missing
      ? `required field is missing (${issue.message})`
      : input === undefined || issue.code === 'custom'
        ? issue.message
        : `${issue.message}, got ${describeValue(input)}`;
    return [{ file, field, message, severity: 'error' }];
  });
}
