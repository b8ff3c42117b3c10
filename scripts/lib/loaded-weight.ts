// What a page loads, measured in a browser: every file it fetches until it is ready (its islands
// drawn, their data fetched), by kind, in bytes as they crossed the wire (gzip, as the server sends
// them). Used by the budget tests and by npm run bench.
import type { Page, Request } from '@playwright/test';

export const weightKinds = ['html', 'css', 'js', 'data', 'other'] as const;
export type WeightKind = (typeof weightKinds)[number];

export interface LoadedWeight {
  bytes: Record<WeightKind, number>;
  total: number;
  files: { path: string; kind: WeightKind; bytes: number }[];
}

function kindOf(request: Request): WeightKind {
  const type = request.resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'fetch' || type === 'xhr') return 'data';
  return 'other';
}

/**
 * Opens `path` and totals what the page fetches until `ready` resolves (the page's load event when
 * there is none). Counts each file's body as received, so a server's compression counts.
 */
export async function loadedWeight(page: Page, path: string, ready?: (page: Page) => Promise<unknown>): Promise<LoadedWeight> {
  const measured: Promise<LoadedWeight['files'][number]>[] = [];
  const onFinished = (request: Request) => {
    measured.push(request.sizes().then((sizes) => ({ path: new URL(request.url()).pathname, kind: kindOf(request), bytes: sizes.responseBodySize })));
  };
  page.on('requestfinished', onFinished);
  try {
    await page.goto(path, { waitUntil: 'load' });
    await ready?.(page);
  } finally {
    page.off('requestfinished', onFinished);
  }
  const files = await Promise.all(measured);
  const bytes = Object.fromEntries(weightKinds.map((kind) => [kind, files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.bytes, 0)])) as Record<WeightKind, number>;
  return { bytes, total: files.reduce((sum, f) => sum + f.bytes, 0), files };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
