import type { Article } from '../extract/article';
import { whoIsBehind, type AddressOwner } from '../knowledge/address-owner';
import type { SourceInfo } from '../report/report';
import { sourceAuthor, sourceHost } from './attribution';

/** The source card's facts: address, title, publisher, date, author and host. */
export function toSourceInfo(
  source: Article,
  owner: AddressOwner = whoIsBehind(source.url),
): SourceInfo {
  const host = sourceHost(source, owner);
  return {
    url: source.url,
    title: source.title,
    publisher: host.name,
    published: source.published,
    author: sourceAuthor(source, owner),
    host,
  };
}
