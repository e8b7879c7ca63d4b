import { parseHTML } from 'linkedom';

/**
 * Parses an HTML string into an inert Document outside the browser (command line, tests):
 * linkedom runs no scripts and loads nothing.
 */
export function parseHtmlDocument(html: string, url: string): Document {
  const { document } = parseHTML(html);
  // linkedom leaves document.URL empty; Readability and link resolution read it.
  Object.defineProperty(document, 'URL', { value: url });
  Object.defineProperty(document, 'documentURI', { value: url });
  return document as unknown as Document;
}
