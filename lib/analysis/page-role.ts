import type { Article } from '../extract/article';
import { findPublisher, platformAuthor } from '../knowledge/registry';
import type { PageRole } from './report';
import { PhraseMatcher } from './text/phrase-matcher';

/** Words by which digests and aggregators describe themselves (chosen here, from such pages). */
const AGGREGATOR_SIGNALS = new PhraseMatcher([
  'we do not republish', "we don't republish", 'we don’t republish', 'summarizes', 'summarises', 'digest', 'curator', 'curated',
  'read at', 'read the original', 'view original', 'full reporting at the source', 'original report', 'source:', 'via',
  'this signal links to', 'intelligence stream', 'tracked by', 'roundup', 'newsletter',
]);
const COMPANY_PATH = /\/(?:blog|news|newsroom|press|press-releases?|announcements?|company|research)(?:\/|$)/i;
const SOCIAL_TYPES = new Set(['profile', 'video.other', 'video', 'social']);

export interface RoleFinding {
  role: PageRole;
  reasons: string[];
}

/**
 * What kind of publisher a page comes from: the registry first (by address), then the address
 * shape (blog platforms, newsroom paths), then what the page says about itself.
 */
export function pageRole(article: Article): RoleFinding {
  const publisher = findPublisher(article.url);
  const platform = platformAuthor(article.url);
  const selfText = `${article.text.slice(0, 4000)}\n${article.text.slice(-2000)}`;
  const aggregatorSignals = AGGREGATOR_SIGNALS.find(selfText).map((h) => h.phrase);

  if (platform) {
    return { role: 'company-blog', reasons: [`a post by ${platform.authorSlug} on ${platform.platform.name}`] };
  }
  if (publisher) {
    if (publisher.role === 'news-outlet' && new Set(aggregatorSignals).size >= 2) {
      return { role: 'aggregator', reasons: [`${publisher.name} is a news outlet, but this page describes itself as a summary (“${aggregatorSignals[0]}”)`] };
    }
    return { role: publisher.role, reasons: [`${publisher.name} is in the publisher registry as a ${publisher.role.replace('-', ' ')}`] };
  }
  const reasons: string[] = [];
  if (new Set(aggregatorSignals).size >= 2) {
    reasons.push(`the page describes itself as a summary of other sources (“${[...new Set(aggregatorSignals)].slice(0, 2).join('”, “')}”)`);
    return { role: 'aggregator', reasons };
  }
  if (SOCIAL_TYPES.has((article.meta.ogType ?? '').toLowerCase())) {
    return { role: 'social-post', reasons: [`the page declares itself a ${article.meta.ogType}`] };
  }
  const types = article.meta.jsonLd.map((j) => String(j['@type'] ?? '')).join(' ');
  if (/ScholarlyArticle|TechArticle/.test(types)) return { role: 'research-paper', reasons: ['the page declares itself a scholarly article'] };
  let path = '';
  try {
    path = new URL(article.url).pathname;
  } catch {
    /* no path to read */
  }
  if (/NewsArticle|ReportageNewsArticle/.test(types) || (article.byline && article.published)) {
    return { role: 'news-outlet', reasons: ['the page has a byline and a date, as news articles do'] };
  }
  if (COMPANY_PATH.test(path) && /BlogPosting|Organization/.test(types)) {
    return { role: 'company-blog', reasons: ['a blog post published by an organisation'] };
  }
  return { role: 'unknown', reasons: ['neither the address nor the page says what kind of site this is'] };
}
