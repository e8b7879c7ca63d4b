import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';

const source = articleOf([FILLER, 'Our small model matched a much larger one on invoices in our tests.'], {
  url: 'https://huggingface.co/blog/acme-labs/small-models-win',
  title: 'Small models win',
  head: '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Organization","name":"Acme Labs"},"publisher":{"@type":"Organization","name":"Hugging Face"}}</script>',
});

describe('attribution-mismatch', () => {
  it('flags a page that credits the platform for an author’s post, with both names and the evidence', () => {
    const page = articleOf([FILLER, 'Hugging Face argues that small models win on invoices.']);
    const f = analyze(page, { source }).flags.find((x) => x.id === 'attribution-mismatch');
    expect(f?.title).toBe('Credits Hugging Face; the source was written by Acme Labs');
    expect(f?.detail).toContain('a post by acme-labs on Hugging Face blog');
    expect(f?.spans[0]?.text).toBe('Hugging Face argues that small models win on invoices.');
  });

  it('does not flag a page that credits the real author', () => {
    const page = articleOf([FILLER, 'Acme Labs argues that small models win on invoices.']);
    expect(analyze(page, { source }).flags.map((x) => x.id)).not.toContain('attribution-mismatch');
  });

  it('needs the source: without it there is no such flag', () => {
    const page = articleOf([FILLER, 'Hugging Face argues that small models win on invoices.']);
    expect(analyze(page).flags.map((x) => x.id)).not.toContain('attribution-mismatch');
  });
});
