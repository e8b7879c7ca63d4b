import type { Article } from './article';
import { PDF_PAGE_ATTRIBUTE } from './pdf-text';

/** Minimal document shape shared by browser DOM and linkedom. */
interface DocumentLike {
  querySelectorAll(
    selectors: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/**
 * Where each page starts in an Article read from the HTML made of a PDF (pdfToHtml): each marked
 * block is found in the text in order, and a page starts at its first block found. Blocks that
 * extraction left out are skipped. Empty when the document has no page marks.
 */
function pdfPageStarts(doc: DocumentLike, text: string): { start: number; page: number }[] {
  const starts: { start: number; page: number }[] = [];
  let cursor = 0;
  for (const block of Array.from(doc.querySelectorAll(`[${PDF_PAGE_ATTRIBUTE}]`))) {
    const page = Number(block.getAttribute(PDF_PAGE_ATTRIBUTE));
    const said = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!Number.isInteger(page) || !said) continue;
    const at = text.indexOf(said, cursor);
    if (at < 0) continue;
    cursor = at + said.length;
    if (starts.at(-1)?.page !== page) starts.push({ start: at, page });
  }
  return starts;
}

/** The Article with its pages, when it was read from a PDF's HTML. */
export function withPdfPages(article: Article, doc: DocumentLike): Article {
  const pages = pdfPageStarts(doc, article.text);
  return pages.length ? { ...article, pages } : article;
}
