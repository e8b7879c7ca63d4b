import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { REPORT_VERSION } from '../../lib/report/report';
import { extractArticle, NoArticleError } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { discoverSources } from '../../lib/source/discover';
import { articleOf } from './support/article';

const words = fc.constantFrom(
  'always',
  'may',
  'not',
  'outperforms',
  'Hugging Face argues',
  'will',
  '2.1%',
  'Source:',
  'via',
  '“quoted text here”',
  'inevitable',
  'no evidence that',
  '<b>',
  '&',
  '\u202e',
  'مرحبا',
  '🙂',
);
const sentence = fc
  .array(fc.oneof(words, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 25 })
  .map((w) => `${w.join(' ')}.`);

describe('analyze on arbitrary text', () => {
  it('never throws, keeps every offset sound, and stays JSON-serialisable', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 3, maxLength: 12 }), (paragraphs) => {
        let page;
        try {
          page = articleOf(paragraphs.map((p) => p.replace(/</g, '&lt;')));
        } catch (error) {
          expect(error).toBeInstanceOf(NoArticleError);
          return;
        }
        const report = analyze(page, { source: page });
        expect(report.version).toBe(REPORT_VERSION);
        expect(report.spin.score).toBeGreaterThanOrEqual(0);
        expect(report.spin.score).toBeLessThanOrEqual(100);
        for (const c of report.claims) expect(page.text.slice(c.start, c.end)).toBe(c.text);
        for (const f of report.flags)
          for (const s of f.spans) expect(page.text.slice(s.start, s.end)).toBe(s.text);
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
      { numRuns: 60 },
    );
  });

  it('never offers a javascript:, data: or other non-web link as a source, whatever it is called', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'javascript:alert(1)',
          'data:text/html,<p>x',
          'file:///etc/passwd',
          'mailto:a@b.c',
          'chrome://settings',
          'vbscript:x',
        ),
        fc.constantFrom('Read the original', 'Source', 'View original on the lab blog'),
        (href, text) => {
          const body =
            '<p>' +
            'A sentence of filler text for the article body. '.repeat(10) +
            `</p><p><a href="${href}">${text}</a></p>`;
          const doc = parseHtmlDocument(
            `<html><head><title>T</title></head><body><article>${body}</article></body></html>`,
            'https://news.example/a',
          );
          const d = discoverSources(extractArticle(doc));
          expect(d.candidates.every((c) => /^https?:/.test(c.url))).toBe(true);
        },
      ),
    );
  });
});
