import type { Article } from '../extract/article';
import selfRunEvidence from '../knowledge/lexicons/self-run-evidence.json';
import sponsorship from '../knowledge/lexicons/sponsorship.json';
import type { AddressOwner } from '../knowledge/address-owner';
import { findOrgByName, findOrgById, type Org } from '../knowledge/registry';
import { sourceAuthor } from '../source/attribution';
import type { AnalysisContext } from './context';
import type { Incentive, Topic } from '../report/report';
import { sentenceSpan } from './spans';
import { PhraseMatcher } from '../text/phrase-matcher';
import { english } from '../words/english';
import { list, msg, plural } from '../words/message';

const SPONSORED = new PhraseMatcher(sponsorship.entries);
const SELF_RUN = selfRunEvidence.entries;
const EVALUATION = new PhraseMatcher(SELF_RUN.evaluations);
/** "X-Bench", "DharmaOCR-Benchmark": a named benchmark is an evaluation too. */
const NAMED_BENCHMARK = /[\p{L}\p{N}]-?(?:[Bb]ench(?:mark)?|BENCH)\b/u;
const SELF_MARKER = new PhraseMatcher(SELF_RUN.selfMarkers);
const OUTCOME = new PhraseMatcher(SELF_RUN.outcomes);
const RAN_OUTCOME = new PhraseMatcher(SELF_RUN.ranOutcomes);
const OTHER_PARTY = new PhraseMatcher(SELF_RUN.otherParty);
const CAPTION = new PhraseMatcher(SELF_RUN.captions);
/** A result's figure (0.911, 2.1%, 52×, 3B, 3-billion), not a version ("Cosmos 3", "GPT-4o", "Qwen2.5"). */
const FIGURE =
  /(?<![\p{L}\p{N}\-\u2011.])(?:\d+[.,]\d+|\d+(?:\s?(?:%|×|x\b|B\b|M\b|[-\s](?:billion|million|times|points?|percent)\b)))/u;

/** The organisation that wrote an Article: its platform path or own site, else its named author. */
function authorOrg(article: Article, owner: AddressOwner): Org | null {
  const byUrl = owner.org;
  if (byUrl) return byUrl;
  const author = sourceAuthor(article, owner);
  return author ? findOrgByName(author.name) : null;
}

/** The source's strongest sentence reporting an evaluation the author ran of its own product, if any. */
export function selfRunBenchmark(source: Article, org: Org): string | null {
  return selfRunSentences(source, org)[0] ?? null;
}

/**
 * Every sentence of the source that reports an evaluation the author ran or made of its own
 * product: it names an evaluation, says the author ran it (first person, "internal", the author's
 * own name or product) and reports an outcome (a result's figure or an outcome word), crediting
 * nobody else; a results caption ("results of the models evaluated on X-Bench") does both. Those
 * that report a result ("scored", "outperformed") with figures come first.
 */
function selfRunSentences(source: Article, org: Org): string[] {
  const productWords = org.products.flatMap((p) =>
    p.name.split(/[\s,()]+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 3),
  );
  const ownNames = new PhraseMatcher([
    org.name,
    ...org.aliases,
    ...org.platformPaths.map((p) => p.split('/').pop()!),
  ]);
  const found: { text: string; score: number }[] = [];
  for (const { text } of source.sentences) {
    if (!(EVALUATION.test(text) || NAMED_BENCHMARK.test(text)) || OTHER_PARTY.test(text)) continue;
    const caption = CAPTION.test(text);
    if (!(
      caption ||
      SELF_MARKER.test(text) ||
      ownNames.test(text) ||
      productWords.some((w) => text.includes(w))
    ))
      continue;
    const figures = FIGURE.test(text);
    if (!caption && !figures && !OUTCOME.test(text)) continue;
    const score = (RAN_OUTCOME.test(text) ? 2 : 0) + (figures ? 1 : 0);
    found.push({ text, score });
  }
  // Stable: of equal scores, the earlier sentence first.
  return found.sort((a, b) => b.score - a.score).map((f) => f.text);
}

/** One note: who, what they sell, which of the page's claims it touches, with the citations. */
function noteFor(
  org: Org,
  role: Incentive['role'],
  pageTopics: Topic[],
  selfRun: string | null,
): Incentive | null {
  const promoted = org.topics.filter(
    (t) => t.stance === 'promotes' && pageTopics.some((p) => p.id === t.id),
  );
  if (!promoted.length) return null;
  const touched = pageTopics.filter((p) => promoted.some((t) => t.id === p.id));
  const products = org.products.map((p) => p.name);
  const count = touched.reduce((n, t) => n + t.sentences.length, 0);
  // Topic labels and the reason why (promoted[0].why) are knowledge data, in English.
  const argues = plural(
    'incentives.argues',
    count,
    list(touched.map((t) => t.label.toLowerCase())),
  );
  const note = selfRun
    ? msg(
        'incentives.noteSelfRun',
        org.name,
        list(products),
        argues,
        promoted[0]!.why,
        msg('incentives.selfRun', org.name, selfRun),
      )
    : msg('incentives.note', org.name, list(products), argues, promoted[0]!.why);
  return {
    org: org.name,
    role,
    products,
    topics: touched.map((t) => t.id),
    sentences: touched.flatMap((t) => t.sentences).sort((a, b) => a.start - b.start),
    citations: [
      ...new Map(
        [...org.products.map((p) => p.citation), ...promoted.map((t) => t.citation)].map((url) => [
          url,
          { url, checked: 'not yet checked online' },
        ]),
      ).values(),
    ],
    messages: { note },
  };
}

/**
 * Vendor-incentive notes, stated as facts with citations: the source's author organisation (not
 * the platform that hosts it) when it sells into a topic the page argues for, the platform too when
 * it also profits, the page's own publisher when it is a vendor, and sponsored or affiliate pages.
 * No note where there is no such link.
 */
export function findIncentives(ctx: AnalysisContext, pageTopics: Topic[]): Incentive[] {
  const notes: Incentive[] = [];
  const subject = ctx.source ?? (ctx.discovery.selfIsSource ? ctx.page : null);
  const subjectOwner = ctx.source ? ctx.owners.source! : ctx.owners.page;
  const seen = new Set<string>();
  const add = (note: Incentive | null) => {
    if (note && !seen.has(note.org)) {
      seen.add(note.org);
      notes.push(note);
    }
  };
  if (subject) {
    const author = authorOrg(subject, subjectOwner);
    if (author) add(noteFor(author, 'author', pageTopics, selfRunBenchmark(subject, author)));
    const platformOrgId = subjectOwner.platform?.platformOrg;
    const platform = platformOrgId ? findOrgById(platformOrgId) : null;
    if (platform && platform !== author) add(noteFor(platform, 'platform', pageTopics, null));
  }
  if (!ctx.discovery.selfIsSource) {
    const publisher = ctx.owners.page.org;
    if (publisher) add(noteFor(publisher, 'page-publisher', pageTopics, null));
  }
  const sponsored = ctx.page.sentences.filter((s) => SPONSORED.test(s.text));
  if (sponsored.length && !notes.some((n) => n.role === 'page-publisher')) {
    const note = msg('incentives.sponsored', SPONSORED.find(sponsored[0]!.text)[0]!.text);
    const unnamed = ctx.page.site === null ? msg('incentives.thisSite') : null;
    notes.push({
      org: unnamed ? english(unnamed) : ctx.page.site!,
      role: 'page-publisher',
      products: [],
      topics: [],
      sentences: sponsored.map(sentenceSpan),
      citations: [],
      messages: unnamed ? { note, org: unnamed } : { note },
    });
  }
  return notes;
}
