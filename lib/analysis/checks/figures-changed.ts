import { list, msg, plural } from '../../words/message';
import { flagOf, type Check } from './check';

/** Claims whose figures the source gives nowhere, though the passage they restate gives its own. */
export const figuresChanged: Check = {
  id: 'figures-changed',
  title: msg('checks.figuresChanged.name'),
  run({ claims }) {
    const changed = claims.filter((c) => c.status === 'figures-differ' && c.match?.figures);
    if (!changed.length) return null;
    const quoted = (figures: readonly string[]) =>
      list(
        figures.slice(0, 3).map((f) => msg('words.quoted', f)),
        'unit',
      );
    const { page, source } = changed[0]!.match!.figures!;
    return flagOf(
      'figures-changed',
      'high',
      msg('checks.figuresChanged.title'),
      plural('checks.figuresChanged.detail', changed.length, quoted(page), quoted(source)),
      changed.map(({ start, end, text }) => ({ start, end, text })),
    );
  },
};
