// Which source to follow: the rule the sidebar and the command line share, so a page is compared
// with the same source wherever it is read.

/** A candidate at or above this confidence is offered as the source and compared automatically. */
const CONFIDENT = 0.6;
/** Sources read beside the first (a press release's companion post, the lab's post of a paper). */
export const MAX_COMPANIONS = 2;

interface Candidate {
  url: string;
  confidence: number;
}

/** The candidate to compare with straight away: the best one, when it is confident enough. */
export function sourceToFollow<C extends Candidate>(candidates: readonly C[]): C | undefined {
  const best = candidates[0];
  return best && best.confidence >= CONFIDENT ? best : undefined;
}

/** Whether any candidate is confident: if none is, the page's credited publisher's feed is searched. */
export function hasConfidentSource(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => c.confidence >= CONFIDENT);
}

/**
 * The other sources the page restates, read beside the one followed (`first`): other confident
 * candidates, best first, at most MAX_COMPANIONS.
 */
export function companionsOf<C extends Candidate>(candidates: readonly C[], first: string): C[] {
  return candidates
    .filter((c) => c.url !== first && c.confidence >= CONFIDENT)
    .slice(0, MAX_COMPANIONS);
}

/**
 * The addresses read for the comparison made without asking: the source followed, then its
 * companions; none when no candidate is confident.
 */
export function sourcesToRead(candidates: readonly Candidate[]): string[] {
  const follow = sourceToFollow(candidates);
  return follow ? [follow.url, ...companionsOf(candidates, follow.url).map((c) => c.url)] : [];
}
