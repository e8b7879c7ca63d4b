import { msg, plural, type Message } from '../words/message';
import { markdownToHtml } from '../extract/markdown';
import { pdfToHtml, type PdfFailure, type PdfReadResult } from '../extract/pdf-text';
import { arxivFullText } from './arxiv-address';
import { refuseAddress } from './address-policy';
import { isMarkdownPath, markdownAddress, type MarkdownAddress } from './markdown-address';
import { httpErrorMessage } from './source-wall';

/** Limits of a primary-source fetch (DESIGN.md, "Permissions and privacy"). */
export const SOURCE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 5,
} as const;

type SourceFetchFailure =
  | 'permission'
  | 'timeout'
  | 'too-large'
  | 'not-html'
  | 'http-error'
  | 'offline'
  | 'blocked-address'
  | 'too-many-redirects'
  | 'bad-address'
  | 'unreadable-pdf';

/**
 * What a fetched source was: a web page, Markdown (a README, a model card) or a PDF, the last two
 * come back as an inert HTML document, so every caller parses `html` the same way (a PDF's
 * paragraphs carry their page: pdf-pages.ts).
 */
export type SourceFormat = 'html' | 'markdown' | 'pdf';

/**
 * Reads a PDF's text (pdf-text.ts), wherever PDF.js can run: given by the caller, so this file
 * never loads PDF.js, and a caller that gives none reads no PDF.
 */
export type PdfReader = (data: Uint8Array, signal: AbortSignal) => Promise<PdfReadResult>;

export type SourceFetchResult =
  | {
      ok: true;
      url: string;
      finalUrl: string;
      html: string;
      contentType: string;
      format: SourceFormat;
    }
  | SourceFetchFailed;

/** A failed fetch: why, and in words for the reader; `status` for an HTTP error. */
export interface SourceFetchFailed {
  ok: false;
  url: string;
  reason: SourceFetchFailure;
  messages: { message: Message };
  status?: number;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
/** Publisher feeds (RSS, Atom) and sitemaps come as XML under several names. */
const FEED_TYPES = /^(application\/(rss\+xml|atom\+xml|xml|rdf\+xml)|text\/xml)\b/i;
/** Markdown by its own type; code hosts serve raw `.md` files as plain text. */
const MARKDOWN_TYPE = /^text\/(?:markdown|x-markdown)\b/i;
const PLAIN_TYPE = /^text\/plain\b/i;
const PDF_TYPE = /^application\/(?:x-)?pdf\b/i;
/** Some servers send files, PDFs among them, as untyped bytes: then the address says PDF. */
const BYTES_TYPE = /^(?:application|binary)\/octet-stream\b/i;
const ACCEPT = {
  page: 'text/html,application/xhtml+xml;q=0.9',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8',
  markdown: 'text/markdown,text/plain;q=0.9',
  pdf: 'application/pdf,text/html;q=0.9',
};

/** A PDF by its address: a `.pdf` file, or arXiv's /pdf/ID. */
const isPdfPath = (url: string) => {
  try {
    const u = new URL(url);
    return (
      /\.pdf$/i.test(u.pathname) ||
      (/(?:^|\.)arxiv\.org$/i.test(u.hostname) && u.pathname.startsWith('/pdf/'))
    );
  } catch {
    return false;
  }
};

const PDF_FAILURE_MESSAGES: Record<Exclude<PdfFailure, 'timeout'>, Message> = {
  encrypted: msg('fetch.pdfEncrypted'),
  'no-text': msg('fetch.pdfNoText'),
  malformed: msg('fetch.pdfMalformed'),
};

/** What is being fetched: a web page (a source), or a publisher's feed. */
export type FetchKind = 'page' | 'feed';

/** A failed fetch, its words for the reader in `messages.message`. */
export function fetchFailure(
  url: string,
  reason: SourceFetchFailure,
  message: Message,
): SourceFetchResult {
  return { ok: false, url, reason, messages: { message } };
}

/**
 * Fetches a primary source within the limits: http(s) only, no cookies or credentials, redirects
 * followed one at a time (so each hop is checked and counted), HTML only, size and time capped.
 * A GitHub repository or `blob/…/*.md` page and a Hugging Face model or dataset card are read
 * from their raw Markdown (markdown-address.ts) and go by the page's address; Markdown, served
 * as text/markdown or (for a `.md` address) text/plain, comes back rendered as HTML.
 * Never throws: every failure comes back with its own plain message.
 */
export async function fetchSourceHtml(
  url: string,
  options: FetchOptions = {},
): Promise<SourceFetchResult> {
  // An arXiv abstract page leads to the paper: its HTML version where arXiv has one, else its PDF,
  // within the one time limit.
  const paper = options.kind === 'feed' ? null : arxivFullText(url);
  if (paper) {
    const started = Date.now();
    const timeoutMs = options.limits?.timeoutMs ?? SOURCE_LIMITS.timeoutMs;
    if (paper.html) {
      const html = await fetchOne(paper.html, options);
      if (html.ok || html.reason === 'timeout' || html.reason === 'offline')
        return { ...html, url };
    }
    const left = Math.max(1, timeoutMs - (Date.now() - started));
    return {
      ...(await fetchOne(paper.pdf, {
        ...options,
        limits: { ...options.limits, timeoutMs: left },
      })),
      url,
    };
  }
  return fetchOne(url, options);
}

/** How to fetch: a stand-in fetch (tests), loopback allowed (tests), limits, what, and a PDF reader. */
interface FetchOptions {
  fetchImpl?: typeof fetch;
  allowLocal?: boolean;
  limits?: Partial<Record<keyof typeof SOURCE_LIMITS, number>>;
  kind?: FetchKind;
  readPdf?: PdfReader;
}

async function fetchOne(url: string, options: FetchOptions): Promise<SourceFetchResult> {
  const limits = { ...SOURCE_LIMITS, ...options.limits };
  const doFetch = options.fetchImpl ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = url;
    let markdown: MarkdownAddress | null = null;
    for (let hop = 0; ; hop++) {
      const refused = refuseAddress(current, { allowLocal: options.allowLocal });
      if (refused) return fetchFailure(url, hop === 0 ? 'bad-address' : 'blocked-address', refused);
      // A repository page or model card (also at the end of a redirect): its raw Markdown instead.
      const mapped: MarkdownAddress | null =
        options.kind === 'feed' || markdown ? null : markdownAddress(current);
      if (mapped) {
        markdown = mapped;
        current = mapped.raw;
        const refusedRaw = refuseAddress(current, { allowLocal: options.allowLocal });
        if (refusedRaw) return fetchFailure(url, 'blocked-address', refusedRaw);
      }
      const accept =
        options.kind === 'feed'
          ? ACCEPT.feed
          : markdown || isMarkdownPath(current)
            ? ACCEPT.markdown
            : isPdfPath(current)
              ? ACCEPT.pdf
              : ACCEPT.page;
      let response: Response;
      try {
        response = await doFetch(current, {
          credentials: 'omit',
          redirect: 'manual',
          referrerPolicy: 'no-referrer',
          cache: 'no-store',
          signal: controller.signal,
          headers: { Accept: accept },
        });
      } catch {
        if (controller.signal.aborted) {
          return fetchFailure(url, 'timeout', plural('fetch.timeout', limits.timeoutMs / 1000));
        }
        return fetchFailure(url, 'offline', msg('fetch.offline'));
      }
      if (response.type === 'opaqueredirect') {
        // Browsers hide the Location of a manual redirect from fetch: follow it with the browser,
        // but only once more, then check where it landed. See
        // https://fetch.spec.whatwg.org/#concept-filtered-response-opaque-redirect
        response = await doFetch(current, {
          credentials: 'omit',
          redirect: 'follow',
          referrerPolicy: 'no-referrer',
          cache: 'no-store',
          signal: controller.signal,
        });
        const landed = refuseAddress(response.url || current, { allowLocal: options.allowLocal });
        if (landed) return fetchFailure(url, 'blocked-address', landed);
        return await readHtml(url, response, {
          ...limits,
          controller,
          kind: options.kind,
          markdown,
          readPdf: options.readPdf,
        });
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        if (hop >= limits.maxRedirects) {
          return fetchFailure(
            url,
            'too-many-redirects',
            plural('fetch.redirects', limits.maxRedirects),
          );
        }
        current = new URL(response.headers.get('location')!, current).href;
        continue;
      }
      return await readHtml(url, response, {
        ...limits,
        controller,
        finalUrl: current,
        kind: options.kind,
        markdown,
        readPdf: options.readPdf,
      });
    }
  } catch {
    if (controller.signal.aborted) {
      return fetchFailure(url, 'timeout', plural('fetch.timeout', limits.timeoutMs / 1000));
    }
    return fetchFailure(url, 'offline', msg('source.unreadable'));
  } finally {
    clearTimeout(timer);
  }
}

interface ReadContext {
  maxBytes: number;
  timeoutMs: number;
  controller: AbortController;
  finalUrl?: string;
  kind?: FetchKind;
  markdown: MarkdownAddress | null;
  readPdf?: PdfReader;
}

async function readHtml(
  url: string,
  response: Response,
  context: ReadContext,
): Promise<SourceFetchResult> {
  const { maxBytes, controller, markdown, readPdf } = context;
  const finalUrl = context.finalUrl ?? (response.url || url);
  const kind = context.kind ?? 'page';
  if (!response.ok) {
    // 401/403 are how sign-in walls and bot checks turn a script away; 429 asks to wait.
    const message = httpErrorMessage(
      response.status,
      response.statusText,
      response.headers.get('retry-after'),
    );
    return {
      ...(fetchFailure(url, 'http-error', message) as SourceFetchFailed),
      status: response.status,
    };
  }
  const contentType = response.headers.get('content-type') ?? '';
  const type = contentType.trim();
  // Markdown by its type, or plain text where the address says Markdown (raw.githubusercontent.com
  // and the hub serve READMEs as text/plain); any other plain text is not a page.
  const isMarkdown =
    kind === 'page' &&
    (MARKDOWN_TYPE.test(type) ||
      (PLAIN_TYPE.test(type) && (!!markdown || isMarkdownPath(finalUrl))));
  // A PDF by its type, or untyped bytes at a PDF's address, when the caller can read PDFs.
  const isPdf =
    kind === 'page' &&
    !!readPdf &&
    (PDF_TYPE.test(type) || (BYTES_TYPE.test(type) && isPdfPath(finalUrl)));
  if (!isMarkdown && !isPdf && !(kind === 'feed' ? FEED_TYPES : HTML_TYPES).test(type)) {
    controller.abort();
    const type = contentType.split(';')[0] || msg('fetch.unknownType');
    return fetchFailure(
      url,
      'not-html',
      msg(kind === 'feed' ? 'fetch.notFeed' : 'fetch.notPage', type),
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    controller.abort();
    return fetchFailure(url, 'too-large', msg('fetch.tooLarge'));
  }
  const reader = response.body?.getReader();
  // The source goes by the page that renders its Markdown, where the reader can open a passage.
  const done = (text: string): SourceFetchResult =>
    isMarkdown
      ? {
          ok: true,
          url,
          finalUrl: markdown?.page ?? finalUrl,
          html: markdownToHtml(text, { title: markdown?.title ?? markdownTitle(finalUrl) }),
          contentType,
          format: 'markdown',
        }
      : { ok: true, url, finalUrl, html: text, contentType, format: 'html' };
  const pdf = (bytes: Uint8Array) =>
    readPdfSource(url, bytes, readPdf!, {
      finalUrl,
      contentType,
      signal: controller.signal,
      timeoutMs: context.timeoutMs,
    });
  if (!reader)
    return isPdf ? pdf(new Uint8Array(await response.arrayBuffer())) : done(await response.text());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      return fetchFailure(url, 'too-large', msg('fetch.tooLargeRead'));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  if (isPdf) return pdf(bytes);
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return done(decoder.decode(bytes));
}

/**
 * A PDF's text as HTML (pdfToHtml), read by `readPdf` until `signal` aborts (the fetch's time
 * limit); a PDF locked with a password, without a text layer, or damaged, fails with its own plain
 * message. For fetched PDFs and the command line's PDF files alike.
 */
export async function readPdfSource(
  url: string,
  bytes: Uint8Array,
  readPdf: PdfReader,
  options: { finalUrl?: string; contentType?: string; signal: AbortSignal; timeoutMs: number },
): Promise<SourceFetchResult> {
  const { finalUrl = url, contentType = 'application/pdf', signal, timeoutMs } = options;
  // A PDF starts with its header (within its first kilobyte, by the specification's leniency).
  if (!/%PDF-/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))) {
    return fetchFailure(url, 'unreadable-pdf', msg('fetch.pdfMalformed'));
  }
  const read = await readPdf(bytes, signal).catch((): PdfReadResult => ({
    ok: false,
    reason: 'malformed',
  }));
  if (!read.ok) {
    return read.reason === 'timeout' || signal.aborted
      ? fetchFailure(url, 'timeout', plural('fetch.pdfTimeout', timeoutMs / 1000))
      : fetchFailure(url, 'unreadable-pdf', PDF_FAILURE_MESSAGES[read.reason]);
  }
  return {
    ok: true,
    url,
    finalUrl,
    html: pdfToHtml(read.text, markdownTitle(finalUrl)),
    contentType,
    format: 'pdf',
  };
}

/** A Markdown file's name, for a text with no heading of its own. */
function markdownTitle(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return '';
  }
}
