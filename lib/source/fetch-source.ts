import { english } from '../words/english';
import { msg, plural, type Message } from '../words/message';
import { markdownToHtml } from '../extract/markdown';
import { refuseAddress } from './address-policy';
import { isMarkdownPath, markdownAddress, type MarkdownAddress } from './markdown-address';

/** Limits of a primary-source fetch (DESIGN.md, "Permissions and privacy"). */
export const SOURCE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 5,
} as const;

export type SourceFetchFailure =
  | 'permission'
  | 'timeout'
  | 'too-large'
  | 'not-html'
  | 'http-error'
  | 'offline'
  | 'blocked-address'
  | 'too-many-redirects'
  | 'bad-address';

/**
 * What a fetched source was: a web page, or Markdown (a README, a model card) that came back
 * rendered as an inert HTML document, so every caller parses `html` the same way.
 */
export type SourceFormat = 'html' | 'markdown';

export type SourceFetchResult =
  | { ok: true; url: string; finalUrl: string; html: string; contentType: string; format: SourceFormat }
  | { ok: false; url: string; reason: SourceFetchFailure; message: string; messages: { message: Message } };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
/** Publisher feeds (RSS, Atom) and sitemaps come as XML under several names. */
const FEED_TYPES = /^(application\/(rss\+xml|atom\+xml|xml|rdf\+xml)|text\/xml)\b/i;
/** Markdown by its own type; code hosts serve raw `.md` files as plain text. */
const MARKDOWN_TYPE = /^text\/(?:markdown|x-markdown)\b/i;
const PLAIN_TYPE = /^text\/plain\b/i;
const ACCEPT = {
  page: 'text/html,application/xhtml+xml;q=0.9',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8',
  markdown: 'text/markdown,text/plain;q=0.9',
};

/** What is being fetched: a web page (a source), or a publisher's feed. */
export type FetchKind = 'page' | 'feed';

/** A failed fetch, its message in English (`message`) and for the reader (`messages.message`). */
export function fetchFailure(url: string, reason: SourceFetchFailure, message: Message): SourceFetchResult {
  return { ok: false, url, reason, message: english(message), messages: { message } };
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
  options: { fetchImpl?: typeof fetch; allowLocal?: boolean; limits?: Partial<typeof SOURCE_LIMITS>; kind?: FetchKind } = {},
): Promise<SourceFetchResult> {
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
      const mapped: MarkdownAddress | null = options.kind === 'feed' || markdown ? null : markdownAddress(current);
      if (mapped) {
        markdown = mapped;
        current = mapped.raw;
        const refusedRaw = refuseAddress(current, { allowLocal: options.allowLocal });
        if (refusedRaw) return fetchFailure(url, 'blocked-address', refusedRaw);
      }
      const accept = options.kind === 'feed' ? ACCEPT.feed : markdown || isMarkdownPath(current) ? ACCEPT.markdown : ACCEPT.page;
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
        return await readHtml(url, response, limits.maxBytes, controller, undefined, options.kind, markdown);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        if (hop >= limits.maxRedirects) {
          return fetchFailure(url, 'too-many-redirects', plural('fetch.redirects', limits.maxRedirects));
        }
        current = new URL(response.headers.get('location')!, current).href;
        continue;
      }
      return await readHtml(url, response, limits.maxBytes, controller, current, options.kind, markdown);
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

async function readHtml(
  url: string,
  response: Response,
  maxBytes: number,
  controller: AbortController,
  finalUrl = response.url || url,
  kind: FetchKind = 'page',
  markdown: MarkdownAddress | null = null,
): Promise<SourceFetchResult> {
  if (!response.ok) {
    return fetchFailure(url, 'http-error', msg('fetch.httpError', `${response.status}${response.statusText ? ' ' + response.statusText : ''}`));
  }
  const contentType = response.headers.get('content-type') ?? '';
  const type = contentType.trim();
  // Markdown by its type, or plain text where the address says Markdown (raw.githubusercontent.com
  // and the hub serve READMEs as text/plain); any other plain text is not a page.
  const isMarkdown = kind === 'page' && (MARKDOWN_TYPE.test(type) || (PLAIN_TYPE.test(type) && (!!markdown || isMarkdownPath(finalUrl))));
  if (!isMarkdown && !(kind === 'feed' ? FEED_TYPES : HTML_TYPES).test(type)) {
    controller.abort();
    const type = contentType.split(';')[0] || msg('fetch.unknownType');
    return fetchFailure(url, 'not-html', msg(kind === 'feed' ? 'fetch.notFeed' : 'fetch.notPage', type));
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
      ? { ok: true, url, finalUrl: markdown?.page ?? finalUrl, html: markdownToHtml(text, { title: markdown?.title ?? markdownTitle(finalUrl) }), contentType, format: 'markdown' }
      : { ok: true, url, finalUrl, html: text, contentType, format: 'html' };
  if (!reader) return done(await response.text());
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
  const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return done(decoder.decode(bytes));
}

/** A Markdown file's name, for a text with no heading of its own. */
function markdownTitle(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return '';
  }
}
