import { useState } from 'preact/hooks';
import { claimDifference, claimLevel } from '../lib/report/claim-words';
import type { Claim, ClaimStatus, SourceInfo, Span } from '../lib/report/report';
import { formatCount } from './format';
import { say } from './say';
import { SpanButton } from './SpanButton';
import { i18n } from '../utils/i18n';

const STATUS_WORDS: Record<ClaimStatus, () => string> = {
  unchecked: () => i18n.t('claims.unchecked'),
  supported: () => i18n.t('claims.supported'),
  strengthened: () => i18n.t('claims.strengthened'),
  weakened: () => i18n.t('claims.weakened'),
  'figures-differ': () => i18n.t('claims.figuresDiffer'),
  unsupported: () => i18n.t('claims.unsupported'),
  uncertain: () => i18n.t('claims.uncertain'),
  editorial: () => i18n.t('claims.editorial'),
};
const STATUS_ICONS: Record<ClaimStatus, string> = {
  unchecked: '○',
  supported: '✓',
  strengthened: '↑',
  weakened: '↓',
  'figures-differ': '≠',
  unsupported: '✗',
  uncertain: '?',
  editorial: '✎',
};

/** Claims listed at once; a news article has fewer, a long page many more. */
const CLAIMS_AT_ONCE = 40;

/** Claims worth a reader's attention first: the ones the source does not back as stated. */
const STATUS_ORDER: ClaimStatus[] = [
  'figures-differ',
  'unsupported',
  'strengthened',
  'uncertain',
  'editorial',
  'weakened',
  'supported',
  'unchecked',
];

/** One claim: its verdict and level, its sentence, and what the source said and how it differs. */
function ClaimItem({
  claim,
  onShow,
  sources,
}: {
  claim: Claim;
  onShow: (span: Span) => void;
  sources?: SourceInfo[];
}) {
  // Compared with several sources, a passage says which one it is from.
  const from = claim.match?.source !== undefined ? sources?.[claim.match.source]?.title : undefined;
  const difference = claim.match ? claimDifference(claim, claim.match) : null;
  const compared = difference && say(difference);
  return (
    <li class={`claim claim-${claim.status}`} data-testid="claim" data-status={claim.status}>
      <p class="claim-head">
        <span class="status">
          <span aria-hidden="true">{STATUS_ICONS[claim.status]} </span>
          {STATUS_WORDS[claim.status]()}
        </span>
        <span class="strength" data-testid="claim-strength" data-strength={claim.strength}>
          {say(claimLevel(claim))}
        </span>
      </p>
      <SpanButton span={claim} onShow={onShow} />
      {compared && (
        <p class="compared" data-testid="claim-compared">
          {compared}
        </p>
      )}
      {claim.match && (
        <p class="match">
          <span class="match-label">
            {claim.status === 'uncertain'
              ? i18n.t('claims.sourceClosest')
              : from
                ? i18n.t('claims.namedSourceSays', [from])
                : i18n.t('claims.sourceSays')}
          </span>
          <a
            href={claim.match.fragmentUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="claim-source-link"
          >
            {claim.match.text}
          </a>
        </p>
      )}
    </li>
  );
}

/** The page's claims with their strength and, once compared, what the source said. */
export function ClaimList({
  claims,
  onShow,
  sources,
}: {
  claims: Claim[];
  onShow: (span: Span) => void;
  sources?: SourceInfo[];
}) {
  // A long page has thousands of claims: the first few, worst first, then more on request.
  const [shown, setShown] = useState(CLAIMS_AT_ONCE);
  if (!claims.length) return null;
  const sorted = [...claims].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.start - b.start,
  );
  return (
    <section class="card" aria-labelledby="unspun-claims-heading">
      <h2 id="unspun-claims-heading" class="section-title">
        {i18n.t('claims.heading')}
      </h2>
      <ul class="claims">
        {sorted.slice(0, shown).map((claim) => (
          <ClaimItem key={claim.start} claim={claim} onShow={onShow} sources={sources} />
        ))}
      </ul>
      {sorted.length > shown && (
        <button
          type="button"
          onClick={() => setShown(shown + CLAIMS_AT_ONCE)}
          data-testid="more-claims"
        >
          {i18n.t('claims.showMore', Math.min(CLAIMS_AT_ONCE, sorted.length - shown), [
            formatCount(Math.min(CLAIMS_AT_ONCE, sorted.length - shown)),
          ])}
        </button>
      )}
    </section>
  );
}
