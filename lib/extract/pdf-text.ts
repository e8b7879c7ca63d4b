/**
 * The text of a PDF, read with PDF.js: text blocks (paragraphs, headings) with the page each is
 * on. PDF.js is passed in by the caller, so this file loads nothing itself: the command line gives
 * it the legacy build (Node), the extension its reader page's build, each only when a PDF is read.
 */

/** One paragraph or heading of a PDF and the page (from 1) it starts on. */
export interface PdfBlock {
  page: number;
  text: string;
}

/** A PDF's text: its title (from the document information, when it has one), pages and blocks. */
export interface PdfText {
  title: string | null;
  pageCount: number;
  blocks: PdfBlock[];
}

/** Why a PDF gave no text: locked with a password, no text layer (a scan), damaged, too slow. */
export type PdfFailure = 'encrypted' | 'no-text' | 'malformed' | 'timeout';

export type PdfReadResult = { ok: true; text: PdfText } | { ok: false; reason: PdfFailure };

/** What PDF.js gives for one run of text (TextItem in its types). */
export interface PdfTextRun {
  str: string;
  hasEOL?: boolean;
  /** [a, b, c, d, x, y]: x and y place the run's baseline. */
  transform: number[];
  width: number;
  height: number;
}

/** The part of PDF.js this reads with (`pdfjs-dist` 4 and 5, either build). */
export interface PdfJs {
  getDocument(src: Record<string, unknown>): {
    promise: Promise<{
      numPages: number;
      getMetadata(): Promise<{ info?: unknown }>;
      getPage(
        n: number,
      ): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup?(): unknown }>;
      destroy(): Promise<void>;
    }>;
    destroy(): Promise<void>;
  };
}

/** Fewer letters than this in the whole file, and it has no text layer worth reading. */
const MIN_LETTERS = 40;
/** Stop after about this much text: extraction reads no further (MAX_TEXT_CHARS in extract.ts). */
const MAX_CHARS = 400_000;

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  height: number;
}

/** A page's runs as lines: a run that ends a line (hasEOL) or starts lower down starts a new one. */
function linesOf(runs: readonly PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const run of runs) {
    const [, , , , x = 0, y = 0] = run.transform;
    if (current && Math.abs(current.y - y) > Math.max(current.height, run.height, 1) * 0.5) {
      lines.push(current);
      current = null;
    }
    if (run.str) {
      if (!current) current = { text: run.str, x, y, right: x + run.width, height: run.height };
      else {
        // Runs of one line are sometimes split mid-word, sometimes at a space the PDF only implies.
        const gap = x - current.right;
        current.text +=
          gap > run.height * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(run.str)
            ? ` ${run.str}`
            : run.str;
        current.right = Math.max(current.right, x + run.width);
        current.height = Math.max(current.height, run.height);
      }
    }
    if (run.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text);
}

/**
 * A page's lines as blocks. A block ends where the next line is further down than line spacing
 * (a blank line between paragraphs), jumps up (a new column), or after a short line that ends a
 * sentence (a paragraph's last line, where papers use no blank line). A word hyphenated at a line
 * end is joined again.
 */
export function blocksOfPage(runs: readonly PdfTextRun[]): string[] {
  const lines = linesOf(runs);
  const widest = Math.max(0, ...lines.map((l) => l.right - l.x));
  const blocks: string[] = [];
  let block = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const gap = prev ? prev.y - line.y : 0;
    const breaks =
      prev &&
      (gap > Math.max(prev.height, line.height, 1) * 1.7 ||
        gap < 0 ||
        (/[.!?:]["')\]]?$/.test(prev.text) && prev.right - prev.x < widest * 0.8));
    if (breaks && block) {
      blocks.push(block);
      block = '';
    }
    if (!block) block = line.text;
    else if (/\p{L}-$/u.test(block) && /^\p{Ll}/u.test(line.text))
      block = block.slice(0, -1) + line.text;
    else block += ` ${line.text}`;
  });
  if (block) blocks.push(block);
  return blocks;
}

const isRun = (item: unknown): item is PdfTextRun =>
  typeof item === 'object' &&
  item !== null &&
  typeof (item as PdfTextRun).str === 'string' &&
  Array.isArray((item as PdfTextRun).transform);

/** The document information's title, when it is a real one (not a file or tool name). */
function titleOf(info: unknown): string | null {
  const title =
    typeof info === 'object' && info !== null ? (info as { Title?: unknown }).Title : null;
  if (typeof title !== 'string') return null;
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean.length > 3 && !/\.(?:pdf|docx?|tex|dvi)$/i.test(clean) && !/^untitled$/i.test(clean)
    ? clean
    : null;
}

/**
 * Reads the text of a PDF with `pdfjs`, in this thread (no PDF.js worker: callers run it off the
 * page's main thread already). Never throws: a PDF locked with a password, one with no text layer,
 * a damaged file, or one still being read when `signal` aborts, come back as a reason.
 */
export async function readPdfText(
  pdfjs: PdfJs,
  data: Uint8Array,
  options: { signal?: AbortSignal } = {},
): Promise<PdfReadResult> {
  const task = pdfjs.getDocument({
    data,
    // Nothing runs or loads: no scripts, fonts, or eval; text only.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const aborted = () => options.signal?.aborted === true;
  const onAbort = () => void task.destroy().catch(() => {});
  options.signal?.addEventListener('abort', onAbort);
  try {
    const doc = await task.promise;
    const info = await doc.getMetadata().then(
      (m) => m.info,
      () => null,
    );
    const blocks: PdfBlock[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages && chars < MAX_CHARS; n++) {
      if (aborted()) return { ok: false, reason: 'timeout' };
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent();
      for (const text of blocksOfPage(items.filter(isRun))) {
        blocks.push({ page: n, text });
        chars += text.length;
      }
      page.cleanup?.();
    }
    const letters = blocks.reduce((sum, b) => sum + (b.text.match(/\p{L}/gu)?.length ?? 0), 0);
    const pageCount = doc.numPages;
    await doc.destroy().catch(() => {});
    if (letters < MIN_LETTERS) return { ok: false, reason: 'no-text' };
    return { ok: true, text: { title: titleOf(info), pageCount, blocks } };
  } catch (error) {
    if (aborted()) return { ok: false, reason: 'timeout' };
    const name =
      error instanceof Error || (typeof error === 'object' && error !== null)
        ? (error as { name?: string }).name
        : '';
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'malformed' };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The attribute that marks a block's page in the HTML made from a PDF. */
export const PDF_PAGE_ATTRIBUTE = 'data-pdf-page';

/**
 * A PDF's text as an HTML document, one paragraph per block, each marked with its page, so the
 * sidebar and the command line read it like any page. Everything from the PDF is escaped.
 */
export function pdfToHtml(text: PdfText, fallbackTitle: string): string {
  const title = escapeHtml(text.title ?? fallbackTitle);
  const body = text.blocks
    .map((b) => `<p ${PDF_PAGE_ATTRIBUTE}="${b.page}">${escapeHtml(b.text)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>\n${body}\n</article></body></html>`;
}
