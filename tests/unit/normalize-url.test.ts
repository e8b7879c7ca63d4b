import { describe, expect, it } from 'vitest';
import { normalizeUrl, sameSource, sourceAddress } from '../../lib/source/normalize-url';
import { textFragmentUrl } from '../../lib/source/text-fragment';

const base = 'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale';

describe('sameSource', () => {
  it.each([
    'http://huggingface.co/blog/Dharma-AI/specialization-beats-scale',
    'https://www.huggingface.co/blog/Dharma-AI/specialization-beats-scale/',
    'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale?utm_source=x&utm_medium=y&fbclid=z',
    'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale#comments',
    'https://m.huggingface.co/blog/Dharma-AI/specialization-beats-scale',
    'https://amp.huggingface.co/blog/Dharma-AI/specialization-beats-scale/amp',
    'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale?outputType=amp',
  ])('treats %s as the same source', (url) => {
    expect(sameSource(url, base)).toBe(true);
  });

  it('keeps what identifies a document', () => {
    expect(sameSource('https://example.com/article?id=1', 'https://example.com/article?id=2')).toBe(
      false,
    );
    expect(sameSource('https://example.com/a', 'https://example.org/a')).toBe(false);
    expect(normalizeUrl('https://example.com/a?b=2&a=1')).toBe('example.com/a?a=1&b=2');
  });
});

describe('sourceAddress', () => {
  it('links a source by its canonical address when that names the same document', () => {
    expect(
      sourceAddress('https://m.example.com/post/amp?utm_source=x', 'https://example.com/post'),
    ).toBe('https://example.com/post');
  });

  it('does not trust a canonical address that names another document (a home page, say)', () => {
    expect(
      sourceAddress('https://example.com/post?utm_source=x&id=7#top', 'https://example.com/'),
    ).toBe('https://example.com/post?id=7');
  });

  it('drops tracking parameters and the fragment of the address it was read from, and keeps the rest', () => {
    expect(sourceAddress('https://example.com/post?utm_source=digest&utm_medium=email', null)).toBe(
      'https://example.com/post',
    );
    expect(sourceAddress('https://example.com/read?id=7&fbclid=abc', null)).toBe(
      'https://example.com/read?id=7',
    );
    expect(sourceAddress('not a url', null)).toBe('not a url');
  });
});

describe('textFragmentUrl', () => {
  it('quotes a short passage exactly, percent-encoding dash, comma and ampersand', () => {
    expect(textFragmentUrl(`${base}#x`, 'Fine-tuned, fast & cheap.')).toBe(
      `${base}#:~:text=Fine%2Dtuned%2C%20fast%20%26%20cheap.`,
    );
  });

  it('gives a long passage by its first and last words', () => {
    const passage =
      'Specialization does not beat scale in every setting: general models remain better for open-ended tasks and for work across domains.';
    expect(textFragmentUrl(base, passage)).toBe(
      `${base}#:~:text=Specialization%20does%20not%20beat%20scale,and%20for%20work%20across%20domains.`,
    );
  });

  it('gives a table cell after the words just before it, encoded as the passage is', () => {
    expect(textFragmentUrl(base, '0.911', 'Parsa-OCR 3B')).toBe(
      `${base}#:~:text=Parsa%2DOCR%203B-,0.911`,
    );
    // Without words before it, the passage alone.
    expect(textFragmentUrl(base, '0.911', '  ')).toBe(`${base}#:~:text=0.911`);
  });
});
