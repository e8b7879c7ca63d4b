import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/extract/parse-html';
import { isLongRead } from '../../../entrypoints/sidebar.content/read-page';

const pageOf = (paragraphs: number) =>
  parseHtmlDocument(
    `<html><body><article>${'<p>A line of the story, <a href="/x">linked</a>.</p>'.repeat(paragraphs)}</article></body></html>`,
    'https://news.example/story',
  );

describe('isLongRead', () => {
  it('reads a news page at once, and shows it is reading first on a page of thousands of elements', () => {
    // Two elements a paragraph, plus html, head, body and article.
    expect(isLongRead(pageOf(1_000))).toBe(false);
    expect(isLongRead(pageOf(1_498))).toBe(false);
    expect(isLongRead(pageOf(1_499))).toBe(true);
  });
});
