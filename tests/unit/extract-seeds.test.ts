import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { english } from '../../lib/words/english';
import { extractArticle, NoArticleError, readArticle } from '../../lib/extract/extract';
import { splitArticle } from '../../lib/extract/sentences';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { loadCases } from '../../scripts/lib/fixture-internet.mjs';

const seeds = path.resolve(__dirname, '../../seeds');
const extract = (file: string, url: string) =>
  extractArticle(parseHtmlDocument(readFileSync(path.join(seeds, file), 'utf8'), url), { url });

describe.each(loadCases())('extraction of seed fixture $id', (seed) => {
  const article = extract(seed.fixture, seed.url);

  it('finds the title and the article text', () => {
    expect(article.title).toBe(seed.title);
    for (const text of seed.mustContain) expect(article.text).toContain(text);
  });

  it('leaves out the page furniture (chat widget, cookie banner, subscription, navigation)', () => {
    for (const text of seed.mustNotContain) expect(article.text).not.toContain(text);
  });

  it('reads in the page what needs its DOM, and leaves the split and the word count to the background', () => {
    const doc = parseHtmlDocument(readFileSync(path.join(seeds, seed.fixture), 'utf8'), seed.url);
    const read = readArticle(doc, { url: seed.url });
    expect(read).not.toHaveProperty('sentences');
    expect(read).not.toHaveProperty('wordCount');
    // Counted as Intl.Segmenter's word granularity counts (count-words.test.ts holds the rule).
    const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(read.text)];
    expect(splitArticle(read).wordCount).toBe(words.filter((w) => w.isWordLike).length);
  });

  it('keeps sentence offsets that slice back to the sentence', () => {
    expect(article.sentences.length).toBeGreaterThan(2);
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('links the primary source exactly where the seed shows one', () => {
    const toSource = article.links.filter((l) => seed.source && l.href === seed.source);
    if (seed.kind === 'restatement' && seed.linksSource) {
      expect(toSource.map((l) => l.text)).toContain(seed.sourceLinkText);
    } else if (seed.kind === 'restatement') {
      expect(article.links.some((l) => l.href.includes('huggingface.co'))).toBe(false);
    }
  });
});

describe('extraction on pages without an article', () => {
  it('says so in plain words', () => {
    const doc = parseHtmlDocument(
      '<html><body><form><input></form></body></html>',
      'https://example.com/',
    );
    expect(() => extractArticle(doc)).toThrow(NoArticleError);
    const error = (() => {
      try {
        extractArticle(doc);
      } catch (e) {
        return e as NoArticleError;
      }
    })();
    expect(english(error!.messages.message)).toMatch(/no article/);
  });

  it('never returns javascript: or data: links', () => {
    const body =
      '<p>' + 'Plenty of words in this paragraph to count as an article body. '.repeat(12) + '</p>';
    const doc = parseHtmlDocument(
      `<html><body><article><h1>T</h1>${body}<p><a href="javascript:alert(1)">original source</a> <a href="data:text/html,x">source</a> <a href="https://example.org/a">ok</a></p></article></body></html>`,
      'https://example.com/post',
    );
    const hrefs = extractArticle(doc).links.map((l) => l.href);
    expect(hrefs).toEqual(['https://example.org/a']);
  });

  it('does not modify the document it reads', () => {
    const html =
      '<html><head><title>T</title></head><body><article><h1>Title</h1><p>' +
      'Words words words. '.repeat(40) +
      '</p></article></body></html>';
    const doc = parseHtmlDocument(html, 'https://example.com/');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
