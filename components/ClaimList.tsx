import { useState } from 'preact/hooks';
import {
  STRENGTHS,
  type Claim,
  type ClaimMatch,
  type ClaimStatus,
  type SourceInfo,
  type Span,
  type Strength,
} from '../lib/report/report';
import type { Sub } from '../lib/words/message';
import { formatCount } from './format';
import { say } from './say';
import { SpanButton } from './SpanButton';
import { i18n } from '#i18n';

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
/** The claim's strength in plain words (the Report's names are the research scale's). */
const STRENGTH_WORDS: Record<Strength, () => string> = {
  none: () => i18n.t('claims.strength.none'),
  correlational: () => i18n.t('claims.strength.correlational'),
  conditional: () => i18n.t('claims.strength.conditional'),
  direct: () => i18n.t('claims.strength.direct'),
  universal: () => i18n.t('claims.strength.universal'),
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

/** Cue words shown with a level: enough to see why, short enough for one line. */
const WORDS_AT_ONCE = 3;
const quoted = (words: string[]): Sub => ({
  list: words.slice(0, WORDS_AT_ONCE).map((w) => ({ key: 'words.quoted', subs: [w] })),
  style: 'unit',
});

/** The words that set a claim's level: hedged "may", sweeping "always" or "most", direct "reduces", denied "did not improve". */
function levelCues(claim: Claim): string[] {
  if (claim.strength === 'conditional') return claim.hedges.map((c) => c.text);
  if (claim.strength === 'universal')
    return claim.boosters.filter((b) => b.kind !== 'intensifier').map((c) => c.text);
  return claim.relation ? [claim.relation.text] : [];
}

/** The level in plain words, with the words that set it when words did. */
function levelWords(claim: Claim): string {
  const label =
    claim.relation?.kind === 'denied' ? i18n.t('claims.denied') : STRENGTH_WORDS[claim.strength]();
  const words = [...new Set(levelCues(claim))];
  return words.length ? say({ key: 'claims.levelWords', subs: [label, quoted(words)] }) : label;
}

/** How a claim differs from its source: the figures, the denial or hedge it dropped, or the two levels. */
function comparedWords(claim: Claim, match: ClaimMatch): string | null {
  if (claim.status === 'figures-differ' && match.figures)
    return say({
      key: 'claims.figuresCompared',
      subs: [quoted(match.figures.source), quoted(match.figures.page)],
    });
  if (claim.status === 'unsupported' && match.unmentioned?.length)
    return say({ key: 'claims.unmentioned', subs: [quoted(match.unmentioned)] });
  if (claim.status !== 'strengthened' && claim.status !== 'weakened') return null;
  if (match.denial && claim.strength !== 'none')
    return say({ key: 'claims.denialDropped', subs: [quoted([match.denial])] });
  if (match.comparison)
    return say({
      key: 'claims.parityDropped',
      subs: [quoted([match.comparison.source]), quoted([match.comparison.page])],
    });
  // The two levels say why, unless the claim is stronger for a hedge it dropped while its level fell.
  const levelUp = STRENGTHS.indexOf(claim.strength) > STRENGTHS.indexOf(match.strength);
  if (claim.strength !== match.strength && (claim.status === 'weakened' || levelUp))
    return say({
      key: 'claims.levelChange',
      subs: [STRENGTH_WORDS[match.strength](), STRENGTH_WORDS[claim.strength]()],
    });
  return match.hedgeWords.length
    ? say({ key: 'claims.hedgeDropped', subs: [quoted(match.hedgeWords)] })
    : null;
}

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
  const compared = claim.match ? comparedWords(claim, claim.match) : null;
  return (
    <li class={`claim claim-${claim.status}`} data-testid="claim" data-status={claim.status}>
      <p class="claim-head">
        <span class="status">
          <span aria-hidden="true">{STATUS_ICONS[claim.status]} </span>
          {STATUS_WORDS[claim.status]()}
        </span>
        <span class="strength" data-testid="claim-strength" data-strength={claim.strength}>
          {levelWords(claim)}
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
