import type { Check } from './check';

/** "Consistently", "always", "for most real-world tasks", "inevitable": claims with no exception. */
export const universalClaims: Check = {
  id: 'universal-claims',
  title: 'Universal claims',
  run({ claims }) {
    const universal = claims.filter((c) => c.strength === 'universal');
    if (!universal.length) return null;
    const words = [...new Set(universal.flatMap((c) => c.boosters.filter((b) => b.kind === 'absolute' || b.kind === 'booster').map((b) => b.text.toLowerCase())))];
    return {
      id: 'universal-claims',
      severity: 'warn',
      title: 'Claims that allow no exception',
      detail: `${universal.length === 1 ? 'One sentence states' : `${universal.length} sentences state`} a claim as always or everywhere true${words.length ? ` (“${words.slice(0, 4).join('”, “')}”)` : ''}. Results rarely hold that widely.`,
      spans: universal.map(({ start, end, text }) => ({ start, end, text })),
    };
  },
};
