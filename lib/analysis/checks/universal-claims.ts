import { list, msg, plural } from '../../words/message';
import { flagOf, type Check } from './check';

/** "Consistently", "always", "for most real-world tasks", "inevitable": sweeping claims. */
export const universalClaims: Check = {
  id: 'universal-claims',
  title: msg('checks.universalClaims.name'),
  run({ claims }) {
    const universal = claims.filter((c) => c.strength === 'universal');
    if (!universal.length) return null;
    const words = [
      ...new Set(
        universal.flatMap((c) =>
          c.boosters
            .filter((b) => b.kind === 'absolute' || b.kind === 'booster')
            .map((b) => b.text.toLowerCase()),
        ),
      ),
    ];
    const quoted = words.slice(0, 4).map((w) => msg('words.quoted', w));
    return flagOf(
      'universal-claims',
      'warn',
      msg('checks.universalClaims.title'),
      quoted.length
        ? plural('checks.universalClaims.detailWords', universal.length, list(quoted, 'unit'))
        : plural('checks.universalClaims.detail', universal.length),
      universal.map(({ start, end, text }) => ({ start, end, text })),
    );
  },
};
