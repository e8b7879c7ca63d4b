/**
 * How much of a claim a passage says: the claim's content terms, each weighted by its rarity in
 * the source, and each credited with its best likeness among the passage's terms (1 for the same
 * stem; a paraphrase's word likeness when one is given). A passage that shares only common words
 * covers little of a claim, since common words weigh little; a claim's rare words that the source
 * never uses (another model's name, an invented figure) weigh most. Pure arithmetic over term ids.
 */
export function coverage(
  claimTerms: readonly number[],
  passageTerms: readonly number[],
  rarity: (term: number) => number,
  likeness?: (claimTerm: number, passageTerm: number) => number,
): number {
  const claim = [...new Set(claimTerms)];
  if (!claim.length) return 0;
  const passage = new Set(passageTerms);
  let said = 0;
  let total = 0;
  for (const t of claim) {
    const weight = rarity(t);
    total += weight;
    if (passage.has(t)) {
      said += weight;
      continue;
    }
    if (!likeness) continue;
    let best = 0;
    for (const u of passage) best = Math.max(best, likeness(t, u));
    said += weight * best;
  }
  return total ? said / total : 0;
}
