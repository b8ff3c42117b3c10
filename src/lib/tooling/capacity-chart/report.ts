/** What `npm run import` tells the editor after reading a chart: what it read, and what changes. */
import { layouts } from '../../shared/seating.ts';
import { type ChartReading, type ChartRules, describeRules } from './chart.ts';
import { describeField, layoutName } from './headers.ts';
import { differences, figureText, type ImportPlan, type RoomRecord } from './rooms.ts';

const language = { en: 'English', zh: 'Chinese' } as const;

function roomLabel(room: { id: string; name?: { en?: string; zh?: string } }): string {
  const names = [room.name?.zh, room.name?.en].filter((n): n is string => typeof n === 'string');
  return `${room.id} (${names.join(' / ') || 'no name'})`;
}

/** `theatre 1,200 · classroom 600 · 1,000 m² · not offered: banquet`. */
export function roomFigures(room: RoomRecord): string {
  const n = (value: number) => value.toLocaleString('en-GB');
  const parts = [
    ...layouts.flatMap((layout) => (room.capacity?.[layout] === undefined ? [] : [`${layoutName[layout]} ${n(room.capacity[layout])}`])),
    ...(room.upTo === undefined ? [] : [`up to ${n(room.upTo)}`]),
    ...(room.moreThan === undefined ? [] : [`more than ${n(room.moreThan)}`]),
    ...(room.area === undefined || room.area === null ? [] : [`${figureText(room.area)} m²`]),
    ...(room.length !== undefined && room.width !== undefined ? [`${room.length}×${room.width} m`] : []),
    ...(room.ceiling === undefined ? [] : [`ceiling ${room.ceiling} m`]),
    ...(room.partOf === undefined ? [] : [`part of ${room.partOf}`]),
    ...(room.notOffered?.length ? [`not offered: ${room.notOffered.map((l) => layoutName[l]).join(', ')}`] : []),
  ];
  return parts.join(' · ');
}

export function importReport(reading: ChartReading, plan: ImportPlan, rules: ChartRules, source?: string): string[] {
  const lines: string[] = [];
  lines.push(`Header: row ${reading.headerRow}; columns: ${reading.columns.map((c) => `${c.label} → ${describeField(c.field)}`).join('; ')}`);
  lines.push(describeRules(rules));
  if (reading.notes.length > 0) {
    lines.push('', 'Text above or below the rooms (check any legend agrees with the rule above):');
    for (const note of reading.notes) lines.push(`  ${note}`);
  }
  for (const { row, reason } of reading.skipped) lines.push(`Row ${row} left out: ${reason}.`);
  lines.push('', `${plan.rooms.length} room${plan.rooms.length === 1 ? '' : 's'} in the chart: ${plan.added.length} new, ${plan.changed.length} changed, ${plan.unchanged.length} unchanged.`);
  for (const room of plan.added) lines.push(`  + ${roomLabel(room)}: ${roomFigures(room)}`);
  for (const { before, after } of plan.changed) {
    lines.push(`  ~ ${roomLabel(after)}`);
    for (const change of differences(before, after)) lines.push(`      ${change}`);
  }
  const cited = plan.added.length + plan.changed.length;
  if (source === undefined && cited > 0) {
    lines.push(
      `The ${cited} new or changed room${cited === 1 ? '' : 's'} cite${cited === 1 ? 's' : ''} the venue's first source; rooms the chart leaves as they were keep theirs. A chart from the venue is a source: add it to the venue's sources and run again with --source <its id>.`,
    );
  }
  if (plan.removed.length > 0) {
    lines.push('', `Not in the chart, so no longer listed (${plan.removed.length}): check with the venue that these rooms are gone:`);
    for (const room of plan.removed) lines.push(`  - ${roomLabel(room)}`);
  }
  if (plan.keptNames.length > 0) {
    lines.push('', 'Names the chart does not give, kept from the file:');
    for (const kept of plan.keptNames) lines.push(`  ${kept.id}: name.${kept.lang} "${kept.name}"`);
  }
  if (plan.missingNames.length > 0) {
    const byLang = Object.groupBy(plan.missingNames, (m) => m.lang);
    lines.push('');
    for (const lang of ['en', 'zh'] as const) {
      const list = byLang[lang] ?? [];
      if (list.length === 0) continue;
      lines.push(
        `${list.length} room${list.length === 1 ? ' has' : 's have'} no ${language[lang]} name (the chart does not give one): add name.${lang} by hand, as the venue names the room; npm run check lists them until you do. Pages show the name there is meanwhile.`,
      );
      lines.push(`  ${list.map((m) => m.id).join(', ')}`);
    }
  }
  return lines;
}
