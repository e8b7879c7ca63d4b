import { extractArticle } from '../../../lib/extract/extract';
import { parseHtmlDocument } from '../../../lib/extract/parse-html';
import type { Article } from '../../../lib/extract/article';

/** An Article from paragraphs written in a test, as extraction would make it from a page. */
export function articleOf(
  paragraphs: string[],
  options: { url?: string; title?: string; links?: string; head?: string } = {},
): Article {
  const url = options.url ?? 'https://news.example/story';
  const title = options.title ?? 'A story for the test';
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const html = `<html><head><title>${title}</title>${options.head ?? ''}</head><body><article><h1>${title}</h1>${body}${options.links ?? ''}</article></body></html>`;
  return extractArticle(parseHtmlDocument(html, url), { url });
}

/** Filler that makes a page long enough to count as an article without adding claims. */
export const FILLER =
  'The event took place on a Tuesday afternoon in the main hall of the conference centre, and the room was full.';
