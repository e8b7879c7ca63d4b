import weights from '../knowledge/spin-weights.json';
import type { AnalysisContext } from './context';
import type { Flag, Incentive, Spin, SpinComponent, Span } from '../report/report';
import { uniqueSpans } from './spans';
import { msg, type MessageKey } from '../words/message';

type ComponentId = keyof typeof weights.components;

/** Each component's name for the reader. */
const LABELS: Record<ComponentId, MessageKey> = {
  'certainty-inflation': 'spinParts.certaintyInflation',
  'loaded-language': 'spinParts.loadedLanguage',
  'one-sidedness': 'spinParts.oneSidedness',
  'evidence-deficit': 'spinParts.evidenceDeficit',
  'strengthened-claims': 'spinParts.strengthenedClaims',
  'unsupported-claims': 'spinParts.unsupportedClaims',
  'omitted-caveats': 'spinParts.omittedCaveats',
  'vendor-incentive': 'spinParts.vendorIncentive',
};

/** Loaded words per 100 words at which the loaded-language component is full. */
const LOADED_FULL_PER_100 = 3;

const clamp = (x: number) => Math.max(0, Math.min(1, x));
const flagSpans = (flags: Flag[], ...ids: string[]) =>
  flags.filter((f) => ids.includes(f.id)).flatMap((f) => f.spans);

/**
 * The spin score: a weighted sum of named components, each a share in 0..1 with the sentences
 * behind it, mapped to 0-100 over the components that apply (page-only without a source).
 */
export function spinScore(ctx: AnalysisContext, flags: Flag[], incentives: Incentive[]): Spin {
  const assertions = ctx.claims.filter((_, i) => ctx.strengths[i]!.assertion);
  const n = Math.max(1, assertions.length);
  const values: Partial<Record<ComponentId, { value: number; spans: Span[] }>> = {};

  const inflated = assertions.filter(
    (c) => c.strength === 'universal' || (c.boosters.length && !c.hedges.length),
  );
  values['certainty-inflation'] = {
    value: clamp((inflated.length / n) * 2),
    spans: inflated.map(({ start, end, text }) => ({ start, end, text })),
  };
  values['loaded-language'] = {
    value: clamp(
      (ctx.loadedTerms.length / Math.max(1, ctx.page.wordCount)) * (100 / LOADED_FULL_PER_100),
    ),
    spans: ctx.loadedTerms.map(({ start, end, text }) => ({ start, end, text })),
  };
  values['one-sidedness'] = {
    value: flags.some((f) => f.id === 'no-tradeoffs') ? 1 : 0,
    spans: flagSpans(flags, 'no-tradeoffs'),
  };
  const deficits = [
    'comparison-without-evidence',
    'vendor-only-voices',
    'prediction-as-fact',
    'no-source-link',
    'source-named-not-linked',
  ];
  values['evidence-deficit'] = {
    value: clamp(flags.filter((f) => deficits.includes(f.id)).length / 3),
    spans: flagSpans(flags, ...deficits),
  };
  values['vendor-incentive'] = {
    value: incentives.length ? 1 : 0,
    spans: incentives.flatMap((i) => i.sentences),
  };

  if (ctx.alignment) {
    const checked = ctx.alignment.matches.filter(
      (m) => m.status !== 'unchecked' && m.status !== 'editorial',
    );
    const m = Math.max(1, checked.length);
    const spansOf = (status: string) =>
      checked
        .filter((c) => c.status === status)
        .map((c) => {
          const s = ctx.page.sentences[c.pageIndex]!;
          return { start: s.start, end: s.end, text: s.text };
        });
    const strengthened = spansOf('strengthened');
    // A claim whose figures the source does not give is, as stated, not in the source.
    const unsupported = [...spansOf('unsupported'), ...spansOf('figures-differ')];
    values['strengthened-claims'] = {
      value: clamp((strengthened.length / m) * 2),
      spans: strengthened,
    };
    values['unsupported-claims'] = { value: clamp(unsupported.length / m), spans: unsupported };
    const caveats = ctx.alignment.omissions.filter((o) => o.kind !== 'number').length;
    values['omitted-caveats'] = { value: clamp(caveats / 4), spans: [] };
  }

  const components: SpinComponent[] = [];
  let total = 0;
  let weightSum = 0;
  for (const [id, def] of Object.entries(weights.components) as [
    ComponentId,
    (typeof weights.components)[ComponentId],
  ][]) {
    const v = values[id];
    if (!v) continue;
    weightSum += def.weight;
    total += def.weight * v.value;
    const label = msg(LABELS[id]);
    components.push({
      id,
      value: Math.round(v.value * 100) / 100,
      weight: def.weight,
      points: 0,
      spans: uniqueSpans(v.spans),
      messages: { label },
    });
  }
  const score = weightSum ? Math.round((100 * total) / weightSum) : 0;
  for (const c of components)
    c.points = weightSum ? Math.round(((100 * c.weight * c.value) / weightSum) * 10) / 10 : 0;
  return { score, basis: ctx.alignment ? 'page+source' : 'page', components };
}
