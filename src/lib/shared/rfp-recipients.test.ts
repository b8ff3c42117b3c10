import { describe, expect, it } from 'vitest';
import type { BureauRecord } from './records.ts';
import { requestContacts, telHref, type CityBureau, type SecretariatContact } from './rfp-recipients.ts';

const city = (slug: string, bureau: Partial<BureauRecord>): CityBureau => ({
  slug,
  conventionBureau: { name: { en: `${slug} bureau`, zh: `${slug}局` }, desk: null, url: null, email: null, phone: null, source: 'bureau', ...bureau },
  source: 'Publisher (2019)',
});
const secretariat: SecretariatContact = { host: { en: 'CMIC secretariat', zh: 'CMIC秘书处' }, email: null, phone: '+86 136 8119 9147', source: null };

describe('whom a request goes to', () => {
  it('addresses the e-mail to the bureaus that publish an address, and lists every bureau with its source', () => {
    const { contacts, recipients } = requestContacts([city('shanghai', { email: 'mice@example.org', desk: { en: 'MICE desk', zh: '会奖处' } }), city('hangzhou', { email: 'mice@example.org' })], secretariat);
    expect(recipients).toEqual(['mice@example.org']);
    expect(contacts.map((c) => c.kind)).toEqual(['bureau', 'bureau']);
    expect(contacts[0]).toMatchObject({ cities: ['shanghai'], desk: { en: 'MICE desk' }, source: 'Publisher (2019)' });
  });

  it('adds the alliance secretariat for the cities whose bureau has no e-mail address on file', () => {
    const { contacts, recipients } = requestContacts([city('shanghai', { phone: '+86 21 1234 5678' }), city('xian', { email: 'desk@example.org' })], secretariat);
    expect(recipients).toEqual(['desk@example.org']);
    expect(contacts.at(-1)).toMatchObject({ kind: 'secretariat', cities: ['shanghai'], phone: '+86 136 8119 9147', email: null });
  });

  it('has no recipient where no e-mail address is published, and invents none', () => {
    const { contacts, recipients } = requestContacts([city('beijing', {})], secretariat);
    expect(recipients).toEqual([]);
    expect(contacts.map((c) => [c.kind, c.email, c.phone])).toEqual([
      ['bureau', null, null],
      ['secretariat', null, '+86 136 8119 9147'],
    ]);
  });

  it('writes to the secretariat’s address when it publishes one and a bureau does not', () => {
    expect(requestContacts([city('beijing', {})], { ...secretariat, email: 'secretariat@example.org' }).recipients).toEqual(['secretariat@example.org']);
    expect(requestContacts([], { ...secretariat, email: 'secretariat@example.org' }).contacts.map((c) => c.kind)).toEqual(['secretariat']);
  });

  it('dials a phone number with its digits and leading plus only', () => {
    expect(telHref('+86 136 8119 9147')).toBe('tel:+8613681199147');
    expect(telHref('(021) 6123-4567')).toBe('tel:02161234567');
  });
});
