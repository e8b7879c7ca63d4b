import { hasConfidentSource } from '../../source/follow-source';
import { msg } from '../../words/message';
import { flagOf, type Check } from './check';

/** A restatement with no link to what it restates (and naming no one it could be checked against). */
export const noSourceLink: Check = {
  id: 'no-source-link',
  title: msg('checks.noSourceLink.name'),
  run({ discovery, role }) {
    if (discovery.selfIsSource || role.role === 'research-paper' || role.role === 'company-blog')
      return null;
    if (hasConfidentSource(discovery.candidates)) return null;
    // An organisation named but not linked: its own, more precise flag. A person named with a
    // title ("CEO Jensen Huang said") has no site to link, so the page still links no source.
    if (discovery.named.length) return null;
    return flagOf(
      'no-source-link',
      'warn',
      msg('checks.noSourceLink.title'),
      msg('checks.noSourceLink.detail'),
      [],
    );
  },
};
