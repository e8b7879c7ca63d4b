import { getDomain, getHostname } from 'tldts';
import orgsData from './orgs.json';
import platformsData from './platforms.json';
import publishersData from './publishers.json';
import topicsData from './topics.json';
import type { PageRole } from '../analysis/report';

/** A site in the publisher registry. `domain` may carry a path prefix ("linkedin.com/posts"). */
export interface Publisher {
  domain: string;
  name: string;
  role: Exclude<PageRole, 'unknown'>;
  org?: string;
  primary: boolean;
  feeds?: string[];
}

/** A blog platform: it hosts authors who are not its owner. */
export interface Platform {
  id: string;
  name: string;
  host: string;
  pathPrefix?: string;
  /** Which path segment after the prefix names the author (0-based). */
  authorSegment?: number;
  /** Fewest path segments after the prefix for an author's post (default 2: author, slug). */
  minSegments?: number;
  /** The author is the subdomain (name.substack.com). */
  subdomainAuthor?: boolean;
  /** The author is only in the page's byline. */
  authorFromByline?: boolean;
  /** The platform's owner, when it also profits from what it hosts. */
  platformOrg?: string;
}

export interface OrgProduct {
  name: string;
  revenue: string;
  citation: string;
}

export interface OrgTopic {
  id: string;
  stance: 'promotes' | 'opposes';
  why: string;
  citation: string;
}

/** An organisation that publishes AI news at the source, with what it sells. */
export interface Org {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  domains: string[];
  platformPaths: string[];
  products: OrgProduct[];
  topics: OrgTopic[];
  checked: string | null;
}

export interface Topic {
  id: string;
  label: string;
  terms: string[];
}

/** Every organisation in the registry. */
export const orgs: Org[] = orgsData.orgs as Org[];
/** The topic taxonomy. */
export const topics: Topic[] = topicsData.topics as Topic[];
/** The publisher registry. */
export const publishers: Publisher[] = publishersData.publishers as Publisher[];
/** Blog platforms. */
export const platforms: Platform[] = platformsData.platforms as Platform[];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');

/** Whether `host` is `domain` or one of its subdomains (never a look-alike such as domain.evil.com). */
export function hostIsWithin(host: string, domain: string): boolean {
  const h = bareHost(host);
  return h === domain || h.endsWith(`.${domain}`);
}

/** The registry entry for an address: longest host-and-path match wins. */
export function findPublisher(url: string): Publisher | null {
  const u = parse(url);
  if (!u) return null;
  let best: Publisher | null = null;
  let bestLength = -1;
  for (const p of publishers) {
    const [domain, ...rest] = p.domain.split('/');
    const path = rest.length ? `/${rest.join('/')}` : '';
    if (!hostIsWithin(u.hostname, domain!) || (path && !u.pathname.startsWith(path))) continue;
    if (p.domain.length > bestLength) {
      best = p;
      bestLength = p.domain.length;
    }
  }
  return best;
}

/** The registrable domain of an address (example.co.uk), or null. */
export function registrableDomain(url: string): string | null {
  return getDomain(url) ?? getHostname(url);
}

/** The organisation whose own site serves this address. */
export function findOrgByDomain(url: string): Org | null {
  const u = parse(url);
  if (!u) return null;
  return orgs.find((o) => o.domains.some((d) => hostIsWithin(u.hostname, d))) ?? null;
}

const normalizeName = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');

/** The organisation a name refers to ("Hugging Face", "huggingface", "Dharma-AI"). */
export function findOrgByName(name: string): Org | null {
  const key = normalizeName(name);
  if (!key) return null;
  return orgs.find((o) => [o.name, o.id, ...o.aliases].some((n) => normalizeName(n) === key)) ?? null;
}

/**
 * The author's slug of a post on a blog platform (huggingface.co/blog/Dharma-AI/post -> Dharma-AI),
 * or null when the address is not an author's post on a known platform (e.g. the platform's own).
 */
export function platformAuthor(url: string): { platform: Platform; authorSlug: string } | null {
  const u = parse(url);
  if (!u) return null;
  for (const platform of platforms) {
    if (!hostIsWithin(u.hostname, platform.host)) continue;
    if (platform.subdomainAuthor) {
      const sub = bareHost(u.hostname).slice(0, -platform.host.length - 1);
      if (sub && !sub.includes('.')) return { platform, authorSlug: sub };
      if (platform.authorSegment === undefined) continue;
    }
    if (platform.pathPrefix && platform.authorSegment !== undefined && u.pathname.startsWith(platform.pathPrefix)) {
      const segments = u.pathname.slice(platform.pathPrefix.length).split('/').filter(Boolean);
      if (segments.length < (platform.minSegments ?? 2)) continue;
      const slug = segments[platform.authorSegment]?.replace(/^@/, '');
      // One-letter segments are the platform's own routes (medium.com/m/signin), not authors.
      if (slug && slug.length > 1) return { platform, authorSlug: slug };
    }
  }
  return null;
}

/** The organisation behind a platform author slug, if the registry knows it. */
export function orgForPlatformAuthor(slug: string): Org | null {
  const lower = slug.toLowerCase();
  return (
    orgs.find((o) => o.platformPaths.some((p) => p.toLowerCase().split('/').pop() === lower)) ?? findOrgByName(slug)
  );
}
