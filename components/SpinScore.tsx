import type { Span, Spin } from '../lib/report/report';
import { scoreBand, scoreBandWords, type ScoreBand } from '../lib/report/score-band';
import { formatCount } from './format';
import { say } from './say';
import { SpanList } from './SpanButton';
import { i18n } from '../utils/i18n';

/** The style of each band (lib/report/score-band.ts decides the bands and their words). */
const BAND_STYLE: Record<ScoreBand, 'high' | 'mid' | 'low'> = {
  heavy: 'high',
  some: 'mid',
  little: 'low',
};

/** The spin score, its basis, and each component opening onto the sentences behind it. */
export function SpinScore({ spin, onShow }: { spin: Spin; onShow: (span: Span) => void }) {
  const components = spin.components
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points);
  return (
    <section class="card" aria-labelledby="unspun-spin-heading">
      <h2 id="unspun-spin-heading" class="section-title">
        {i18n.t('score.heading')}
      </h2>
      <div class={`score score-${BAND_STYLE[scoreBand(spin.score)]}`}>
        <span class="score-number" data-testid="spin-score" aria-describedby="unspun-score-word">
          {formatCount(Math.round(spin.score))}
        </span>
        <span class="score-scale" aria-hidden="true">
          /100
        </span>
        <span id="unspun-score-word" class="score-word">
          {say(scoreBandWords(spin.score))}
        </span>
      </div>
      <p class="meta" data-testid="spin-basis">
        {spin.basis === 'page+source' ? i18n.t('score.againstSource') : i18n.t('score.pageOnly')}
      </p>
      {components.length > 0 && (
        <ul class="components" aria-label={i18n.t('score.parts')}>
          {components.map((c) => (
            <li key={c.id} data-testid="spin-component" data-component-id={c.id}>
              <details>
                <summary>
                  <span class="component-label">{say(c.messages.label)}</span>
                  <span class="component-points">+{formatCount(Math.round(c.points))}</span>
                  <span class="bar" aria-hidden="true">
                    <span style={{ width: `${Math.min(100, c.value * 100)}%` }} />
                  </span>
                </summary>
                {c.spans.length ? (
                  <SpanList spans={c.spans} onShow={onShow} />
                ) : (
                  <p class="meta">{i18n.t('score.wholePage')}</p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
