import type { Article } from '../extract/article';
import { extractArticle } from '../extract/extract';
import { withPdfPages } from '../extract/pdf-pages';
import type { SourceFormat } from './fetch-source';
import { sourceAddress } from './normalize-url';

/**
 * A fetched source's Article, from its document parsed inertly (nothing in it runs or loads). A
 * PDF's paragraphs carry their page, for links to it (#page=N); the address is the source's own,
 * cleaned. Throws NoArticleError when the document holds no article.
 */
export function sourceArticle(doc: Document, finalUrl: string, format?: SourceFormat): Article {
  const extracted = extractArticle(doc, { url: finalUrl });
  const read = format === 'pdf' ? withPdfPages(extracted, doc) : extracted;
  return { ...read, url: sourceAddress(read.url, read.meta.canonical) };
}
