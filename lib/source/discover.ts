import type { Article, OutboundLink } from '../extract/article';
import { jsonLdField } from '../extract/page-meta';
import sourceCues from '../knowledge/source-cues.json';
import { whoIsBehind, type AddressOwner } from '../knowledge/address-owner';
import {
  feedOwnerName,
  feedsForNames,
  findPublisher,
  platformAuthor,
  registrableDomain,
} from '../knowledge/registry';
import type { CreditedFeed, SourceCandidate } from '../report/report';
import { SITE_KIND } from '../report/site-kind';
import { phraseAlternatives, PhraseMatcher } from '../text/phrase-matcher';
import { list, msg, plural, type Message } from '../words/message';
import { isOnSiteOf, pageCredits, type Credit } from './attribution';
import { hasConfidentSource } from './follow-source';
import { normalizeUrl } from './normalize-url';

const STRONG_CUES = new PhraseMatcher(sourceCues.entries.strongLinkCues);
const LINK_CUES = new PhraseMatcher([
  ...sourceCues.entries.strongLinkCues,
  ...sourceCues.entries.linkCues,
]);
const NOT_SOURCE = sourceCues.entries.notSources;
/** Any NOT_SOURCE word anywhere in a lowercase text (a substring, as before): one pass, not one per word. */
const NOT_SOURCE_ANYWHERE = new RegExp(phraseAlternatives(NOT_SOURCE, ' '));
const SOCIAL_SHARE =
  /(?:twitter\.com|x\.com)\/intent|facebook\.com\/sharer|linkedin\.com\/(?:sharing|shareArticle)|reddit\.com\/submit|news\.ycombinator\.com\/submitlink|api\.whatsapp\.com|t\.me\/share/i;

export interface Discovery {
  /** Ranked, best first; only web addresses, never javascript: or data:. */
  candidates: SourceCandidate[];
  /** The page is itself a primary source (a company's or author's own post). */
  selfIsSource: boolean;
  /** Organisations the page credits, whether it links to their site, and the words that credit them. */
  named: { name: string; linked: boolean; evidence: Credit['evidence'] }[];
  /** What was looked at, in words for the reader, so they see why no source was found. */
  tried: Message[];
  /** The feeds of the publishers and platforms credited, for when no link is the source. */
  feeds: CreditedFeed[];
}

interface Scored {
  url: string;
  score: number;
  reasons: Message[];
  /** Each reason as JSON: what tells one reason from another (the same key and words). */
  seen: string[];
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
      const url =
        typeof v === 'string'
          ? v
          : v && typeof v === 'object'
            ? ((v as Record<string, unknown>)['url'] ?? (v as Record<string, unknown>)['@id'])
            : null;
      if (typeof url === 'string' && /^https?:\/\//i.test(url)) out.push({ url, key });
    }
  }
  return out;
}

const NOT_SOURCE_PHRASES = NOT_SOURCE.filter((p) => p.includes(' ') || p.includes('-'));
/** Context with the phrases that only look like cues ("open source", "source code") blanked out. */
function withoutNonSources(text: string): string {
  let out = text.toLowerCase();
  for (const phrase of NOT_SOURCE_PHRASES)
    if (out.includes(phrase)) out = out.split(phrase).join(' ');
  return out;
}

function isNotSource(link: OutboundLink): boolean {
  const text = `${link.text} ${link.href}`.toLowerCase();
  return (
    SOCIAL_SHARE.test(link.href) ||
    NOT_SOURCE_ANYWHERE.test(text) ||
    /\bnofollow\b.*\bsponsored\b|\bsponsored\b/.test(link.rel ?? '')
  );
}

/**
 * Ranks the page's possible primary sources, each with a confidence and the reasons for it:
 * links whose words say "original", "source", "read at"; canonical and Open Graph addresses on
 * another site; JSON-LD isBasedOn and citation; sites of organisations the page credits; known
 * primary publishers. Links within the page's own site and share buttons are never candidates.
 */
export function discoverSources(
  article: Article,
  owner: AddressOwner = whoIsBehind(article.url),
): Discovery {
  const pageSite = siteOf(article.url);
  const credits = pageCredits(article);
  const byUrl = new Map<string, Scored>();
  const bump = (url: string, points: number, reason: Message) => {
    const key = normalizeUrl(url);
    const entry = byUrl.get(key) ?? { url, score: 0, reasons: [], seen: [] };
    const said = JSON.stringify(reason);
    // The same link repeated (header, body, footer) is one piece of evidence, not several.
    if (entry.seen.includes(said)) return;
    entry.score += points;
    entry.reasons.push(reason);
    entry.seen.push(said);
    byUrl.set(key, entry);
  };

  // Each credited name's site test, made once and asked of every link. A person ("CEO Jensen
  // Huang") has no site, nor feeds: the organisations are what a source is looked for under.
  const creditSites = credits
    .filter((credit) => !credit.person)
    .map((credit) => ({ credit, has: isOnSiteOf(credit.name) }));
  // The links that could be a source: off the page's own site, and not a share button or the like.
  const offSite = article.links.filter(
    (link) => siteOf(link.href) !== pageSite && !isNotSource(link),
  );
  for (const link of offSite) {
    const inContext = LINK_CUES.find(withoutNonSources(link.context)).map((h) => h.phrase);
    if (STRONG_CUES.test(link.text)) bump(link.href, 0.6, msg('discovery.linkSays', link.text));
    else if (LINK_CUES.test(link.text)) bump(link.href, 0.4, msg('discovery.linkSays', link.text));
    else if (inContext.length) bump(link.href, 0.3, msg('discovery.contextSays', inContext[0]!));
    const publisher = findPublisher(link.href);
    const onPlatform = platformAuthor(link.href);
    if (onPlatform)
      bump(
        link.href,
        0.25,
        msg('discovery.platformPost', onPlatform.authorSlug, onPlatform.platform.name),
      );
    else if (publisher?.primary)
      bump(
        link.href,
        0.2,
        msg('discovery.primaryPublisher', publisher.name, msg(SITE_KIND[publisher.role])),
      );
    const credited = creditSites.find((c) => c.has(link.href))?.credit;
    if (credited) bump(link.href, 0.2, msg('discovery.creditedSite', credited.name));
    if (byUrl.has(normalizeUrl(link.href)) && link.inArticle)
      bump(link.href, 0.05, msg('discovery.inArticle'));
  }
  for (const { url, key } of jsonLdSources(article)) {
    if (siteOf(url) !== pageSite) bump(url, 0.45, msg('discovery.structuredData', key));
  }
  for (const [url, what] of [
    [article.meta.canonical, msg('discovery.canonical')],
    [article.meta.ogUrl, msg('discovery.ogUrl')],
  ] as const) {
    if (url && siteOf(url) !== pageSite) bump(url, 0.55, what);
  }

  const candidates: SourceCandidate[] = [...byUrl.values()]
    .filter((c) => c.score >= 0.2)
    .map((c) => ({
      url: c.url,
      confidence: Math.min(0.99, Math.round(c.score * 100) / 100),
      messages: { reasons: c.reasons },
    }))
    .sort((a, b) => b.confidence - a.confidence);

  const ownPublisher = owner.publisher;
  const selfIsSource =
    !hasConfidentSource(candidates) &&
    (!!owner.platformPost || (!!ownPublisher?.primary && ownPublisher.role !== 'news-outlet'));

  // Each name once, with its first credit: a page may credit one organisation both as the author
  // of a claim and as where it appeared.
  const byName = new Map<string, Discovery['named'][number]>();
  for (const { credit, has } of creditSites)
    if (!byName.has(credit.name.toLowerCase()))
      byName.set(credit.name.toLowerCase(), {
        name: credit.name,
        linked: article.links.some((l) => has(l.href)),
        evidence: credit.evidence,
      });
  const named = [...byName.values()];
  const tried = [
    plural('discovery.tried.links', offSite.length),
    msg('discovery.tried.addresses'),
    msg('discovery.tried.structuredData'),
    named.length
      ? msg('discovery.tried.credited', list(named.map((n) => n.name)))
      : msg('discovery.tried.creditedNone'),
  ];
  const feeds = feedsForNames(named.map((n) => n.name)).map((f) => ({
    url: f.url,
    name: feedOwnerName(f),
  }));
  return { candidates, selfIsSource, named, tried, feeds };
}
