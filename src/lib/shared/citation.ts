/**
 * A source named in a line of text, as the compare table, the scorecard and the request's files name
 * it: the publisher and the year, and the title where asked. Never a web address: a source's
 * address is a link on the page that lists it (its publisher's own, or none).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { SourceName, SourceRecord } from './records.ts';

/** A source as compare names it, by publisher and date: what the summaries it reads carry of each. */
export const sourceName = ({ id, publisher, published }: SourceRecord): SourceName => ({ id, publisher, published });

export function citation(source: Pick<SourceRecord, 'publisher' | 'published'> & Partial<Pick<SourceRecord, 'title'>>, locale: Locale, withTitle = false): string {
  const year = source.published?.slice(0, 4);
  const title = withTitle && source.title ? source.title : null;
  if (locale === 'zh') {
    const named = title ? `${source.publisher.zh}《${title.replace(/^《|》$/g, '')}》` : source.publisher.zh;
    return year ? `${named}（${year}年）` : named;
  }
  const named = title ? `${source.publisher.en}, “${title}”` : source.publisher.en;
  return year ? `${named} (${year})` : named;
}
