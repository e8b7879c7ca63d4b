/**
 * Text as quotations and names are looked up in a source: lowercase words and numbers, one space
 * between, no punctuation, compatibility forms folded ("NVIDIA’s Cosmos‑3" → "nvidia s cosmos 3").
 */
export const plainText = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
