import type { Article, OutboundLink } from '../extract/article';
import { jsonLdField } from '../extract/page-meta';
import sourceCues from '../knowledge/source-cues.json';
import { findPublisher, platformAuthor, registrableDomain } from '../knowledge/registry';
import type { SourceCandidate } from '../analysis/report';
import { PhraseMatcher } from '../analysis/text/phrase-matcher';
import { linksTo, pageCredits } from './attribution';
import { normalizeUrl } from './normalize-url';

const STRONG_CUES = new PhraseMatcher(sourceCues.entries.strongLinkCues);
const LINK_CUES = new PhraseMatcher([...sourceCues.entries.strongLinkCues, ...sourceCues.entries.linkCues]);
const NOT_SOURCE = sourceCues.entries.notSources;
const SOCIAL_SHARE = /(?:twitter\.com|x\.com)\/intent|facebook\.com\/sharer|linkedin\.com\/(?:sharing|shareArticle)|reddit\.com\/submit|news\.ycombinator\.com\/submitlink|api\.whatsapp\.com|t\.me\/share/i;

/** A candidate at or above this confidence is offered as the source and compared automatically. */
export const CONFIDENT = 0.6;

export interface Discovery {
  /** Ranked, best first; only web addresses, never javascript: or data:. */
  candidates: SourceCandidate[];
  /** The page is itself a primary source (a company's or author's own post). */
  selfIsSource: boolean;
  /** Organisations the page credits, and whether it links to their site. */
  named: { name: string; linked: boolean; evidence: string }[];
  /** What was looked at, in plain words, so a reader sees why no source was found. */
  tried: string[];
}

interface Scored {
  url: string;
  score: number;
  reasons: string[];
}

function siteOf(url: string): string | null {
  try {
    return registrableDomain(url);
  } catch {
    return null;
  }
}

/** JSON-LD addresses that name what the page is based on or cites. */
function jsonLdSources(article: Article): { url: string; key: string }[] {
  const out: { url: string; key: string }[] = [];
  for (const key of ['isBasedOn', 'citation', 'isBasedOnUrl', 'sameAs']) {
    const value = jsonLdField(article.meta, key);
    for (const v of Array.isArray(value) ? value : [value]) {
      const url = typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Record<string, unknown>)['url'] ?? (v as Record<string, unknown>)['@id'] : null;
      if (typeof url === 'string' && /^https?:\/\//i.test(url)) out.push({ url, key });
    }
  }
  return out;
}

/** Context with the phrases that only look like cues ("open source", "source code") blanked out. */
function withoutNonSources(text: string): string {
  let out = text.toLowerCase();
  for (const phrase of NOT_SOURCE) if (phrase.includes(' ') || phrase.includes('-')) out = out.split(phrase).join(' ');
  return out;
}

function isNotSource(link: OutboundLink): boolean {
  const text = `${link.text} ${link.href}`.toLowerCase();
  return SOCIAL_SHARE.test(link.href) || NOT_SOURCE.some((w) => text.includes(w)) || /\bnofollow\b.*\bsponsored\b|\bsponsored\b/.test(link.rel ?? '');
}

/**
 * Ranks the page's possible primary sources, each with a confidence and the reasons for it:
 * links whose words say "original", "source", "read at"; canonical and Open Graph addresses on
 * another site; JSON-LD isBasedOn and citation; sites of organisations the page credits; known
 * primary publishers. Links within the page's own site and share buttons are never candidates.
 */
export function discoverSources(article: Article): Discovery {
  const pageSite = siteOf(article.url);
  const credits = pageCredits(article);
  const byUrl = new Map<string, Scored>();
  const bump = (url: string, points: number, reason: string) => {
    const key = normalizeUrl(url);
    const entry = byUrl.get(key) ?? { url, score: 0, reasons: [] };
    // The same link repeated (header, body, footer) is one piece of evidence, not several.
    if (entry.reasons.includes(reason)) return;
    entry.score += points;
    entry.reasons.push(reason);
    byUrl.set(key, entry);
  };

  for (const link of article.links) {
    if (siteOf(link.href) === pageSite || isNotSource(link)) continue;
    const inContext = LINK_CUES.find(withoutNonSources(link.context)).map((h) => h.phrase);
    if (STRONG_CUES.test(link.text)) bump(link.href, 0.6, `the link says “${link.text}”`);
    else if (LINK_CUES.test(link.text)) bump(link.href, 0.4, `the link says “${link.text}”`);
    else if (inContext.length) bump(link.href, 0.3, `the words around the link say “${inContext[0]}”`);
    const publisher = findPublisher(link.href);
    const onPlatform = platformAuthor(link.href);
    if (onPlatform) bump(link.href, 0.25, `a post by ${onPlatform.authorSlug} on ${onPlatform.platform.name}`);
    else if (publisher?.primary) bump(link.href, 0.2, `${publisher.name} publishes first-hand (${publisher.role.replace('-', ' ')})`);
    const credited = credits.find((c) => linksTo({ ...article, links: [link] }, c.name));
    if (credited) bump(link.href, 0.2, `the page credits ${credited.name}, and this links to its site`);
    if (byUrl.has(normalizeUrl(link.href)) && link.inArticle) bump(link.href, 0.05, 'the link is in the article text');
  }
  for (const { url, key } of jsonLdSources(article)) {
    if (siteOf(url) !== pageSite) bump(url, 0.45, `the page's structured data says it is based on this (${key})`);
  }
  for (const [url, what] of [
    [article.meta.canonical, 'canonical address'],
    [article.meta.ogUrl, 'Open Graph address'],
  ] as const) {
    if (url && siteOf(url) !== pageSite) bump(url, 0.55, `the page's ${what} is on another site (syndicated copy)`);
  }

  const candidates = [...byUrl.values()]
    .filter((c) => c.score >= 0.2)
    .map((c) => ({ url: c.url, confidence: Math.min(0.99, Math.round(c.score * 100) / 100), reasons: c.reasons }))
    .sort((a, b) => b.confidence - a.confidence);

  const ownPublisher = findPublisher(article.url);
  const selfIsSource =
    !candidates.some((c) => c.confidence >= CONFIDENT) &&
    (!!platformAuthor(article.url) || (!!ownPublisher?.primary && ownPublisher.role !== 'news-outlet'));

  const named = credits.map((c) => ({ name: c.name, linked: linksTo(article, c.name), evidence: c.evidence }));
  const offSite = article.links.filter((l) => siteOf(l.href) !== pageSite && !isNotSource(l)).length;
  const tried = [
    `${offSite} ${offSite === 1 ? 'link' : 'links'} to other sites, for words like “original”, “source” or “read at”`,
    'the page’s canonical and Open Graph addresses',
    'the page’s structured data (isBasedOn, citation)',
    named.length
      ? `links to the sites of ${named.map((n) => n.name).join(' and ')}, whom the page credits`
      : 'the organisations the page credits (it names none)',
  ];
  return { candidates, selfIsSource, named, tried };
}
