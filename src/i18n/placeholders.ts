/**
 * Fills `{name}` placeholders from `values`; a placeholder without a value stays visible rather than
 * blank. Kept apart from the dictionaries so browser scripts can use it without bundling them.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
