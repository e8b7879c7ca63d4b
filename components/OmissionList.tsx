import type { Omission } from '../lib/report/report';
import { formatCount } from './format';
import { i18n } from '../utils/i18n';

const KIND_WORDS: Record<Omission['kind'], () => string> = {
  caveat: () => i18n.t('omissions.caveat'),
  limit: () => i18n.t('omissions.limit'),
  'trade-off': () => i18n.t('omissions.tradeOff'),
  number: () => i18n.t('omissions.number'),
};

/** What the source said that the page left out: caveats, limits, trade-offs and numbers. */
export function OmissionList({ omissions }: { omissions: Omission[] }) {
  if (!omissions.length) return null;
  return (
    <section class="card" aria-labelledby="unspun-omissions-heading" data-testid="omissions">
      <h2 id="unspun-omissions-heading" class="section-title">
        {i18n.t('omissions.heading')}
      </h2>
      <ul class="omissions">
        {omissions.slice(0, 8).map((o) => (
          <li key={o.fragmentUrl} data-testid="omission" data-kind={o.kind}>
            <span class="pill">{KIND_WORDS[o.kind]()}</span>{' '}
            <a href={o.fragmentUrl} target="_blank" rel="noopener noreferrer">
              {o.text}
            </a>
          </li>
        ))}
      </ul>
      {omissions.length > 8 && (
        <p class="meta">{i18n.t('sidebar.more', [formatCount(omissions.length - 8)])}</p>
      )}
    </section>
  );
}
