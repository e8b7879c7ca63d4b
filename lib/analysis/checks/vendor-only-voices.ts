import type { EvidenceItem, SourceInfo } from '../../report/report';
import type { Credit } from '../../source/attribution';
import type { Discovery } from '../../source/discover';
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

/**
 * Whose words the page relays, each once: those it credits as saying or writing them ("Acme
 * argues…", "according to Acme"). A page that names only where they appeared ("Source: Hugging
 * Face Blog") relays the source's author, when the source is known: a platform carries a post, it
 * does not say it. Else the places it names.
 */
function whoIsHeard(
  credits: readonly Credit[],
  discovery: Discovery,
  author: SourceInfo['author'],
): string[] {
  const authors = new Map<string, string>();
  for (const c of credits)
    if (c.role === 'author' && !authors.has(c.name.toLowerCase()))
      authors.set(c.name.toLowerCase(), c.name);
  if (authors.size) return [...authors.values()];
  return author ? [author.name] : discovery.named.map((n) => n.name);
}

/** Only the company that made the claim speaks: no researcher, analyst or critic. */
export const vendorOnlyVoices: Check = {
  id: 'vendor-only-voices',
  title: msg('checks.vendorOnlyVoices.name'),
  run({ page, evidence, credits, discovery, role, sourceAuthor }) {
    // A company's own post speaks for the company: that is what it is, not a retelling's slant.
    if (!credits.length || discovery.selfIsSource || role.role === 'company-blog') return null;
    const heard = whoIsHeard(credits, discovery, sourceAuthor ?? null);
    // Only people named with a title, and only as places: no one whose words these are.
    if (!heard.length) return null;
    const credited = new Set([...credits.map((c) => c.name), ...heard].map((n) => n.toLowerCase()));
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
    return flagOf(
      'vendor-only-voices',
      'warn',
      msg('checks.vendorOnlyVoices.title', heard[0]!),
      plural('checks.vendorOnlyVoices.detail', heard.length, list(heard)),
      spans,
    );
  },
};
