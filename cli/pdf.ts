import { readPdfText, type PdfJs } from '../lib/extract/pdf-text';
import type { PdfReader } from '../lib/source/fetch-source';

/**
 * Reads a PDF's text in Node with PDF.js's legacy build (the one made for Node; it brings what
 * Node 20 lacks), loaded only when a PDF is read.
 */
export const readPdfInNode: PdfReader = async (data, signal) => {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  return readPdfText(pdfjs, data, { signal });
};
