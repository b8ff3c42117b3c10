import { describe, expect, it } from 'vitest';
import { switchedWithState } from './language-state.ts';

describe('the language switch keeps the page’s state', () => {
  it('carries the query and the hash to the other language’s page', () => {
    expect(switchedWithState('/zh/rfp/', '?plenary=1000&venues=a,b&event=Congress', '#rfp-send')).toBe('/zh/rfp/?plenary=1000&venues=a,b&event=Congress#rfp-send');
    expect(switchedWithState('/en/compare/', '?venues=a&vw=theatre:3&vmust=theatre:1000', '')).toBe('/en/compare/?venues=a&vw=theatre:3&vmust=theatre:1000');
    expect(switchedWithState('/en/search/', '?q=%E6%9D%AD%E5%B7%9E', '')).toBe('/en/search/?q=%E6%9D%AD%E5%B7%9E');
  });

  it('replaces whatever state the link carried before, and drops an empty query or hash', () => {
    expect(switchedWithState('/zh/venues/?plenary=10#old', '?plenary=1000', '')).toBe('/zh/venues/?plenary=1000');
    expect(switchedWithState('/zh/venues/', '', '')).toBe('/zh/venues/');
    expect(switchedWithState('/zh/venues/', '?', '#')).toBe('/zh/venues/');
  });
});
