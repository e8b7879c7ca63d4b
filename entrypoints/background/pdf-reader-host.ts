import { browser } from 'wxt/browser';
import type { PdfReadResult } from '../../lib/extract/pdf-text';
import type { PdfReader } from '../../lib/source/fetch-source';
import { toBase64, type PdfReadRequest } from '../../utils/pdf-reader-protocol';

/** Chrome's offscreen documents (not in the polyfill's types). */
interface Offscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
const offscreen = (): Offscreen | undefined =>
  (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;

const READER_PAGE = '/pdf-reader.html';
let opening: Promise<void> | null = null;
let frame: HTMLIFrameElement | null = null;
let reading = 0;

/** Opens the reader page: an offscreen document in Chrome, a frame of the background page in Firefox. */
function openReader(): Promise<void> {
  opening ??= (async () => {
    const api = offscreen();
    if (api) {
      await api.createDocument({
        url: READER_PAGE,
        reasons: ['WORKERS'],
        justification:
          'Reads the text of a PDF source with PDF.js, away from the page and the service worker.',
      });
      return;
    }
    frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL(READER_PAGE);
    const loaded = new Promise<void>((resolve) =>
      frame!.addEventListener('load', () => resolve(), { once: true }),
    );
    document.body.append(frame);
    await loaded;
  })().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Closes the reader page when no PDF is being read, so PDF.js does not stay in memory. */
async function closeReader(): Promise<void> {
  if (reading > 0 || !opening) return;
  const was = opening;
  opening = null;
  await was.catch(() => {});
  if (frame) {
    frame.remove();
    frame = null;
  } else
    await offscreen()
      ?.closeDocument()
      .catch(() => {});
}

/** Sends the request, again for a moment while the reader page is still starting. */
async function ask(request: PdfReadRequest): Promise<PdfReadResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = (await browser.runtime.sendMessage(request)) as PdfReadResult | undefined;
      if (answer) return answer;
    } catch (error) {
      if (attempt >= 30 || !/receiving end|could not establish/i.test(String(error))) throw error;
    }
    if (attempt >= 30) return { ok: false, reason: 'malformed' };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Reads a PDF in the extension's reader page, which loads PDF.js only now; gives up when `signal`
 * aborts (the fetch's time limit).
 */
export const readPdfInExtension: PdfReader = async (data, signal) => {
  reading++;
  try {
    await openReader();
    const stopped = new Promise<PdfReadResult>((resolve) => {
      if (signal.aborted) resolve({ ok: false, reason: 'timeout' });
      signal.addEventListener('abort', () => resolve({ ok: false, reason: 'timeout' }), {
        once: true,
      });
    });
    return await Promise.race([ask({ unspunReadPdf: toBase64(data) }), stopped]);
  } finally {
    reading--;
    void closeReader();
  }
};
