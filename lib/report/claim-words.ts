import { msg, type Message, type MessageKey, type Sub } from '../words/message';
import {
  STRENGTHS,
  type Claim,
  type ClaimMatch,
  type Strength,
  type TurnedWording,
} from './report';

// How a claim reads against its source, in words: decided here, once, for the sidebar and any
// other reader of a Report, which only say the Messages.

/** What a turned wording did, in words: the source's words first, the page's second. */
const TURNED: Record<TurnedWording['kind'], MessageKey> = {
  negation: 'claims.turned.opposite',
  direction: 'claims.turned.opposite',
  independence: 'claims.turned.independence',
  agent: 'claims.turned.agent',
  plan: 'claims.turned.plan',
  scope: 'claims.turned.scope',
  added: 'claims.turned.added',
};

/** A claim's strength in plain words (the Report's names are the research scale's). */
const STRENGTH_WORDS: Record<Strength, Message> = {
  none: msg('claims.strength.none'),
  correlational: msg('claims.strength.correlational'),
  conditional: msg('claims.strength.conditional'),
  direct: msg('claims.strength.direct'),
  universal: msg('claims.strength.universal'),
};

/** Cue words shown with a level: enough to see why, short enough for one line. */
const WORDS_AT_ONCE = 3;
const quoted = (words: readonly string[]): Sub => ({
  list: words.slice(0, WORDS_AT_ONCE).map((w) => msg('words.quoted', w)),
  style: 'unit',
});

/**
 * Words of a quotation shown at once: a long one is cut at a word, with an ellipsis, and the
 * stop or comma it ended on is left to the sentence around it.
 */
const QUOTED_WORDS_AT_ONCE = 12;
function shortened(quotation: string): string {
  const words = quotation.replace(/[\s.,;:!?]+$/u, '').split(/\s+/);
  return words.length <= QUOTED_WORDS_AT_ONCE
    ? words.join(' ')
    : `${words.slice(0, QUOTED_WORDS_AT_ONCE).join(' ')}…`;
}

/** The words that set a claim's level: hedged "may", sweeping "always" or "most", direct "reduces", denied "did not improve". */
function levelCues(claim: Claim): string[] {
  if (claim.strength === 'conditional') return claim.hedges.map((c) => c.text);
  if (claim.strength === 'universal')
    return claim.boosters.filter((b) => b.kind !== 'intensifier').map((c) => c.text);
  return claim.relation ? [claim.relation.text] : [];
}

/** A claim's level in plain words, with the words that set it when words did. */
export function claimLevel(claim: Claim): Message {
  const label =
    claim.relation?.kind === 'denied' ? msg('claims.denied') : STRENGTH_WORDS[claim.strength];
  const words = [...new Set(levelCues(claim))];
  return words.length ? msg('claims.levelWords', label, quoted(words)) : label;
}

/** How a claim differs from its source: the figures, the denial or hedge it dropped, or the two levels. */
export function claimDifference(claim: Claim, match: ClaimMatch): Message | null {
  if (claim.status === 'figures-differ' && match.figures)
    return msg('claims.figuresCompared', quoted(match.figures.source), quoted(match.figures.page));
  if (claim.status === 'unsupported' && match.unquoted)
    return msg('claims.unquoted', quoted([shortened(match.unquoted)]));
  if (claim.status === 'unsupported' && match.unmentioned?.length)
    return msg('claims.unmentioned', quoted(match.unmentioned));
  if (match.turned && (claim.status === 'unsupported' || claim.status === 'strengthened'))
    return match.turned.kind === 'added'
      ? msg(TURNED.added, quoted([shortened(match.turned.page)]))
      : msg(
          TURNED[match.turned.kind],
          quoted([shortened(match.turned.source)]),
          quoted([shortened(match.turned.page)]),
        );
  if (claim.status !== 'strengthened' && claim.status !== 'weakened') return null;
  if (match.denial && claim.strength !== 'none')
    return msg('claims.denialDropped', quoted([match.denial]));
  if (match.comparison)
    return msg(
      'claims.parityDropped',
      quoted([match.comparison.source]),
      quoted([match.comparison.page]),
    );
  // The two levels say why, unless the claim is stronger for a hedge it dropped while its level fell.
  const levelUp = STRENGTHS.indexOf(claim.strength) > STRENGTHS.indexOf(match.strength);
  if (claim.strength !== match.strength && (claim.status === 'weakened' || levelUp))
    return msg(
      'claims.levelChange',
      STRENGTH_WORDS[match.strength],
      STRENGTH_WORDS[claim.strength],
    );
  return match.hedgeWords.length ? msg('claims.hedgeDropped', quoted(match.hedgeWords)) : null;
}
