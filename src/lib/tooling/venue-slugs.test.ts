import { describe, expect, it } from 'vitest';
import { nearSlugs, unknownVenueMessage } from './venue-slugs.ts';

const slugs = ['hangzhou-international-expo-center', 'shanghai-expo-centre', 'tianjin-grand-theatre'];

describe('unknownVenueMessage', () => {
  it('names the file it looked for, the near matches, then every venue', () => {
    expect(unknownVenueMessage('expo', slugs, 'content/venues/expo/venue.yaml')).toBe(
      [
        'Unknown venue "expo": there is no content/venues/expo/venue.yaml.',
        'Did you mean hangzhou-international-expo-center, shanghai-expo-centre?',
        'Venues (3): hangzhou-international-expo-center, shanghai-expo-centre, tianjin-grand-theatre.',
        'A new venue is made first with npm run new -- venue <slug>.',
      ].join('\n'),
    );
  });

  it('no near match: every venue; no venue at all: says so', () => {
    expect(unknownVenueMessage('lhasa-hall', slugs, 'x')).not.toContain('Did you mean');
    expect(unknownVenueMessage('lhasa-hall', [], 'x')).toContain('There are no venues yet.');
  });
});

describe('nearSlugs', () => {
  it('an empty slug is near nothing', () => {
    expect(nearSlugs('', slugs)).toEqual([]);
  });
});
