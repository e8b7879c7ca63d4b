import { list, msg } from '../../words/message';
import { flagOf, type Check } from './check';

/** "Hugging Face argues…" with no link to anything Hugging Face published. */
export const sourceNamedNotLinked: Check = {
  id: 'source-named-not-linked',
  title: msg('checks.sourceNamedNotLinked.name'),
  run({ discovery, credits }) {
    const unlinked = discovery.named.filter((n) => !n.linked);
    if (!unlinked.length || discovery.selfIsSource) return null;
    const names = unlinked.map((n) => n.name);
    return flagOf(
      'source-named-not-linked',
      'warn',
      msg('checks.sourceNamedNotLinked.title', list(names)),
      msg('checks.sourceNamedNotLinked.detail', list(names)),
      credits.filter((c) => names.includes(c.name) && c.span).map((c) => c.span!),
    );
  },
};
