// The extension's PDF reader: a page with no view that the background opens only when a source is
// a PDF (an offscreen document in Chrome, whose service worker may not import() code; a frame of
// the background page in Firefox), so PDF.js loads then and never with the background or a tab.
import { browser } from 'wxt/browser';
import { isPdfReadRequest, fromBase64 } from '../../utils/pdf-reader-protocol';
import type { PdfReadResult } from '../../lib/extract/pdf-text';

declare global {
  // PDF.js runs its "worker" in this page when it finds it here (no worker file to load).
  var pdfjsWorker: unknown;
}

async function read(base64: string): Promise<PdfReadResult> {
  const [{ readPdfText }, pdfjs, worker] = await Promise.all([
    import('../../lib/extract/pdf-text'),
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.mjs'),
  ]);
  globalThis.pdfjsWorker = worker;
  return readPdfText(pdfjs as never, fromBase64(base64));
}

browser.runtime.onMessage.addListener((message: unknown) =>
  isPdfReadRequest(message) ? read(message.unspunReadPdf) : undefined,
);
