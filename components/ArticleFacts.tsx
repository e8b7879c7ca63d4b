import type { PageInfo } from '../lib/report/report';
import { formatCount, formatDate } from './format';
import { say } from './say';
import { i18n } from '../utils/i18n';

const ROLE_LABELS: Record<PageInfo['role'], () => string> = {
  'company-blog': () => i18n.t('facts.role.companyBlog'),
  'news-outlet': () => i18n.t('facts.role.newsOutlet'),
  aggregator: () => i18n.t('facts.role.aggregator'),
  'research-paper': () => i18n.t('facts.role.researchPaper'),
  'social-post': () => i18n.t('facts.role.socialPost'),
  unknown: () => i18n.t('facts.role.unknown'),
};

/** What extraction found: title, site, byline, date, length, and what kind of site it is. */
export function ArticleFacts({ page }: { page: PageInfo }) {
  const date = formatDate(page.published);
  const facts = [
    page.publisher,
    page.byline && i18n.t('facts.by', [page.byline]),
    date,
    i18n.t('facts.words', page.wordCount, [formatCount(page.wordCount)]),
  ].filter(Boolean);
  return (
    <section class="card" aria-labelledby="unspun-article-title" data-testid="article-facts">
      <h2 id="unspun-article-title" class="article-title" data-testid="article-title">
        {page.messages.title ? say(page.messages.title) : page.title}
      </h2>
      <p class="meta" data-testid="article-meta">
        {facts.join(' · ')}
      </p>
      {page.totalWords !== undefined && (
        <p class="meta" data-testid="partial-read">
          {i18n.t('facts.partial', [formatCount(page.wordCount), formatCount(page.totalWords)])}
        </p>
      )}
      <p class="meta">
        <span
          class="pill"
          data-testid="page-role"
          title={page.messages.roleReasons.map(say).join('; ')}
        >
          {ROLE_LABELS[page.role]()}
        </span>
      </p>
    </section>
  );
}
