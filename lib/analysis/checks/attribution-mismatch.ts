import { attributionMismatch } from '../../source/attribution';
import type { Check } from './check';

/** The page credits the platform that hosts the source (or anyone else) instead of its author. */
export const attributionMismatchCheck: Check = {
  id: 'attribution-mismatch',
  title: 'Credits the wrong author',
  run({ page, source }) {
    if (!source) return null;
    const mismatch = attributionMismatch(page, source);
    if (!mismatch) return null;
    const { credited, author } = mismatch;
    return {
      id: 'attribution-mismatch',
      severity: 'high',
      title: `Credits ${credited.name}; the source was written by ${author.name}`,
      detail: `The page credits ${credited.name} (${credited.evidence.length > 140 ? credited.evidence.slice(0, 137) + '…' : credited.evidence}). The source was written by ${author.name}: ${author.evidence.join('; ')}.`,
      spans: credited.span ? [credited.span] : [],
    };
  },
};
