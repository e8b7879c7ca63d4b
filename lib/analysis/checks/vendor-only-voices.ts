import type { EvidenceItem } from '../../report/report';
import { hasIndependentMarker } from '../evidence';
import { list, msg, plural } from '../../words/message';
import { flagOf, type Check } from './check';

const ORG = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:\s\p{Lu}[\p{L}\p{N}&'’-]*){0,3}`;
/**
 * The organisation a voice speaks for, named in the words that follow it: "…, said Jensen Huang,
 * founder and CEO of NVIDIA", "…, said Jensen Huang, Nvidia’s chief executive".
 */
const SPEAKS_FOR = new RegExp(
  String.raw`^,\s(?:(?:[^,.;:!?]{0,60}?\s)?(?:of|at|for)\s(?:the\s)?(${ORG})|(?:the\s)?(${ORG})['’]s\s)`,
  'u',
);

/** Only the company that made the claim speaks: no researcher, analyst or critic. */
export const vendorOnlyVoices: Check = {
  id: 'vendor-only-voices',
  title: msg('checks.vendorOnlyVoices.name'),
  run({ page, evidence, credits, discovery, role }) {
    // A company's own post speaks for the company: that is what it is, not a retelling's slant.
    if (!credits.length || discovery.selfIsSource || role.role === 'company-blog') return null;
    const credited = new Set(credits.map((c) => c.name.toLowerCase()));
    const site = page.site?.toLowerCase() ?? '';
    // A voice's label is the person or organisation named; one who speaks for a credited
    // organisation (its chief executive, its spokesperson) is that organisation's voice.
    const isVendor = (name: string) =>
      credited.has(name.toLowerCase()) || site.includes(name.toLowerCase());
    const speaksFor = (v: EvidenceItem) => {
      const m = SPEAKS_FOR.exec(page.text.slice(v.end, v.end + 120));
      return m?.[1] ?? m?.[2];
    };
    const others = evidence.voices.filter((v) => {
      const employer = speaksFor(v);
      return !isVendor(v.label ?? '') && !(employer && isVendor(employer));
    });
    if (others.length || page.sentences.some((s) => hasIndependentMarker(s.text))) return null;
    const spans = credits.filter((c) => c.span).map((c) => c.span!);
    // Each organisation once, however many sentences credit it (discovery's list of them).
    const names = discovery.named.map((n) => n.name);
    return flagOf(
      'vendor-only-voices',
      'warn',
      msg('checks.vendorOnlyVoices.title', names[0]!),
      plural('checks.vendorOnlyVoices.detail', names.length, list(names)),
      spans,
    );
  },
};
