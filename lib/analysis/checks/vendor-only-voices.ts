import { hasIndependentMarker } from '../evidence';
import type { Check } from './check';

/** Only the company that made the claim speaks: no researcher, analyst or critic. */
export const vendorOnlyVoices: Check = {
  id: 'vendor-only-voices',
  title: 'Only the vendor speaks',
  run({ page, evidence, credits }) {
    if (!credits.length) return null;
    const credited = new Set(credits.map((c) => c.name.toLowerCase()));
    const others = evidence.voices.filter((v) => !credited.has(v.label.toLowerCase()) && !page.site?.toLowerCase().includes(v.label.toLowerCase()));
    if (others.length || page.sentences.some((s) => hasIndependentMarker(s.text))) return null;
    const spans = credits.filter((c) => c.span).map((c) => c.span!);
    return {
      id: 'vendor-only-voices',
      severity: 'warn',
      title: `Only ${credits[0]!.name} is heard`,
      detail: `The page relays what ${credits.map((c) => c.name).join(' and ')} says and quotes no independent researcher, analyst or critic.`,
      spans,
    };
  },
};
