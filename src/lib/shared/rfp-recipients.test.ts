import { describe, expect, it } from 'vitest';
import { requestRecipients, telHref, type BureauAddress } from './rfp-recipients.ts';

const city = (slug: string, email: string | null = null): BureauAddress => ({ slug, email });

describe('whom a request goes to', () => {
  it('addresses the e-mail to the bureaus that publish an address, and shows every bureau of the request’s cities', () => {
    const to = requestRecipients([city('shanghai', 'mice@example.org'), city('hangzhou', 'mice@example.org')], null);
    expect(to).toEqual({ bureaus: ['shanghai', 'hangzhou'], secretariatFor: null, recipients: ['mice@example.org'] });
  });

  it('adds the alliance secretariat for the cities whose bureau has no e-mail address on file', () => {
    const to = requestRecipients([city('shanghai'), city('xian', 'desk@example.org')], null);
    expect(to.recipients).toEqual(['desk@example.org']);
    expect(to.secretariatFor).toEqual(['shanghai']);
  });

  it('has no recipient where no e-mail address is published, and invents none', () => {
    expect(requestRecipients([city('beijing')], null)).toEqual({ bureaus: ['beijing'], secretariatFor: ['beijing'], recipients: [] });
  });

  it('writes to the secretariat’s address when it publishes one and a bureau does not, or when no city is known', () => {
    expect(requestRecipients([city('beijing')], 'secretariat@example.org').recipients).toEqual(['secretariat@example.org']);
    expect(requestRecipients([city('xian', 'desk@example.org')], 'secretariat@example.org').recipients).toEqual(['desk@example.org']);
    expect(requestRecipients([], 'secretariat@example.org')).toEqual({ bureaus: [], secretariatFor: [], recipients: ['secretariat@example.org'] });
  });

  it('dials a phone number with its digits and leading plus only', () => {
    expect(telHref('+86 136 8119 9147')).toBe('tel:+8613681199147');
    expect(telHref('(021) 6123-4567')).toBe('tel:02161234567');
  });
});
