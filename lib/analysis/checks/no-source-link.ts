import { hasConfidentSource } from '../../source/follow-source';
import { msg } from '../../words/message';
import { flagOf, type Check } from './check';

/** A restatement with no link to what it restates (and naming no one it could be checked against). */
export const noSourceLink: Check = {
  id: 'no-source-link',
  title: msg('checks.noSourceLink.name'),
  run({ discovery, role, credits }) {
    if (discovery.selfIsSource || role.role === 'research-paper' || role.role === 'company-blog')
      return null;
    if (hasConfidentSource(discovery.candidates)) return null;
    if (credits.length) return null; // named but not linked: its own, more precise flag
    return flagOf(
      'no-source-link',
      'warn',
      msg('checks.noSourceLink.title'),
      msg('checks.noSourceLink.detail'),
      [],
    );
  },
};
