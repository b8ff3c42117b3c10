import { describe, expect, it } from 'vitest';
import { proseSentences } from './prose-sentences.ts';

describe('proseSentences', () => {
  it('splits Chinese prose after 。！？ and keeps a closing quotation mark with its sentence', () => {
    const mdx = '---\nsummary: "摘要。"\n---\n\n杭州是会奖目的地。欢迎来杭州开会！他说：“这里很好。”\n';
    expect(proseSentences(mdx, 'zh')).toEqual(['杭州是会奖目的地。', '欢迎来杭州开会！', '他说：“这里很好。”']);
  });

  it('joins hard-wrapped English lines and splits at sentence ends only', () => {
    const mdx = 'On 20 March 2017 the alliance was\nestablished at a forum. Its first batch counted 90 units!\n';
    expect(proseSentences(mdx, 'en')).toEqual(['On 20 March 2017 the alliance was established at a forum.', 'Its first batch counted 90 units!']);
  });

  it('leaves out frontmatter, headings, lists, tables, imports and components', () => {
    const mdx = [
      '---',
      'title: "A title that is long enough."',
      '---',
      "import Photo from '../photo.jpg';",
      '## A heading that is long enough to count.',
      '- A list item that is long enough to count.',
      '| a table row that is long enough to count. |',
      '<Figure caption="A caption that is long enough to count." />',
      'The one real sentence of this file is here.',
    ].join('\n\n');
    expect(proseSentences(mdx, 'en')).toEqual(['The one real sentence of this file is here.']);
  });

  it('reduces links and emphasis to their text, and drops braces and angle brackets that MDX would read as code', () => {
    const mdx = 'See the [join page](/en/join/) for **all four** steps {soon}. 详见[入盟流程](/zh/join/)，共**四步**。';
    expect(proseSentences(mdx, 'en')).toEqual(['See the join page for all four steps soon.']);
    expect(proseSentences(mdx, 'zh')).toEqual(['See the join page for all four steps soon. 详见入盟流程，共四步。']);
  });

  it('drops fragments too short to be sentences, such as abbreviations', () => {
    expect(proseSentences('Hello. A sentence long enough to be kept.', 'en')).toEqual(['A sentence long enough to be kept.']);
    expect(proseSentences('好。这是一个足够长的句子。', 'zh')).toEqual(['这是一个足够长的句子。']);
  });
});
