import { CONFIDENT } from '../../source/discover';
import type { Check } from './check';

/** A restatement with no link to what it restates (and naming no one it could be checked against). */
export const noSourceLink: Check = {
  id: 'no-source-link',
  title: 'No link to a primary source',
  run({ discovery, role, credits }) {
    if (discovery.selfIsSource || role.role === 'research-paper' || role.role === 'company-blog') return null;
    if (discovery.candidates.some((c) => c.confidence >= CONFIDENT)) return null;
    if (credits.length) return null; // named but not linked: its own, more precise flag
    return {
      id: 'no-source-link',
      severity: 'warn',
      title: 'No link to a primary source',
      detail: 'The page does not link or name where its information comes from, so nothing it says can be checked against the original.',
      spans: [],
    };
  },
};
