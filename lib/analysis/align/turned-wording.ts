import type { TurnedWording } from '../../report/report';
import {
  availabilityTurned,
  degreeTurned,
  noveltyTurned,
  oneOfTurned,
  outcomeTurned,
  partTurned,
  planTurned,
  priceTurned,
  rankTurned,
  scopeTurned,
} from './turns/more';
import {
  agentTurned,
  attributeTurned,
  directionTurned,
  independenceTurned,
  licenceTurned,
  negationTurned,
  rolesTurned,
} from './turns/opposite';

// A retelling close enough in words to be a passage's counterpart may still say the opposite of
// it or more than it: "does not support audio" retold as "supports audio", "latency fell" as
// "latency rose", "we plan to release" as "has released", "some users" as "all users". The word
// measures cannot see it (semantic.ts leaves negation and direction out); these rules read it
// from the words the two share, after de Marneffe et al. (2008): negation, antonymy, modality.

/**
 * How a claim turns its passage's wording, if it does. The opposite (turns/opposite.ts): it
 * negates what the passage states or states what it negates, reverses a change or comparison,
 * swaps a comparison's sides, tells the source's own evaluation as an independent one, or a
 * licence that bars commercial use as one that allows it, or a thing of one kind as of the
 * opposite kind ("public data" as "private data"). More (turns/more.ts): it tells a plan
 * as done, makes a share all or a counted part the whole set, one of several the one, a little a
 * lot, a problem lessened ended, a limited release one for everyone, a lower place the top, or it
 * adds a first or a record the source never claims (`sourceSays`: whether the sources write a
 * phrase anywhere).
 */
export function turnedWording(
  claim: string,
  passage: string,
  sourceSays: (phrase: string) => boolean = () => false,
): TurnedWording | null {
  return (
    negationTurned(claim, passage) ??
    directionTurned(claim, passage) ??
    rolesTurned(claim, passage) ??
    independenceTurned(claim, passage) ??
    licenceTurned(claim, passage) ??
    attributeTurned(claim, passage) ??
    agentTurned(claim, passage) ??
    planTurned(claim, passage) ??
    scopeTurned(claim, passage) ??
    partTurned(claim, passage) ??
    oneOfTurned(claim, passage) ??
    degreeTurned(claim, passage) ??
    outcomeTurned(claim, passage) ??
    availabilityTurned(claim, passage) ??
    priceTurned(claim, passage) ??
    rankTurned(claim, passage) ??
    noveltyTurned(claim, passage, sourceSays)
  );
}

/** Whether a turned wording says what the source does not (rather than more than it does). */
export const saysOtherwise = (turned: TurnedWording): boolean =>
  turned.kind === 'negation' ||
  turned.kind === 'direction' ||
  turned.kind === 'independence' ||
  turned.kind === 'agent';
