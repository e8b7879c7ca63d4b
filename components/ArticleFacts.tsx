import type { PageInfo } from '../lib/analysis/report';
import { formatCount, formatDate } from './format';

const ROLE_LABELS: Record<PageInfo['role'], string> = {
  'company-blog': 'Company blog',
  'news-outlet': 'News outlet',
  aggregator: 'Aggregator or digest',
  'research-paper': 'Research paper',
  'social-post': 'Social post',
  unknown: 'Unknown kind of site',
};

/** What extraction found: title, site, byline, date, length, and what kind of site it is. */
export function ArticleFacts({ page }: { page: PageInfo }) {
  const date = formatDate(page.published);
  const facts = [page.publisher, page.byline && `by ${page.byline}`, date, `${formatCount(page.wordCount)} words`].filter(Boolean);
  return (
    <section class="card" aria-labelledby="unspun-article-title" data-testid="article-facts">
      <h2 id="unspun-article-title" class="article-title" data-testid="article-title">
        {page.title}
      </h2>
      <p class="meta" data-testid="article-meta">
        {facts.join(' · ')}
      </p>
      <p class="meta">
        <span class="pill" data-testid="page-role" title={page.roleReasons.join('; ')}>
          {ROLE_LABELS[page.role]}
        </span>
      </p>
    </section>
  );
}
