import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../lib/extract/article';
import { extractArticle, NoArticleError } from '../lib/extract/extract';
import { markdownToHtml } from '../lib/extract/markdown';
import { readPageMeta } from '../lib/extract/page-meta';
import { parseHtmlDocument } from '../lib/extract/parse-html';
import { withPdfPages } from '../lib/extract/pdf-pages';
import {
  fetchSourceHtml,
  readPdfSource,
  SOURCE_LIMITS,
  type FetchKind,
  type SourceFormat,
} from '../lib/source/fetch-source';
import { sourceAddress } from '../lib/source/normalize-url';
import { english } from '../lib/words/english';
import { msg } from '../lib/words/message';
import { UsageError } from './io';
import { readPdfInNode } from './pdf';

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** A local Markdown file (a README, a model card) by its extension. */
const isMarkdownFile = (file: string) => /\.(?:md|markdown)$/i.test(file);
const isPdfFile = (file: string) => /\.pdf$/i.test(file);

/**
 * HTML of a file or an address (fetched with the extension's own limits: 5 MB, 10 s, HTML,
 * Markdown or PDF). Markdown (a `.md` file, a README or model card address) and a PDF's text
 * (a `.pdf` file or a PDF's address) come as HTML.
 */
export async function loadHtml(
  input: string,
  kind: FetchKind = 'page',
): Promise<{ html: string; url: string; format: SourceFormat }> {
  if (isUrl(input)) {
    const result = await fetchSourceHtml(input, { kind, readPdf: readPdfInNode });
    if (!result.ok) throw new UsageError(`${input}: ${english(result.messages.message)}`);
    return { html: result.html, url: result.finalUrl, format: result.format };
  }
  try {
    if (kind === 'page' && isPdfFile(input))
      return { html: await pdfFileHtml(input), url: `file://${input}`, format: 'pdf' };
    const text = await readFile(input, 'utf8');
    const markdown = kind === 'page' && isMarkdownFile(input);
    const html = markdown ? markdownToHtml(text, { title: path.basename(input) }) : text;
    return { html, url: `file://${input}`, format: markdown ? 'markdown' : 'html' };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `${input}: no such file.`
        : code === 'EISDIR'
          ? `${input}: is a folder, not a page.`
          : `${input}: cannot be read (${code ?? 'unknown error'}).`,
    );
  }
}

/** A local PDF's text as HTML, within the fetch's limits (5 MB, 10 s); its own message if unread. */
async function pdfFileHtml(file: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(file));
  if (bytes.byteLength > SOURCE_LIMITS.maxBytes)
    throw new UsageError(`${file}: ${english(msg('fetch.tooLarge'))}`);
  const result = await readPdfSource(`file://${file}`, bytes, readPdfInNode, {
    signal: AbortSignal.timeout(SOURCE_LIMITS.timeoutMs),
    timeoutMs: SOURCE_LIMITS.timeoutMs,
  });
  if (!result.ok) throw new UsageError(`${file}: ${english(result.messages.message)}`);
  return result.html;
}

/** An Article from a file or address; `url` is the address a saved file came from. */
export async function loadArticle(input: string, url?: string): Promise<Article> {
  const loaded = await loadHtml(input);
  const doc = parseHtmlDocument(loaded.html, url ?? loaded.url);
  // A saved file came from its canonical (or Open Graph) address, unless --url says otherwise; a
  // fetched page goes by the address it was read from, cleaned (sourceAddress).
  const meta = url ? null : readPageMeta(doc, loaded.url);
  const address =
    url ??
    (loaded.url.startsWith('file:')
      ? (meta?.canonical ?? meta?.ogUrl ?? loaded.url)
      : sourceAddress(loaded.url, meta?.canonical ?? null));
  try {
    const article = extractArticle(doc, { url: address });
    return loaded.format === 'pdf' ? withPdfPages(article, doc) : article;
  } catch (error) {
    if (error instanceof NoArticleError)
      throw new UsageError(`${input}: ${english(error.messages.message)}`);
    throw error;
  }
}
