/** The four outcomes of matching a venue to a brief (brief.ts), strongest first; kept apart so pages that only name them load none of the rules. */
export type Outcome = 'fits' | 'likely-fits' | 'may-fit' | 'does-not-fit';
export const outcomes: readonly Outcome[] = ['fits', 'likely-fits', 'may-fit', 'does-not-fit'];
