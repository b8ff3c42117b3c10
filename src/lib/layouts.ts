/** Seating layouts a room's capacity is given in, in the order planners read them. */
export const layouts = ['theatre', 'classroom', 'banquet', 'reception', 'u_shape', 'hollow_square', 'boardroom'] as const;
export type Layout = (typeof layouts)[number];

export function isLayout(value: unknown): value is Layout {
  return typeof value === 'string' && (layouts as readonly string[]).includes(value);
}
