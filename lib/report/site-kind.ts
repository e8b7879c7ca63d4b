import type { MessageKey } from '../words/message';
import type { PageRole } from './report';

/** A kind of site in words, lower case, for sentences ("news outlet"). */
export const SITE_KIND: Record<PageRole, MessageKey> = {
  'company-blog': 'siteKinds.companyBlog',
  'news-outlet': 'siteKinds.newsOutlet',
  aggregator: 'siteKinds.aggregator',
  'research-paper': 'siteKinds.researchPaper',
  'social-post': 'siteKinds.socialPost',
  unknown: 'siteKinds.unknown',
};
