/**
 * How much of a claim a passage says in the same words: the share of the claim's content terms
 * (each weighted by its rarity in the source) that the passage also uses. A passage that shares
 * only common words covers little of a claim, since common words weigh little; a claim's rare words
 * that the source never uses (another model's name, an invented figure) weigh most. Paraphrase is
 * semantic.ts's measure, not this one. Pure arithmetic over term ids.
 */
export function coverage(
  claimTerms: readonly number[],
  passageTerms: readonly number[],
  rarity: (term: number) => number,
): number {
  const claim = [...new Set(claimTerms)];
  if (!claim.length) return 0;
  const passage = new Set(passageTerms);
  let said = 0;
  let total = 0;
  for (const t of claim) {
    const weight = rarity(t);
    total += weight;
    if (passage.has(t)) said += weight;
  }
  return total ? said / total : 0;
}
