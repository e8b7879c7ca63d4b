import type { Article } from '../extract/article';
import type { SourceInfo } from '../analysis/report';
import { sourceAuthor, sourceHost } from './attribution';

/** The source card's facts: address, title, publisher, date, author and host. */
export function toSourceInfo(source: Article): SourceInfo {
  const host = sourceHost(source);
  return {
    url: source.url,
    title: source.title,
    publisher: host.name,
    published: source.published,
    author: sourceAuthor(source),
    host,
  };
}
