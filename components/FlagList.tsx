import type { Flag, Span } from '../lib/report/report';
import { say } from './say';
import { SpanList } from './SpanButton';
import { i18n } from '../utils/i18n';

const SEVERITY_WORDS: Record<Flag['severity'], () => string> = {
  high: () => i18n.t('question.serious'),
  warn: () => i18n.t('question.worth'),
  info: () => i18n.t('question.note'),
};
const SEVERITY_ICONS: Record<Flag['severity'], string> = { high: '▲', warn: '●', info: 'ℹ' };

/** Missing-evidence and attribution findings, each opening onto its sentences. */
export function FlagList({ flags, onShow }: { flags: Flag[]; onShow: (span: Span) => void }) {
  return (
    <section class="card" aria-labelledby="unspun-flags-heading">
      <h2 id="unspun-flags-heading" class="section-title">
        {i18n.t('question.heading')}
      </h2>
      {flags.length === 0 ? (
        <p class="meta">{i18n.t('question.nothing')}</p>
      ) : (
        <ul class="flags">
          {flags.map((flag) => (
            <li
              key={flag.id}
              data-testid="flag"
              data-flag-id={flag.id}
              class={`flag flag-${flag.severity}`}
            >
              <details>
                <summary>
                  <span class="severity" aria-hidden="true">
                    {SEVERITY_ICONS[flag.severity]}
                  </span>
                  <span class="visually-hidden">{SEVERITY_WORDS[flag.severity]()}: </span>
                  <span class="flag-title">{say(flag.messages.title)}</span>
                </summary>
                <p class="detail">{say(flag.messages.detail)}</p>
                <SpanList spans={flag.spans} onShow={onShow} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
