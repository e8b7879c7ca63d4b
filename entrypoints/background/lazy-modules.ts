import type {
  analyze as analyzeNow,
  sourceCandidatesOf as candidatesNow,
} from '../../lib/analysis/analyze';
import { splitSentences } from '../../lib/extract/sentences';

// The background's heavy modules, evaluated on first use. The background is bundled into one
// file (a Chrome service worker may not import code), so these imports load nothing: the
// bundler inlines the modules and evaluates each only when it is first imported, not when the
// service worker starts. Most starts (a badge to update, a permission to check, a tab that
// loaded) analyse nothing and read no source, and these modules' top levels build lexicons,
// registries and word tables, and linkedom's CSS module makes an Intl.NumberFormat
// (docs/speed.md, the worker's start-up). tests/e2e runs them in both browsers.

/** Parses HTML inertly with linkedom (lib/extract/parse-html.ts). */
export async function parseInert(html: string, url: string): Promise<Document> {
  const { parseHtmlDocument } = await import('../../lib/extract/parse-html');
  return parseHtmlDocument(html, url);
}

const analysisModule = () => import('../../lib/analysis/analyze');

/** The analysis (lib/analysis/analyze.ts). */
export async function analyze(
  ...args: Parameters<typeof analyzeNow>
): Promise<ReturnType<typeof analyzeNow>> {
  return (await analysisModule()).analyze(...args);
}

/** The page's possible sources, found before its analysis (lib/analysis/analyze.ts). */
export async function sourceCandidatesOf(
  ...args: Parameters<typeof candidatesNow>
): Promise<ReturnType<typeof candidatesNow>> {
  return (await analysisModule()).sourceCandidatesOf(...args);
}

/**
 * What every page's analysis needs first, made while a sidebar reads its page (about 100 ms): on
 * a service worker just started, the first sentence segmenter takes 30–60 ms to make, later ones
 * for any language almost nothing, and the analysis's modules about 30 ms to evaluate
 * (docs/speed.md). Nothing more: analysing a made-up page here took longer than the read, and the
 * page's message then waited behind it. A task of its own, after the sidebar's script is sent.
 */
export function prepareAnalysis(): void {
  setTimeout(() => {
    splitSentences('Ready.');
    analysisModule().catch(() => {});
  }, 0);
}
