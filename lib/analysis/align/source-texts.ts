import type { Article } from '../../extract/article';
import { textFragmentUrl } from '../../source/text-fragment';

/**
 * The primary sources a page is compared with, read as one text (their texts one after another,
 * the first one's address, title and author leading), so that each claim is matched against all
 * of them at once: a press release and its companion post, a paper and the lab's post. Each
 * sentence still knows which source it came from, to link the reader to the right one.
 */
export interface SourceTexts {
  /** All the sources as one Article: sentences, tables and links of each, offsets shifted. */
  article: Article;
  /** The sources as given, in order. */
  parts: readonly Article[];
  /** Which source (index into `parts`) sentence `i` of `article` comes from. */
  partOf(i: number): number;
  /** The address of sentence `i` in its own source, with a fragment that points at its words. */
  fragmentUrl(i: number): string;
  /** Which source (index into `parts`) table `t` of `article` comes from. */
  tablePart(t: number): number;
  /**
   * The address of a table's cell in its own source, with a fragment that points at it: its text
   * after the cell before it in the row, since a cell's number alone may be anywhere on the page.
   */
  cellUrl(t: number, row: number, column: number): string;
}

/** Reads one or several sources as SourceTexts; the first leads. */
export function sourceTexts(sources: Article | readonly Article[]): SourceTexts {
  const parts = Array.isArray(sources) ? (sources as readonly Article[]) : [sources as Article];
  const [first, ...rest] = parts;
  if (!first) throw new Error('sourceTexts needs at least one source');
  const starts = [0];
  let article = first;
  if (rest.length) {
    let text = first.text;
    const sentences = [...first.sentences];
    for (const next of rest) {
      const offset = text.length + 1;
      starts.push(offset);
      text = `${text}\n${next.text}`;
      for (const s of next.sentences)
        sentences.push({ text: s.text, start: s.start + offset, end: s.end + offset });
    }
    const tables = parts.flatMap((a) => a.tables ?? []);
    article = {
      ...first,
      text,
      sentences,
      wordCount: parts.reduce((n, a) => n + a.wordCount, 0),
      ...(parts.some((a) => a.totalWords !== undefined)
        ? { totalWords: parts.reduce((n, a) => n + (a.totalWords ?? a.wordCount), 0) }
        : {}),
      ...(tables.length ? { tables } : {}),
      links: parts.flatMap((a) => a.links),
    };
  }
  const partOf = (i: number) => {
    const start = article.sentences[i]?.start ?? 0;
    let part = 0;
    while (part + 1 < starts.length && starts[part + 1]! <= start) part++;
    return part;
  };
  // Tables are the parts' tables in order: the part of table t is the one whose count passes t.
  const tablePart = (t: number) => {
    let seen = 0;
    for (const [part, a] of parts.entries()) {
      seen += a.tables?.length ?? 0;
      if (t < seen) return part;
    }
    return 0;
  };
  return {
    article,
    parts,
    partOf,
    fragmentUrl: (i) => textFragmentUrl(parts[partOf(i)]!, article.sentences[i]!.text),
    tablePart,
    cellUrl: (t, row, column) => {
      const cells = article.tables?.[t]?.rows[row] ?? [];
      return textFragmentUrl(parts[tablePart(t)]!, cells[column] ?? '', cells[column - 1]);
    },
  };
}
