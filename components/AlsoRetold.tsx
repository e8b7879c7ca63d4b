import { i18n } from '../utils/i18n';
import type { MemoryEntry } from '../lib/memory/fingerprint';
import { formatCount, formatDate, hostLabel } from './format';

/** Other restatements of the same source the reader has seen: how one announcement travelled. */
export function AlsoRetold({ entries }: { entries: MemoryEntry[] }) {
  if (!entries.length) return null;
  return (
    <section class="card" aria-labelledby="unspun-retold-heading" data-testid="also-retold">
      <h2 id="unspun-retold-heading" class="section-title">
        {i18n.t('retold.heading')}
      </h2>
      <p class="meta">{i18n.t('retold.lede')}</p>
      <ul class="incentives">
        {entries.slice(0, 8).map((e) => (
          <li key={e.url} data-testid="retold" data-url={e.url}>
            <a href={e.url} target="_blank" rel="noopener noreferrer">
              {e.title}
            </a>
            <p class="meta">
              {[
                e.publisher ?? hostLabel(e.url),
                formatDate(e.seen),
                e.spinScore !== undefined ? i18n.t('retold.score', [e.spinScore]) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p class="meta">
              {e.added === undefined
                ? i18n.t('retold.notCompared')
                : [
                    i18n.t('retold.added', e.added, [formatCount(e.added)]),
                    e.strengthened
                      ? i18n.t('retold.strengthened', e.strengthened, [formatCount(e.strengthened)])
                      : '',
                    i18n.t('retold.dropped', e.dropped ?? 0, [formatCount(e.dropped ?? 0)]),
                  ]
                    .filter(Boolean)
                    .join('; ')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
