import { hasIndependentMarker } from '../evidence';
import { list, msg, plural } from '../../words/message';
import { flagOf, type Check } from './check';

/** Only the company that made the claim speaks: no researcher, analyst or critic. */
export const vendorOnlyVoices: Check = {
  id: 'vendor-only-voices',
  title: msg('checks.vendorOnlyVoices.name'),
  run({ page, evidence, credits }) {
    if (!credits.length) return null;
    const credited = new Set(credits.map((c) => c.name.toLowerCase()));
    // A voice's label is the person or organisation named.
    const others = evidence.voices.filter(
      (v) =>
        !credited.has((v.label ?? '').toLowerCase()) &&
        !page.site?.toLowerCase().includes((v.label ?? '').toLowerCase()),
    );
    if (others.length || page.sentences.some((s) => hasIndependentMarker(s.text))) return null;
    const spans = credits.filter((c) => c.span).map((c) => c.span!);
    return flagOf(
      'vendor-only-voices',
      'warn',
      msg('checks.vendorOnlyVoices.title', credits[0]!.name),
      plural('checks.vendorOnlyVoices.detail', credits.length, list(credits.map((c) => c.name))),
      spans,
    );
  },
};
