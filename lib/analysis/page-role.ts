import type { Article } from '../extract/article';
import type { AddressOwner } from '../knowledge/address-owner';
import { list, msg, type Message } from '../words/message';
import type { PageRole } from '../report/report';
import { SITE_KIND } from '../report/site-kind';
import { PhraseMatcher } from '../text/phrase-matcher';

/** Words by which digests and aggregators describe themselves (chosen here, from such pages). */
const AGGREGATOR_SIGNALS = new PhraseMatcher([
  'we do not republish',
  "we don't republish",
  'we don’t republish',
  'summarizes',
  'summarises',
  'digest',
  'curator',
  'curated',
  'read at',
  'read the original',
  'view original',
  'full reporting at the source',
  'original report',
  'source:',
  'via',
  'this signal links to',
  'intelligence stream',
  'tracked by',
  'roundup',
  'newsletter',
]);
const COMPANY_PATH =
  /\/(?:blog|news|newsroom|press|press-releases?|announcements?|company|research)(?:\/|$)/i;
const SOCIAL_TYPES = new Set(['profile', 'video.other', 'video', 'social']);

export interface RoleFinding {
  role: PageRole;
  /** Why, in words for the reader. */
  reasons: Message[];
}

/**
 * What kind of publisher a page comes from: the registry first (by address), then the address
 * shape (blog platforms, newsroom paths), then what the page says about itself.
 */
export function pageRole(article: Article, owner: AddressOwner): RoleFinding {
  const { publisher, platformPost: platform } = owner;
  const selfText = `${article.text.slice(0, 4000)}\n${article.text.slice(-2000)}`;
  const aggregatorSignals = AGGREGATOR_SIGNALS.find(selfText).map((h) => h.phrase);

  if (platform) {
    return {
      role: 'company-blog',
      reasons: [msg('pageRole.platformPost', platform.authorSlug, platform.platform.name)],
    };
  }
  if (publisher) {
    if (publisher.role === 'news-outlet' && new Set(aggregatorSignals).size >= 2) {
      return {
        role: 'aggregator',
        reasons: [msg('pageRole.outletSummary', publisher.name, aggregatorSignals[0]!)],
      };
    }
    return {
      role: publisher.role,
      reasons: [msg('pageRole.registry', publisher.name, msg(SITE_KIND[publisher.role]))],
    };
  }
  if (new Set(aggregatorSignals).size >= 2) {
    const quoted = [...new Set(aggregatorSignals)].slice(0, 2).map((s) => msg('words.quoted', s));
    return { role: 'aggregator', reasons: [msg('pageRole.summary', list(quoted, 'unit'))] };
  }
  if (SOCIAL_TYPES.has((article.meta.ogType ?? '').toLowerCase())) {
    return { role: 'social-post', reasons: [msg('pageRole.declared', article.meta.ogType!)] };
  }
  const types = article.meta.jsonLd.map((j) => String(j['@type'] ?? '')).join(' ');
  if (/ScholarlyArticle|TechArticle/.test(types))
    return { role: 'research-paper', reasons: [msg('pageRole.scholarly')] };
  let path = '';
  try {
    path = new URL(article.url).pathname;
  } catch {
    /* no path to read */
  }
  if (/NewsArticle|ReportageNewsArticle/.test(types) || (article.byline && article.published)) {
    return { role: 'news-outlet', reasons: [msg('pageRole.news')] };
  }
  if (COMPANY_PATH.test(path) && /BlogPosting|Organization/.test(types)) {
    return { role: 'company-blog', reasons: [msg('pageRole.companyBlog')] };
  }
  return { role: 'unknown', reasons: [msg('pageRole.unknown')] };
}
