import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../lib/extract/article';
import { extractArticle, NoArticleError } from '../lib/extract/extract';
import { markdownToHtml } from '../lib/extract/markdown';
import { readPageMeta } from '../lib/extract/page-meta';
import { parseHtmlDocument } from '../lib/extract/parse-html';
import { fetchSourceHtml, type FetchKind } from '../lib/source/fetch-source';
import { sourceAddress } from '../lib/source/normalize-url';
import { UsageError } from './io';

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** A local Markdown file (a README, a model card) by its extension. */
const isMarkdownFile = (file: string) => /\.(?:md|markdown)$/i.test(file);

/**
 * HTML of a file or an address (fetched with the extension's own limits: 5 MB, 10 s, HTML or
 * Markdown). Markdown (a `.md` file, a README or model card address) comes rendered as HTML.
 */
export async function loadHtml(input: string, kind: FetchKind = 'page'): Promise<{ html: string; url: string }> {
  if (isUrl(input)) {
    const result = await fetchSourceHtml(input, { kind });
    if (!result.ok) throw new UsageError(`${input}: ${result.message}`);
    return { html: result.html, url: result.finalUrl };
  }
  try {
    const text = await readFile(input, 'utf8');
    const html = kind === 'page' && isMarkdownFile(input) ? markdownToHtml(text, { title: path.basename(input) }) : text;
    return { html, url: `file://${input}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${input}: no such file.` : code === 'EISDIR' ? `${input}: is a folder, not a page.` : `${input}: cannot be read (${code ?? 'unknown error'}).`);
  }
}

/** An Article from a file or address; `url` is the address a saved file came from. */
export async function loadArticle(input: string, url?: string): Promise<Article> {
  const loaded = await loadHtml(input);
  const doc = parseHtmlDocument(loaded.html, url ?? loaded.url);
  // A saved file came from its canonical (or Open Graph) address, unless --url says otherwise; a
  // fetched page goes by the address it was read from, cleaned (sourceAddress).
  const meta = url ? null : readPageMeta(doc, loaded.url);
  const address = url ?? (loaded.url.startsWith('file:') ? (meta?.canonical ?? meta?.ogUrl ?? loaded.url) : sourceAddress(loaded.url, meta?.canonical ?? null));
  try {
    return extractArticle(doc, { url: address });
  } catch (error) {
    if (error instanceof NoArticleError) throw new UsageError(`${input}: ${error.message}`);
    throw error;
  }
}
