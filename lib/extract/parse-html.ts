import { parseHTML } from 'linkedom';

/**
 * Parses an HTML string into an inert Document where there is no DOMParser (the command line, the
 * tests, and the background, a service worker in Chrome, where it reads the sources):
 * linkedom runs no scripts and loads nothing.
 */
export function parseHtmlDocument(html: string, url: string): Document {
  const { document } = parseHTML(html);
  // linkedom leaves document.URL empty; Readability and link resolution read it.
  Object.defineProperty(document, 'URL', { value: url });
  Object.defineProperty(document, 'documentURI', { value: url });
  return document as unknown as Document;
}
