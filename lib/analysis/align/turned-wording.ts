import type { TurnedWording } from '../../report/report';
import {
  autonomyTurned,
  degreeTurned,
  noveltyTurned,
  outcomeTurned,
  rankTurned,
  tieTurned,
} from './turns/more';
import { directionTurned, negationTurned, rolesTurned } from './turns/opposite';
import {
  accessTurned,
  agentTurned,
  attributeTurned,
  independenceTurned,
  licenceTurned,
  settingTurned,
} from './turns/other';
import { availabilityTurned, planTurned, priceTurned } from './turns/release';
import { oneOfTurned, partTurned, scopeTurned } from './turns/share';

// A retelling close enough in words to be a passage's counterpart may still say the opposite of
// it or more than it: "does not support audio" retold as "supports audio", "latency fell" as
// "latency rose", "we plan to release" as "has released", "some users" as "all users". The word
// measures cannot see it (semantic.ts leaves negation and direction out); these rules read it
// from the words the two share, after de Marneffe et al. (2008): negation, antonymy, modality.

/**
 * How a claim turns its passage's wording, if it does. What the source does not say: it negates
 * what the passage states or states what it negates, reverses a change or comparison, or swaps a
 * comparison's sides (turns/opposite.ts); it tells the source's own evaluation as an independent
 * one, names someone else for what one party did, a licence that bars commercial use as one that
 * allows it, weights anyone can download as kept behind an API, a result in simulation as one in
 * the real world, or a thing of one kind as of the opposite kind (turns/other.ts). More than the
 * source says: it tells a plan as done, a limited release as one for everyone, something free
 * within a bound as free (turns/release.ts); makes a share all or most, a count every one, a
 * counted part the whole set, one of several the one (turns/share.ts); a little a lot, a problem
 * lessened ended, a partner or a stake owned, a tool that helps as acting alone, a lower place
 * the top, or it adds a first or a record the source never claims (turns/more.ts; `sourceSays`:
 * whether the sources write a phrase anywhere).
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
    accessTurned(claim, passage) ??
    settingTurned(claim, passage) ??
    attributeTurned(claim, passage) ??
    agentTurned(claim, passage) ??
    planTurned(claim, passage) ??
    scopeTurned(claim, passage) ??
    partTurned(claim, passage) ??
    oneOfTurned(claim, passage) ??
    degreeTurned(claim, passage) ??
    outcomeTurned(claim, passage) ??
    tieTurned(claim, passage) ??
    autonomyTurned(claim, passage) ??
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
