import { readFileSync } from 'node:fs';
import type { Article } from '../../lib/extract/article';
import { extractArticle } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';

/** The Article of a saved HTML page, or undefined where Unspun finds no article on it (a page of links). */
export function savedPageArticle(file: string, url: string): Article | undefined {
  try {
    return extractArticle(parseHtmlDocument(readFileSync(file, 'utf8'), url), { url });
  } catch {
    return undefined;
  }
}
