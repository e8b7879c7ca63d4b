import type { Message } from '../words/message';

export type { Message, MessageKey, Sub } from '../words/message';

/**
 * The Report: everything Unspun concluded about a page, typed, versioned and JSON-serialisable.
 * The sidebar renders a Report and nothing else; the command line prints one.
 *
 * Words for the reader come only as Messages, in each object's `messages`: a key of
 * locales/en.json with what goes into it (lib/words/message.ts). The sidebar says them in the
 * reader's language; the command line, the demo and the eval scripts print the Report in English
 * (lib/report/in-english.ts), which adds each Message's English beside it under the same name
 * (`flags[i].title` from `flags[i].messages.title`).
 */

/** Bump when a field changes meaning or is removed; readers check it. */
export const REPORT_VERSION = 1;

/** A stretch of the page's article text, by offsets into `Article.text`, with its words. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Claim strength, weakest to strongest (Sumner et al. 2014; Yu et al. 2019). */
export type Strength = 'none' | 'correlational' | 'conditional' | 'direct' | 'universal';
export const STRENGTHS: readonly Strength[] = [
  'none',
  'correlational',
  'conditional',
  'direct',
  'universal',
];

/** The kind of publisher behind a page. */
export type PageRole =
  'company-blog' | 'news-outlet' | 'aggregator' | 'research-paper' | 'social-post' | 'unknown';

/**
 * How a page claim relates to the primary source. `unchecked`: no source to compare with, or
 * not a claim (page furniture). `uncertain`: the closest passage is too weak a match to say either way.
 * `figures-differ`: the passage it restates gives other figures ("20%" retold as "50%").
 */
export type ClaimStatus =
  | 'unchecked'
  | 'supported'
  | 'strengthened'
  | 'weakened'
  | 'figures-differ'
  | 'unsupported'
  | 'uncertain'
  | 'editorial';

/** A cue word or phrase found in a sentence, with its offsets in the article text. */
export interface Cue extends Span {
  /** Which lexicon it came from, e.g. 'hedge', 'booster', 'absolute', 'negation'. */
  kind: string;
}

/** The best-matching source passage for a page claim. */
export interface ClaimMatch {
  text: string;
  /** How much of the claim the passage says, in its words or in others, 0..1. */
  score: number;
  /** Source address with a `#:~:text=` fragment pointing at the passage. */
  fragmentUrl: string;
  /** Strength of the source passage. */
  strength: Strength;
  /** The source passage's uncertainty cues ("we expect", "may"): the hedges a retelling can drop. */
  hedgeWords: string[];
  /** The words with which the source passage denies the relation ("did not improve"), if it does. */
  denial?: string;
  /** When the figures differ: the page's figures found nowhere in the source, and the passage's own. */
  figures?: { page: string[]; source: string[] };
  /** When the page was compared with several sources: which of `Report.sources` the passage is from. */
  source?: number;
  /** Names and figures of the claim that the source never mentions ("GPT-5", "90%"). */
  unmentioned?: string[];
  /** Words the claim quotes, as if from the source, that the source never says. */
  unquoted?: string;
  /** When the passage calls two things about equal and the page calls one better: both wordings. */
  comparison?: { source: string; page: string };
  /** When the claim turns the passage's words: says what it does not, or more than it does. */
  turned?: TurnedWording;
}

/**
 * How a claim turns its passage's wording (analysis/align/turned-wording.ts), with the words of
 * each: `negation` ("does not support" and "supports"), `direction` ("fell" and "rose") and
 * `independence` ("our benchmark" and "independent benchmarks") say what the source does not;
 * `plan` ("plan to release" and "released") tells a plan as done; `scope` ("some users" and "all
 * users") says more than the source; `added` ("set a record") adds a first or a record the source
 * never claims (its `source` is empty); `agent` ("designed by Arm" and "designed … by TSMC") gives
 * what the source says one party did to another.
 */
export interface TurnedWording {
  kind: 'negation' | 'direction' | 'independence' | 'agent' | 'plan' | 'scope' | 'added';
  source: string;
  page: string;
}

export interface Claim extends Span {
  strength: Strength;
  hedges: Cue[];
  boosters: Cue[];
  /** The words its relation turns on ("reduces", "linked to", "did not improve"), when listed ones do. */
  relation?: Cue;
  status: ClaimStatus;
  match?: ClaimMatch;
}

export interface EvidenceItem extends Span {
  /**
   * For numbers: the value with its unit; for voices: the person or organisation named. A
   * benchmark described, not named, has no label of the page's words but `messages.label`.
   */
  label?: string;
  messages?: { label: Message };
}

export interface Evidence {
  numbers: EvidenceItem[];
  benchmarks: EvidenceItem[];
  citations: EvidenceItem[];
  quotes: EvidenceItem[];
  voices: EvidenceItem[];
}

export type Severity = 'info' | 'warn' | 'high';

/** A finding for the reader, with the sentences behind it. */
export interface Flag {
  id: string;
  severity: Severity;
  spans: Span[];
  messages: { title: Message; detail: Message };
}

export interface SpinComponent {
  id: string;
  /** The component's raw value in 0..1 before weighting. */
  value: number;
  weight: number;
  /** Points this component adds to the 0-100 score. */
  points: number;
  spans: Span[];
  messages: { label: Message };
}

export interface Spin {
  score: number;
  basis: 'page' | 'page+source';
  components: SpinComponent[];
}

export interface PageInfo {
  url: string;
  title: string;
  publisher: string | null;
  role: PageRole;
  byline: string | null;
  published: string | null;
  wordCount: number;
  /** When the page was longer than Unspun reads: about how many words it has in all. */
  totalWords?: number;
  /**
   * Why the role was chosen; `title` is there when the page has none and Unspun named it
   * ("Untitled page").
   */
  messages: { roleReasons: Message[]; title?: Message };
}

export interface SourceCandidate {
  url: string;
  /** 0..1 */
  confidence: number;
  /** Why it may be the source. */
  messages: { reasons: Message[] };
}

/** A feed of a publisher or platform the page credits: where to look when it links no source. */
export interface CreditedFeed {
  url: string;
  /** Whose posts it lists, in words ("Hugging Face blog"). */
  name: string;
}

export interface SourceInfo {
  url: string;
  title: string;
  publisher: string | null;
  published: string | null;
  /** Who wrote it: byline, JSON-LD author, or the organisation in a platform path. */
  author: { name: string; messages: { evidence: Message[] } } | null;
  /** The site that hosts it, which may not be its author (blog platforms). */
  host: { name: string; domain: string; platform: boolean };
}

export interface Omission {
  /** The source sentence the page left out. */
  text: string;
  /** When the page was compared with several sources: which of `Report.sources` it is from. */
  source?: number;
  kind: 'caveat' | 'limit' | 'trade-off' | 'number';
  fragmentUrl: string;
}

export interface Reuse {
  /** Share of the page's words that sit in passages copied from the source, 0..1. */
  share: number;
  passages: Span[];
}

export interface Incentive {
  org: string;
  role: 'author' | 'platform' | 'page-publisher';
  products: string[];
  topics: string[];
  sentences: Span[];
  citations: { url: string; checked: string }[];
  /** `note` says what the organisation stands to gain; `org` is there when the page's site has no name ("This site"). */
  messages: { note: Message; org?: Message };
}

export interface Topic {
  id: string;
  label: string;
  sentences: Span[];
}

export interface Report {
  version: typeof REPORT_VERSION;
  page: PageInfo;
  claims: Claim[];
  evidence: Evidence;
  flags: Flag[];
  spin: Spin;
  topics: Topic[];
  /** Loaded, promotional and superlative terms in the page, with where they are. */
  loadedTerms: Cue[];
  sourceCandidates: SourceCandidate[];
  /** The page is itself a primary source (a company's or author's own post). */
  selfIsSource: boolean;
  /** Feeds of the publishers and platforms the page credits; searched only with the reader's grant. */
  creditedFeeds: CreditedFeed[];
  source?: SourceInfo;
  /** Every source the page was compared with, when there were several; `source` is the first. */
  sources?: SourceInfo[];
  omissions?: Omission[];
  reuse?: Reuse;
  incentives: Incentive[];
  /** `sourceSearch`: where discovery looked (shown when no source was found). */
  messages: { sourceSearch: Message[] };
}
