import type { Article } from '../extract/article';
import sponsorship from '../knowledge/lexicons/sponsorship.json';
import { findOrgByName, findOrgByUrl, findPlatform, findOrgById, type Org } from '../knowledge/registry';
import { sourceAuthor } from '../source/attribution';
import type { AnalysisContext } from './context';
import type { Incentive, Topic } from './report';
import { sentenceSpan } from './spans';
import { PhraseMatcher } from './text/phrase-matcher';
import { english } from '../words/english';
import { list, msg, plural } from '../words/message';

const SPONSORED = new PhraseMatcher(sponsorship.entries);
/** A benchmark, test or evaluation reported in the first person: "in our tests", "we benchmarked". */
const SELF_RUN = /\b(?:our|we)\b[^.]{0,80}\b(?:benchmark|tests?|tested|evaluat\w*|measured)\b|\b(?:benchmark|tests?|evaluat\w*)\b[^.]{0,80}\b(?:our|we)\b/iu;

/** The organisation that wrote an Article: its platform path or own site, else its named author. */
function authorOrg(article: Article): Org | null {
  const byUrl = findOrgByUrl(article.url);
  if (byUrl) return byUrl;
  const author = sourceAuthor(article);
  return author ? findOrgByName(author.name) : null;
}

/** The source's sentence that reports a benchmark the author ran on its own product, if any. */
function selfRunBenchmark(source: Article, org: Org): string | null {
  const productWords = org.products.flatMap((p) => p.name.split(/[\s,()]+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 3));
  const hit = source.sentences.find((s) => SELF_RUN.test(s.text) && (/\d/.test(s.text) || productWords.some((w) => s.text.includes(w))));
  return hit?.text ?? null;
}

/** One note: who, what they sell, which of the page's claims it touches, with the citations. */
function noteFor(org: Org, role: Incentive['role'], pageTopics: Topic[], selfRun: string | null): Incentive | null {
  const promoted = org.topics.filter((t) => t.stance === 'promotes' && pageTopics.some((p) => p.id === t.id));
  if (!promoted.length) return null;
  const touched = pageTopics.filter((p) => promoted.some((t) => t.id === p.id));
  const products = org.products.map((p) => p.name);
  const count = touched.reduce((n, t) => n + t.sentences.length, 0);
  // Topic labels and the reason why (promoted[0].why) are knowledge data, in English.
  const argues = plural('incentives.argues', count, list(touched.map((t) => t.label.toLowerCase())));
  const note = selfRun
    ? msg('incentives.noteSelfRun', org.name, list(products), argues, promoted[0]!.why, msg('incentives.selfRun', org.name, selfRun))
    : msg('incentives.note', org.name, list(products), argues, promoted[0]!.why);
  return {
    org: org.name,
    role,
    products,
    topics: touched.map((t) => t.id),
    sentences: touched.flatMap((t) => t.sentences).sort((a, b) => a.start - b.start),
    citations: [...new Map([...org.products.map((p) => p.citation), ...promoted.map((t) => t.citation)].map((url) => [url, { url, checked: 'not yet checked online' }])).values()],
    note: english(note),
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
  const seen = new Set<string>();
  const add = (note: Incentive | null) => {
    if (note && !seen.has(note.org)) {
      seen.add(note.org);
      notes.push(note);
    }
  };
  if (subject) {
    const author = authorOrg(subject);
    if (author) add(noteFor(author, 'author', pageTopics, selfRunBenchmark(subject, author)));
    const platformOrgId = findPlatform(subject.url)?.platformOrg;
    const platform = platformOrgId ? findOrgById(platformOrgId) : null;
    if (platform && platform !== author) add(noteFor(platform, 'platform', pageTopics, null));
  }
  if (!ctx.discovery.selfIsSource) {
    const publisher = findOrgByUrl(ctx.page.url);
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
      note: english(note),
      messages: unnamed ? { note, org: unnamed } : { note },
    });
  }
  return notes;
}
