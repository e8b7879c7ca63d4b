import type { Article } from '../extract/article';
import { whoIsBehind } from '../knowledge/address-owner';
import loaded from '../knowledge/lexicons/loaded.json';
import { pageCredits, sourceAuthor } from '../source/attribution';
import { discoverSources } from '../source/discover';
import { toSourceInfo } from '../source/source-info';
import { alignClaims } from './align/align';
import { CHECKS } from './checks';
import { assessSentence } from './claim-strength';
import { claimKinds } from './claim-kind';
import type { AnalysisContext } from './context';
import { findEvidence } from './evidence';
import { findIncentives } from './incentives';
import { pageRole } from './page-role';
import { REPORT_VERSION, type Claim, type Cue, type Flag, type Report } from '../report/report';
import { cueInArticle, sentenceSpan } from './spans';
import { spinScore } from './spin';
import { findTopics } from './topics';
import { lexiconPhrases, PhraseMatcher } from '../text/phrase-matcher';

const LOADED = new PhraseMatcher(lexiconPhrases(loaded.entries));

interface AnalyzeOptions {
  /** The primary source's Article, when it was found and read. */
  source?: Article;
  /**
   * Several primary sources a page restates (a press release and its companion post): each claim
   * is matched against all of them and says which backs it. Takes the place of `source`.
   */
  sources?: readonly Article[];
}

/** What analysis reads from the page alone: the same whether or not sources are given. */
interface PageReading {
  kinds: ReturnType<typeof claimKinds>;
  strengths: AnalysisContext['strengths'];
  loadedTerms: Cue[];
  pageOwner: ReturnType<typeof whoIsBehind>;
  evidence: AnalysisContext['evidence'];
  role: AnalysisContext['role'];
  discovery: AnalysisContext['discovery'];
  credits: AnalysisContext['credits'];
  topics: ReturnType<typeof findTopics>;
}

/**
 * Kept by Article: the sidebar's comparison analyses the very page the background analysed a
 * moment before, and reading it again was 8 to 13 ms of each comparison of a 2,000-word page
 * (docs/speed.md). Read only: each Report builds its own claims from it.
 */
const readings = new WeakMap<Article, PageReading>();
/**
 * Who is behind the page and which sources it points to, kept by Article as well: the background
 * asks for them before the analysis (`sourceCandidatesOf`), which then reads them from here.
 */
interface PageSources {
  owner: ReturnType<typeof whoIsBehind>;
  discovery: AnalysisContext['discovery'];
}
const pageSources = new WeakMap<Article, PageSources>();

function sourcesOf(page: Article): PageSources {
  let found = pageSources.get(page);
  if (!found) {
    const owner = whoIsBehind(page.url);
    pageSources.set(page, (found = { owner, discovery: discoverSources(page, owner) }));
  }
  return found;
}

/**
 * The page's possible primary sources, best first: its Report's `sourceCandidates`, found before
 * the rest of its analysis, so the background can fetch the source while the analysis runs.
 */
export function sourceCandidatesOf(page: Article): Report['sourceCandidates'] {
  return sourcesOf(page).discovery.candidates;
}

function readingOf(page: Article): PageReading {
  let reading = readings.get(page);
  if (reading) return reading;
  const kinds = claimKinds(page);
  const { owner: pageOwner, discovery } = sourcesOf(page);
  reading = {
    kinds,
    // Page furniture (newsletter text, bylines, headings) asserts nothing about the story.
    strengths: page.sentences.map((s, i) => {
      const strength = assessSentence(s.text);
      return kinds[i]!.kind === 'furniture' ? { ...strength, assertion: false } : strength;
    }),
    loadedTerms: page.sentences.flatMap((s) =>
      LOADED.find(s.text).map((h) => ({
        start: s.start + h.start,
        end: s.start + h.end,
        text: h.text,
        kind: 'loaded' as const,
      })),
    ),
    pageOwner,
    evidence: findEvidence(page),
    role: pageRole(page, pageOwner),
    discovery,
    credits: pageCredits(page),
    topics: findTopics(page),
  };
  readings.set(page, reading);
  return reading;
}

/**
 * Turns an Article (and, when read, its primary source's Article) into a Report. Pure: no DOM,
 * network or extension API; the same code runs in the sidebar, the command line and the tests.
 */
export function analyze(page: Article, options: AnalyzeOptions = {}): Report {
  const { kinds, strengths, loadedTerms, pageOwner, topics, ...read } = readingOf(page);
  const claims: Claim[] = page.sentences.map((s, i) => {
    const { strength, hedges, boosters, relation } = strengths[i]!;
    return {
      ...sentenceSpan(s),
      strength,
      hedges: hedges.map((c) => cueInArticle(s, c)),
      boosters: boosters.map((c) => cueInArticle(s, c)),
      ...(relation ? { relation: cueInArticle(s, relation) } : {}),
      status: 'unchecked',
    };
  });
  const ctx: AnalysisContext = {
    page,
    owners: { page: pageOwner },
    strengths,
    claims,
    evidence: read.evidence,
    role: read.role,
    discovery: read.discovery,
    credits: read.credits,
    loadedTerms,
  };
  const sources = options.sources?.length
    ? options.sources
    : options.source
      ? [options.source]
      : [];
  const sourceOwners = sources.map((s) => whoIsBehind(s.url));
  if (sources.length) {
    ctx.owners.source = sourceOwners[0];
    ctx.alignment = alignClaims(page, sources, strengths, kinds);
    // The checks read the sources as one, the first leading (its author, its address).
    ctx.source = ctx.alignment.source;
    ctx.sourceAuthor = sourceAuthor(ctx.source, ctx.owners.source);
    for (const m of ctx.alignment.matches) {
      const claim = claims[m.pageIndex]!;
      claim.status = m.status;
      if (m.match) claim.match = m.match;
    }
  }
  const flags: Flag[] = CHECKS.map((check) => check.run(ctx)).filter((f): f is Flag => f !== null);
  const incentives = findIncentives(ctx, topics);

  const report: Report = {
    version: REPORT_VERSION,
    page: {
      url: page.url,
      title: page.title,
      publisher: page.site,
      role:
        ctx.discovery.selfIsSource && ctx.role.role === 'unknown' ? 'company-blog' : ctx.role.role,
      byline: page.byline,
      published: page.published,
      wordCount: page.wordCount,
      ...(page.totalWords !== undefined ? { totalWords: page.totalWords } : {}),
      messages: { roleReasons: ctx.role.reasons, ...page.messages },
    },
    claims: claims.filter((_, i) => strengths[i]!.assertion),
    evidence: ctx.evidence,
    flags,
    spin: spinScore(ctx, flags, incentives),
    topics,
    loadedTerms,
    sourceCandidates: ctx.discovery.candidates,
    selfIsSource: ctx.discovery.selfIsSource,
    creditedFeeds: ctx.discovery.feeds,
    incentives,
    messages: { sourceSearch: ctx.discovery.tried },
  };
  if (sources.length && ctx.alignment) {
    report.source = toSourceInfo(sources[0]!, sourceOwners[0]);
    if (sources.length > 1)
      report.sources = sources.map((s, i) => toSourceInfo(s, sourceOwners[i]));
    report.omissions = ctx.alignment.omissions;
    report.reuse = ctx.alignment.reuse;
  }
  return report;
}
