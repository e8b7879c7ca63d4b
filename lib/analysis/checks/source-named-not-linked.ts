import type { Check } from './check';

/** "Hugging Face argues…" with no link to anything Hugging Face published. */
export const sourceNamedNotLinked: Check = {
  id: 'source-named-not-linked',
  title: 'Source named but not linked',
  run({ discovery, credits }) {
    const unlinked = discovery.named.filter((n) => !n.linked);
    if (!unlinked.length || discovery.selfIsSource) return null;
    const names = unlinked.map((n) => n.name);
    return {
      id: 'source-named-not-linked',
      severity: 'warn',
      title: `Credits ${names.join(' and ')} but links nothing of theirs`,
      detail: `The page says its content comes from ${names.join(' and ')}, but gives no link to the original, so a reader has to search for it.`,
      spans: credits.filter((c) => names.includes(c.name) && c.span).map((c) => c.span!),
    };
  },
};
