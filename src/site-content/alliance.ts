/**
 * The alliance's own facts, read once per build from content/alliance.yaml. The content check has
 * already named any problem in the file by field; here a broken file stops the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from '../lib/build/content-dir.ts';
import { allianceFile } from '../lib/build/content-layout.ts';
import { allianceRecord } from '../lib/build/open-data.ts';
import type { AllianceRecord } from '../lib/shared/records.ts';
import { allianceFacts } from '../lib/build/schemas.ts';

export const alliance: AllianceRecord = allianceRecord(
  allianceFacts.parse(yaml.load(readFileSync(join(contentDir(), allianceFile), 'utf8'), { schema: yaml.CORE_SCHEMA })),
);
