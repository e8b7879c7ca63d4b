import type { Article } from '../lib/extract/article';

/**
 * Several sources read as one Article, their texts one after another under the first one's
 * address, title and author: the analysis compares a page with one source, so a page that
 * restates a README and a launch post is compared with both this way. What it cannot say is which
 * of them backs a claim; each passage links to the first source's address.
 */
export function combinedSource(articles: readonly Article[]): Article | undefined {
  const [first, ...rest] = articles;
  if (!first || !rest.length) return first;
  let text = first.text;
  const sentences = [...first.sentences];
  for (const next of rest) {
    const offset = text.length + 1;
    text = `${text}\n${next.text}`;
    for (const s of next.sentences)
      sentences.push({ text: s.text, start: s.start + offset, end: s.end + offset });
  }
  const tables = articles.flatMap((a) => a.tables ?? []);
  return {
    ...first,
    text,
    sentences,
    wordCount: articles.reduce((n, a) => n + a.wordCount, 0),
    ...(articles.some((a) => a.totalWords !== undefined)
      ? { totalWords: articles.reduce((n, a) => n + (a.totalWords ?? a.wordCount), 0) }
      : {}),
    ...(tables.length ? { tables } : {}),
    links: articles.flatMap((a) => a.links),
  };
}
