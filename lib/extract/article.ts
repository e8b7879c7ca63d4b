import type { Message } from '../words/message';

/** The Article: what extraction finds on a page. Pure data, JSON-serialisable. */

/** A sentence of the article text, with offsets into `Article.text`. */
export interface Sentence {
  text: string;
  /** Offset of the first character in `Article.text`. */
  start: number;
  /** Offset one past the last character in `Article.text`. */
  end: number;
}

/** A link found on the page (in the article body or in the page around it). */
export interface OutboundLink {
  /** Absolute address, resolved against the page address. */
  href: string;
  /** The link's own visible text, whitespace-collapsed. */
  text: string;
  /** Text of the block around the link (its paragraph or list item), whitespace-collapsed, capped. */
  context: string;
  /** The link's `rel` attribute, if any. */
  rel: string | null;
  /** True when the link sits inside the extracted article body. */
  inArticle: boolean;
}

/** Metadata read from the page head: canonical, Open Graph, JSON-LD and the like. */
export interface PageMeta {
  canonical: string | null;
  ogUrl: string | null;
  ogSiteName: string | null;
  ogType: string | null;
  description: string | null;
  /** `<meta name="author">` or `article:author`. */
  author: string | null;
  /** `<meta name="generator">`, e.g. a CMS or an AI writing tool. */
  generator: string | null;
  /** Parsed JSON-LD objects (flattened `@graph`); malformed blocks are skipped. */
  jsonLd: Record<string, unknown>[];
}

/**
 * A data table of the article: its rows of cell texts under the column labels, so that a claim
 * about a figure can be checked against the cell of its row and column.
 */
export interface ArticleTable {
  /** The header row's cell texts (empty when the table has no header row). */
  columns: string[];
  /** The body rows' cell texts, in column order; the first cell usually names the row. */
  rows: string[][];
  caption?: string;
}

/** What extraction found on one page. */
export interface Article {
  /** Address the page was loaded from (or saved from). */
  url: string;
  title: string;
  /** Site name: Open Graph site name, else Readability's, else the host. */
  site: string | null;
  byline: string | null;
  /** Publication date as ISO 8601 when one could be read. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The article body as plain text, one paragraph or heading per line. */
  text: string;
  wordCount: number;
  /**
   * Set when the page was longer than Unspun reads (a book or a dump, not an article): about how
   * many words the whole page has. `text`, `wordCount` and `sentences` then cover its beginning.
   */
  totalWords?: number;
  sentences: Sentence[];
  /**
   * Where the lines of the article's list items start in `text` (a `<li>`'s), when it has any: a
   * point of a list without a stop is not a heading (claim-kind.ts).
   */
  listItems?: number[];
  /** The article's data tables, when it has any. */
  tables?: ArticleTable[];
  links: OutboundLink[];
  meta: PageMeta;
  /** Words Unspun gave the page: `title` when it has none ("Untitled page"), as a Message. */
  messages?: { title: Message };
  /**
   * For a PDF: where each page starts in `text` (offsets ascending), so a passage links to its
   * page (`#page=N`), text fragments not working in PDF viewers.
   */
  pages?: { start: number; page: number }[];
}

/**
 * An Article before its text is split into sentences and its words counted: what the sidebar
 * reads from the page and sends, and the background splits and counts (`splitArticle`). The
 * sentence segmenter's first use in a page costs about 10 ms, and counting a long page's words
 * about 3 (docs/speed.md), in the way of the score; the background does both while the sidebar
 * mounts.
 */
export type UnsplitArticle = Omit<Article, 'sentences' | 'wordCount'>;
