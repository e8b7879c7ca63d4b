import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, NoArticleError } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../lib/extract/sentences';

// Pages are hostile input: whatever the markup, extraction either finds an article with sound
// offsets or says "no article" — it never throws anything else.
const tag = fc.constantFrom(
  'p',
  'div',
  'a',
  'h1',
  'span',
  'article',
  'script',
  'style',
  'li',
  'table',
  'td',
  'iframe',
);
const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'Specialized models consistently outperform.',
    '<',
    '&amp;',
    '</p>',
    '💥',
    'مرحبا بالعالم.',
    '\u202e',
  ),
);
const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text,
    fc
      .tuple(
        tag,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.constantFrom(
          '',
          ' href="javascript:alert(1)"',
          ' href="https://example.org/x"',
          ' href="data:,x"',
          ' class="content"',
        ),
      )
      .map(([t, kids, attr]) => `<${t}${attr}>${kids.join('')}</${t}>`),
  ),
})).node;

describe('extraction on arbitrary markup', () => {
  it('returns a sound Article or throws NoArticleError', () => {
    fc.assert(
      fc.property(
        fc.array(node, { maxLength: 6 }),
        fc.string({ maxLength: 60 }),
        (parts, title) => {
          const html = `<html><head><title>${title}</title></head><body>${parts.join('')}</body></html>`;
          try {
            const article = extractArticle(parseHtmlDocument(html, 'https://example.com/page'));
            for (const s of article.sentences)
              expect(article.text.slice(s.start, s.end)).toBe(s.text);
            for (const l of article.links) expect(l.href).toMatch(/^https?:/);
          } catch (error) {
            expect(error).toBeInstanceOf(NoArticleError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('splitSentences', () => {
  it('keeps offsets that slice back to each sentence, for any text and language tag', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('en', 'ar', 'zh', 'not a tag', ''),
        (t, lang) => {
          for (const s of splitSentences(t, lang)) {
            expect(t.slice(s.start, s.end)).toBe(s.text);
            expect(s.text).toBe(s.text.trim());
            expect(s.text.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('splitSentences on long text', () => {
  it('keeps offsets across the chunks it segments, and caps each sentence', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Small models win. ',
            'No period here ',
            'x'.repeat(1500) + ' ',
            'Why? ',
            'مرحبا بالعالم. ',
          ),
          { minLength: 50, maxLength: 400 },
        ),
        (parts) => {
          const text = parts.join('');
          for (const s of splitSentences(text)) {
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
