import { describe, expect, it } from 'vitest';
import { plainText } from '../../lib/text/plain-text';

describe('plainText', () => {
  it('keeps lowercase words and numbers, one space between', () => {
    expect(plainText('  NVIDIA’s Cosmos-3, “out now”!  ')).toBe('nvidia s cosmos 3 out now');
  });

  it('folds compatibility forms, so a quotation typed another way is the same words', () => {
    expect(plainText('ＧＰＴ－５ is ﬁne‑tuned')).toBe('gpt 5 is fine tuned');
  });
});
