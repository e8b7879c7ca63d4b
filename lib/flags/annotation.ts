import type { PassageSelector } from './anchor';
import { isReason, type ReasonId } from './reasons';
import { english } from '../words/english';
import { msg, type Message, type MessageKey } from '../words/message';

/**
 * A reader's flag, stored and exported as a W3C Web Annotation
 * (https://www.w3.org/TR/annotation-model/): motivation "assessing", one tagging body per reason
 * and a commenting body for the note; targets are the page and each attached passage (quote and
 * position selectors). Unspun's own terms (the primary source, the spin score at the time, the
 * page title) are added through a JSON-LD context of their own.
 */
export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    unspun: 'https://unspun.example/ns#',
    primarySource: { '@id': 'unspun:primarySource', '@type': '@id' },
    spinScore: 'unspun:spinScore',
    pageTitle: 'unspun:pageTitle',
  },
] as const;

interface ReasonBody {
  type: 'TextualBody';
  purpose: 'tagging';
  value: ReasonId;
}
interface NoteBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/plain';
}
type FlagBody = ReasonBody | NoteBody;

interface FlagTarget {
  type: 'SpecificResource';
  /** The page address (without its fragment). */
  source: string;
  /** Absent on the page-level target; a quote and a position on a passage. */
  selector?: PassageSelector[];
}

export interface FlagAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  body: FlagBody[];
  /** The page first, then one target per attached passage. */
  target: FlagTarget[];
  pageTitle?: string;
  primarySource?: string;
  spinScore?: number;
}

/** What the reader fills in: the form's contents. */
export interface FlagDraft {
  reasons: ReasonId[];
  note: string;
  /** Selectors of each attached passage. */
  passages: PassageSelector[][];
}

/** Facts of the page at the time of flagging. */
interface FlagContext {
  url: string;
  title?: string;
  primarySource?: string;
  spinScore?: number;
}

/** Longest note kept: a flag is a short record, and storage is finite. */
const MAX_NOTE = 4_000;
const MAX_PASSAGES = 20;

/** The page address a flag is about: no fragment (highlights and text fragments change it). */
const pageAddress = (url: string): string => url.split('#')[0]!;

function bodyOf(draft: FlagDraft): FlagBody[] {
  const body: FlagBody[] = [...new Set(draft.reasons)].map((value) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value,
  }));
  const note = draft.note.trim().slice(0, MAX_NOTE);
  if (note)
    body.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
  return body;
}

function targetsOf(url: string, draft: FlagDraft): FlagTarget[] {
  const source = pageAddress(url);
  return [
    { type: 'SpecificResource', source },
    ...draft.passages
      .slice(0, MAX_PASSAGES)
      .map((selector) => ({ type: 'SpecificResource' as const, source, selector })),
  ];
}

/** A new flag; `id` is its full IRI (for new flags `urn:uuid:` and a random UUID). */
export function createFlag(
  draft: FlagDraft,
  context: FlagContext,
  now: Date,
  id: string,
): FlagAnnotation {
  const flag: FlagAnnotation = {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'Annotation',
    motivation: 'assessing',
    created: now.toISOString(),
    modified: now.toISOString(),
    body: bodyOf(draft),
    target: targetsOf(context.url, draft),
  };
  if (context.title) flag.pageTitle = context.title;
  if (context.primarySource) flag.primarySource = context.primarySource;
  if (context.spinScore !== undefined) flag.spinScore = context.spinScore;
  return flag;
}

/** The flag with the reader's new reasons, note and passages; `created` and the context kept. */
export function updateFlag(flag: FlagAnnotation, draft: FlagDraft, now: Date): FlagAnnotation {
  return {
    ...flag,
    modified: now.toISOString(),
    body: bodyOf(draft),
    target: targetsOf(flag.target[0]!.source, draft),
  };
}

/** The form's contents for a saved flag. */
export function draftOf(flag: FlagAnnotation): FlagDraft {
  return {
    reasons: flag.body.filter((b): b is ReasonBody => b.purpose === 'tagging').map((b) => b.value),
    note: flag.body.find((b): b is NoteBody => b.purpose === 'commenting')?.value ?? '',
    passages: flag.target.filter((t) => t.selector).map((t) => t.selector!),
  };
}

export const flagPage = (flag: FlagAnnotation): string => flag.target[0]!.source;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isWebAddress = (v: unknown) => {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

function validSelector(s: unknown): PassageSelector | null {
  if (!isObject(s)) return null;
  if (
    s.type === 'TextQuoteSelector' &&
    typeof s.exact === 'string' &&
    s.exact.length > 0 &&
    s.exact.length <= 10_000
  ) {
    const out: PassageSelector = { type: 'TextQuoteSelector', exact: s.exact };
    if (typeof s.prefix === 'string') out.prefix = s.prefix.slice(0, 200);
    if (typeof s.suffix === 'string') out.suffix = s.suffix.slice(0, 200);
    return out;
  }
  if (
    s.type === 'TextPositionSelector' &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    (s.start as number) >= 0 &&
    (s.end as number) > (s.start as number)
  ) {
    return { type: 'TextPositionSelector', start: s.start as number, end: s.end as number };
  }
  return null;
}

/** Why a flag read from outside is not valid: in English, and as a Message. */
export interface FlagProblem {
  error: string;
  messages: { error: Message };
}

function problem(key: MessageKey): FlagProblem {
  const error = msg(key);
  return { error: english(error), messages: { error } };
}

/**
 * A flag read from outside (an import or an older storage): checked field by field and rebuilt
 * from the fields it knows, so nothing unexpected is kept. Returns the reason when invalid.
 */
export function parseFlag(value: unknown): { flag: FlagAnnotation } | FlagProblem {
  if (!isObject(value)) return problem('flagsImport.problem.notObject');
  if (value.type !== 'Annotation') return problem('flagsImport.problem.notAnnotation');
  if (typeof value.id !== 'string' || !value.id || value.id.length > 200)
    return problem('flagsImport.problem.noId');
  if (!isDate(value.created)) return problem('flagsImport.problem.noCreated');
  const targets = Array.isArray(value.target) ? value.target : [value.target];
  const pageTarget = targets[0];
  const page =
    typeof pageTarget === 'string'
      ? pageTarget
      : isObject(pageTarget)
        ? pageTarget.source
        : undefined;
  if (!isWebAddress(page)) return problem('flagsImport.problem.notWebAddress');
  const bodies = Array.isArray(value.body)
    ? value.body
    : value.body === undefined
      ? []
      : [value.body];
  const reasons: ReasonId[] = [];
  let note = '';
  for (const b of bodies) {
    if (!isObject(b) || typeof b.value !== 'string') continue;
    if (b.purpose === 'tagging' && isReason(b.value)) reasons.push(b.value);
    else if (b.purpose === 'commenting') note = b.value;
  }
  if (!reasons.length) return problem('flagsImport.problem.noReason');
  const passages: PassageSelector[][] = [];
  for (const t of targets.slice(1)) {
    if (!isObject(t) || t.source !== page || !Array.isArray(t.selector)) continue;
    const selectors = t.selector.map(validSelector).filter((s): s is PassageSelector => s !== null);
    if (selectors.length) passages.push(selectors);
  }
  const context: FlagContext = { url: page as string };
  if (typeof value.pageTitle === 'string') context.title = value.pageTitle.slice(0, 500);
  if (isWebAddress(value.primarySource)) context.primarySource = value.primarySource as string;
  if (typeof value.spinScore === 'number' && value.spinScore >= 0 && value.spinScore <= 100)
    context.spinScore = value.spinScore;
  const flag = createFlag(
    { reasons, note, passages },
    context,
    new Date(value.created as string),
    value.id,
  );
  if (isDate(value.modified)) flag.modified = new Date(value.modified as string).toISOString();
  return { flag };
}
