import { attributionMismatch } from '../../source/attribution';
import { clauses, msg } from '../../words/message';
import { flagOf, type Check } from './check';

/** The page credits the platform that hosts the source (or anyone else) instead of its author. */
export const attributionMismatchCheck: Check = {
  id: 'attribution-mismatch',
  title: msg('checks.attributionMismatch.name'),
  run({ page, source, owners, sourceAuthor }) {
    if (!source) return null;
    const mismatch = attributionMismatch(page, source, owners.source, sourceAuthor);
    if (!mismatch) return null;
    const { credited, author } = mismatch;
    const said =
      typeof credited.evidence === 'string' && credited.evidence.length > 140
        ? `${credited.evidence.slice(0, 137)}…`
        : credited.evidence;
    return flagOf(
      'attribution-mismatch',
      'high',
      msg('checks.attributionMismatch.title', credited.name, author.name),
      msg(
        'checks.attributionMismatch.detail',
        credited.name,
        said,
        author.name,
        clauses(author.messages.evidence),
      ),
      credited.span ? [credited.span] : [],
    );
  },
};
