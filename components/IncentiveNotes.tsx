import { Fragment } from 'preact';
import type { Incentive, Span } from '../lib/report/report';
import { hostLabel } from './format';
import { say } from './say';
import { SpanList } from './SpanButton';
import { i18n } from '../utils/i18n';

const ROLE_WORDS: Record<Incentive['role'], () => string> = {
  author: () => i18n.t('incentives.author'),
  platform: () => i18n.t('incentives.platform'),
  'page-publisher': () => i18n.t('incentives.pagePublisher'),
};

/** Who benefits: stated as facts with their citations, not as accusations. */
export function IncentiveNotes({
  incentives,
  onShow,
}: {
  incentives: Incentive[];
  onShow: (span: Span) => void;
}) {
  if (!incentives.length) return null;
  return (
    <section class="card" aria-labelledby="unspun-incentives-heading">
      <h2 id="unspun-incentives-heading" class="section-title">
        {i18n.t('incentives.heading')}
      </h2>
      <ul class="incentives">
        {incentives.map((i) => (
          <li
            key={`${i.org}-${i.role}`}
            data-testid="incentive"
            data-org={i.org}
            data-role={i.role}
          >
            <p class="incentive-org">
              <strong>{i.messages.org ? say(i.messages.org) : i.org}</strong>{' '}
              <span class="meta">{ROLE_WORDS[i.role]()}</span>
            </p>
            <p>{say(i.messages.note)}</p>
            <SpanList spans={i.sentences} onShow={onShow} limit={3} />
            {i.citations.length > 0 && (
              <p class="meta">
                {i18n.t('incentives.sources')}{' '}
                {i.citations.map((c, n) => (
                  <Fragment key={c.url}>
                    {n > 0 && ', '}
                    <a href={c.url} target="_blank" rel="noopener noreferrer">
                      {hostLabel(c.url)}
                    </a>
                  </Fragment>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
