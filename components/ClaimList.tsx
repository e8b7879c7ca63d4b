import type { Claim, ClaimStatus, Span } from '../lib/analysis/report';
import { SpanButton } from './SpanButton';

const STATUS_WORDS: Record<ClaimStatus, string> = {
  unchecked: 'Not checked',
  supported: 'In the source',
  strengthened: 'Stronger than the source',
  weakened: 'Weaker than the source',
  unsupported: 'Not in the source',
  editorial: 'The page’s own view',
};
const STATUS_ICONS: Record<ClaimStatus, string> = {
  unchecked: '○',
  supported: '✓',
  strengthened: '↑',
  weakened: '↓',
  unsupported: '✗',
  editorial: '✎',
};

/** Claims worth a reader's attention first: the ones the source does not back as stated. */
const STATUS_ORDER: ClaimStatus[] = ['unsupported', 'strengthened', 'editorial', 'weakened', 'supported', 'unchecked'];

/** The page's claims with their strength and, once compared, what the source said. */
export function ClaimList({ claims, onShow }: { claims: Claim[]; onShow: (span: Span) => void }) {
  if (!claims.length) return null;
  const sorted = [...claims].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.start - b.start,
  );
  return (
    <section class="card" aria-labelledby="unspun-claims-heading">
      <h2 id="unspun-claims-heading" class="section-title">Claims</h2>
      <ul class="claims">
        {sorted.map((claim) => (
          <li key={claim.start} class={`claim claim-${claim.status}`} data-testid="claim" data-status={claim.status}>
            <p class="claim-head">
              <span class="status">
                <span aria-hidden="true">{STATUS_ICONS[claim.status]} </span>
                {STATUS_WORDS[claim.status]}
              </span>
              <span class="strength" data-testid="claim-strength">{claim.strength}</span>
            </p>
            <SpanButton span={claim} onShow={onShow} />
            {claim.match && (
              <p class="match">
                <span class="match-label">The source says: </span>
                <a href={claim.match.fragmentUrl} target="_blank" rel="noopener noreferrer" data-testid="claim-source-link">
                  {claim.match.text}
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
