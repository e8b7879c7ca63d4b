import { Readability } from '@mozilla/readability';
import type { Article } from './article';
import { blockText } from './block-text';
import { collectLinks } from './links';
import { jsonLdField, jsonLdName, readPageMeta, readPublished, webUrl } from './page-meta';
import { countWords, splitSentences } from './sentences';

/** Readability gives up on bodies shorter than this many characters (its default is 500). */
const CHAR_THRESHOLD = 200;
/** Stop Readability on pathological pages instead of freezing (its option, 0 = no limit). */
const MAX_ELEMS_TO_PARSE = 60_000;

export interface ExtractOptions {
  /** The address the document came from; defaults to `doc.URL`. */
  url?: string;
}

/** Why extraction found no article, in plain words for the reader. */
export class NoArticleError extends Error {
  override name = 'NoArticleError';
}

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
        ? 'This page is too large to read.'
        : 'This page has no article that Unspun can read.',
    );
  }
  const content = parsed?.content;
  const body = content ? blockText(content) : '';
  if (!parsed || !content || body.length < 80) {
    throw new NoArticleError('This page has no article that Unspun can read.');
  }
  const articleHrefs = new Set<string>();
  for (const anchor of Array.from(content.querySelectorAll('a[href]'))) {
    const href = webUrl(anchor.getAttribute('href'), url);
    if (href) articleHrefs.add(href);
  }
  const lang = (parsed.lang || doc.documentElement?.getAttribute('lang') || 'en').trim() || 'en';
  const dirAttr = (parsed.dir || doc.documentElement?.getAttribute('dir') || '').toLowerCase();
  const title =
    (parsed.title || jsonLdName(jsonLdField(meta, 'headline')) || doc.title || '').replace(/\s+/g, ' ').trim() ||
    'Untitled page';
  // The headline is where a story's claim is sharpest; keep it as the text's first line.
  const text = body.startsWith(title) || title === 'Untitled page' ? body : `${title}\n${body}`;
  return {
    url,
    title,
    site: meta.ogSiteName ?? parsed.siteName ?? hostOf(url),
    byline: parsed.byline?.trim() || meta.author || jsonLdName(jsonLdField(meta, 'author')),
    published: readPublished(doc, meta, parsed.publishedTime),
    lang,
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    text,
    wordCount: countWords(text, lang),
    sentences: splitSentences(text, lang),
    links: collectLinks(doc, url, articleHrefs),
    meta,
  };
}
