import {
  findOrgByUrl,
  findPlatform,
  findPublisher,
  platformAuthor,
  type Org,
  type Platform,
  type Publisher,
} from './registry';

/**
 * Who is behind an address, as the registry knows it: its publisher, the blog platform it is on,
 * the platform author whose post it is, and the organisation that wrote it. Worked out once per
 * page or source of an analysis and handed to whatever asks (page role, discovery, attribution,
 * incentives), so the address is parsed and looked up once.
 */
export interface AddressOwner {
  url: string;
  /** The host without "www." ('' when the address does not parse). */
  domain: string;
  publisher: Publisher | null;
  platform: Platform | null;
  /** The author of a post on a known platform (medium.com/@user/…), when the address is one. */
  platformPost: { platform: Platform; authorSlug: string } | null;
  /** The organisation that authored the page at the address (findOrgByUrl). */
  org: Org | null;
}

export function whoIsBehind(url: string): AddressOwner {
  let domain = '';
  try {
    domain = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    /* keep empty */
  }
  return {
    url,
    domain,
    publisher: findPublisher(url),
    platform: findPlatform(url),
    platformPost: platformAuthor(url),
    org: findOrgByUrl(url),
  };
}
