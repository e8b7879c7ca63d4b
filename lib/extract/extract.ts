import { Readability } from '@mozilla/readability';
import type { Article, UnsplitArticle } from './article';
import { blockLines } from './block-text';
import { collectLinks } from './links';
import { readTables } from './tables';
import { jsonLdField, jsonLdName, readPageMeta, readPublished, webUrl } from './page-meta';
import { splitArticle } from './sentences';
import { english } from '../words/english';
import { MessageError, msg } from '../words/message';

/** Readability gives up on bodies shorter than this many characters (its default is 500). */
const CHAR_THRESHOLD = 200;
/** Stop Readability on pathological pages instead of freezing (its option, 0 = no limit). */
const MAX_ELEMS_TO_PARSE = 60_000;
/**
 * Longest text read: about 60,000 words. A long-form article has 10,000; past this a page is a
 * book or a dump, and reading all of it would keep the reader waiting for nothing.
 */
const MAX_TEXT_CHARS = 400_000;

/** The text's beginning, cut at a paragraph end before `max` characters when there is one. */
function beginning(text: string, max: number): string {
  if (text.length <= max) return text;
  const lastBreak = text.lastIndexOf('\n', max);
  return text.slice(0, lastBreak > max / 2 ? lastBreak : max);
}

interface ExtractOptions {
  /** The address the document came from; defaults to `doc.URL`. */
  url?: string;
}

/** Why extraction found no article, in plain words for the reader (`messages.message`). */
export class NoArticleError extends MessageError {
  override name = 'NoArticleError';
}

const UNTITLED = msg('extract.untitled');

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Extracts the article of a document: Readability over a clone (it mutates), page metadata,
 * sentence offsets and links. Throws NoArticleError when the page carries no readable article.
 * The document itself is never modified.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  return splitArticle(readArticle(doc, options));
}

/** `extractArticle` without the sentence split and word count: what the sidebar sends the background. */
export function readArticle(doc: Document, options: ExtractOptions = {}): UnsplitArticle {
  const url = options.url ?? doc.URL;
  const meta = readPageMeta(doc, url);
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      charThreshold: CHAR_THRESHOLD,
      maxElemsToParse: MAX_ELEMS_TO_PARSE,
      // Hand back the content element itself: we walk it for text, no HTML string round-trip.
      serializer: (el) => el as Element,
    }).parse();
  } catch (error) {
    throw new NoArticleError(
      error instanceof Error && /too many elements/i.test(error.message)
        ? msg('extract.tooLarge')
        : msg('extract.noArticle'),
    );
  }
  const content = parsed?.content;
  const { text: body, items } = content ? blockLines(content) : { text: '', items: [] };
  if (!parsed || !content || body.length < 80) {
    throw new NoArticleError(msg('extract.noArticle'));
  }
  const articleHrefs = new Set<string>();
  for (const anchor of Array.from(content.querySelectorAll('a[href]'))) {
    const href = webUrl(anchor.getAttribute('href'), url);
    if (href) articleHrefs.add(href);
  }
  const lang = (parsed.lang || doc.documentElement?.getAttribute('lang') || 'en').trim() || 'en';
  const dirAttr = (parsed.dir || doc.documentElement?.getAttribute('dir') || '').toLowerCase();
  const found = (parsed.title || jsonLdName(jsonLdField(meta, 'headline')) || doc.title || '')
    .replace(/\s+/g, ' ')
    .trim();
  const title = found || english(UNTITLED);
  // The headline is where a story's claim is sharpest; keep it as the text's first line.
  const headed = !body.startsWith(title) && !!found;
  const whole = headed ? `${title}\n${body}` : body;
  const text = beginning(whole, MAX_TEXT_CHARS);
  const shift = headed ? title.length + 1 : 0;
  const listItems = items.map((at) => at + shift).filter((at) => at < text.length);
  const tables = readTables(content);
  const byline =
    (parsed.byline?.trim() || meta.author || jsonLdName(jsonLdField(meta, 'author')))?.replace(
      /^by\s+/i,
      '',
    ) || null;
  return {
    url,
    title,
    site: meta.ogSiteName ?? parsed.siteName ?? hostOf(url),
    byline,
    published: readPublished(doc, meta, parsed.publishedTime),
    lang,
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    text,
    // A rough count of the whole (runs of non-space), cheap on megabytes where segmenting is not.
    ...(text.length < whole.length ? { totalWords: whole.match(/\S+/g)?.length ?? 0 } : {}),
    ...(tables.length ? { tables } : {}),
    ...(listItems.length ? { listItems } : {}),
    links: collectLinks(doc, url, articleHrefs),
    meta,
    ...(found ? {} : { messages: { title: UNTITLED } }),
  };
}
