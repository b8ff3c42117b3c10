import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordFile, recordFilePath, recordFiles, type RecordFolder } from '../lib/build/record-files.ts';
import type { CityRecord, VenueRecord } from '../lib/shared/records.ts';

/**
 * Writes the open data's one-file-per-record copies (src/lib/build/record-files.ts) from the built
 * /data/venues.json and /data/cities.json once the build is done, and serves them the same way in
 * `astro dev`. As Astro routes, one render each, the 1,100 files of the benchmark's corpus cost a
 * fifth of its build.
 */
export default function recordFilesIntegration(): AstroIntegration {
  return {
    name: 'record-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const data = join(fileURLToPath(dir), 'data');
        const read = <T>(name: string) => JSON.parse(readFileSync(join(data, name), 'utf8')) as T;
        const files = recordFiles(read<VenueRecord[]>('venues.json'), read<CityRecord[]>('cities.json'));
        for (const [path, content] of files) {
          mkdirSync(dirname(join(data, path)), { recursive: true });
          writeFileSync(join(data, path), JSON.stringify(content));
        }
        logger.info(`wrote ${files.length} record files under /data/`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          const match = path.startsWith('/data/') ? recordFilePath.exec(path.slice('/data/'.length)) : null;
          if (!match) return next();
          const origin = `http://${request.headers.host}`;
          const full = (name: string) => fetch(`${origin}/data/${name}`).then((r) => r.json());
          Promise.all([full('venues.json'), full('cities.json')]).then(
            ([venues, cities]) => {
              const content = recordFile(match[1] as RecordFolder, match[2] as string, venues as VenueRecord[], cities as CityRecord[]);
              response.statusCode = content === undefined ? 404 : 200;
              response.setHeader('content-type', 'application/json');
              response.end(content === undefined ? '' : JSON.stringify(content));
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
