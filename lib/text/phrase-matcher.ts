/**
 * Finds lexicon phrases in text, case-insensitively, on word boundaries (Unicode-aware), in one
 * linear pass: the phrases are literal alternatives of a single regular expression, longest first.
 * It matches the words as written (names, figures, "we don't republish"); token-lexicon.ts matches
 * a sentence's tokens, by lowercase form or Porter stem, for the claim-strength cues.
 */

import prebuilt from './phrase-patterns.json';
import { fnv1a } from './fnv1a';

export interface PhraseHit {
  text: string;
  start: number;
  end: number;
  /** The lexicon phrase, lowercase, that matched. */
  phrase: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Phrases as the literal alternatives of a regular expression, in the order given (put the longest
 * first where a shorter one could match inside it); a space in a phrase matches `space`.
 */
export function phraseAlternatives(phrases: readonly string[], space = '\\s+'): string {
  return phrases.map((p) => escape(p).replace(/ +/g, space)).join('|');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

/**
 * Phrases (longest first) as one regular expression whose alternatives share their prefixes:
 * "in a single domain|in a small sample" becomes "in\s+a\s+s(?:ingle\s+domain|mall\s+sample)".
 * A flat list makes the engine try every phrase at every position; the prefix tree tries a
 * phrase only as far as the text follows it. It matches what the flat list matches, the same
 * phrase at the same place: phrases that part ways at a character cannot both match there, and a
 * phrase that ends inside a longer one is tried after it, as the longest-first list would.
 */
function trieAlternatives(phrases: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    // A run of spaces is one step (any whitespace); every other character, escaped, is one step.
    for (const step of phrase.match(/ +|[^ ]/gu) ?? []) {
      const token = step.startsWith(' ') ? '\\s+' : escape(step);
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const pattern = (node: TrieNode): string => {
    const parts = [...node.next].map(([token, child]) => token + pattern(child));
    if (node.end && parts.length) parts.push('');
    return parts.length === 1 ? parts[0]! : parts.length ? `(?:${parts.join('|')})` : '';
  };
  return pattern(root);
}

/** The phrases, lowercased, without repeats, longest first: what a pattern is made of. */
function patternPhrases(phrases: readonly string[]): string[] {
  const unique = [...new Set(phrases.map((p) => p.toLowerCase().trim()).filter(Boolean))];
  return unique.sort((a, b) => b.length - a.length);
}

/** The alternatives of a phrase list's pattern, as a matcher builds them (the prefix tree). */
export function phraseAlternation(phrases: readonly string[]): string {
  return trieAlternatives(patternPhrases(phrases));
}

/**
 * Lists at least this long have their alternatives made ahead, in phrase-patterns.json: the
 * lexicons'. Shorter ones (a page's names, an organisation's aliases) are made as they come.
 */
export const PREBUILT_MIN_PHRASES = 12;
/** A phrase list's key in phrase-patterns.json: its hash and length, as given. */
export const phraseListKey = (phrases: readonly string[]) =>
  `${fnv1a(phrases.join('\n')).toString(36)}-${phrases.length}`;
/** The long lists patterns were made for in this run, by key: what phrase-patterns.json must hold. */
const longLists = new Map<string, readonly string[]>();
/**
 * Long lists noted at most: the lexicons' are 24, and a long-lived background also makes lists
 * of each source's names, which need not be kept.
 */
const MAX_LISTS_NOTED = 100;
/** How many long lists' alternatives were built here, not found made ahead. */
let builtHere = 0;

/** The long phrase lists this run made patterns for, by key (scripts/build-phrase-patterns.ts). */
export function longPhraseListsUsed(): ReadonlyMap<string, readonly string[]> {
  return longLists;
}
/** How many long lists' alternatives this run built rather than found in phrase-patterns.json. */
export function longListsBuiltHere(): number {
  return builtHere;
}

/**
 * The phrases, lowercased, as one pattern (case-sensitive: see PhraseMatcher); null for none. A
 * lexicon's alternatives come made from phrase-patterns.json: building the prefix trees of a first
 * analysis's 28 patterns took 21–24 ms in a new Node process, and about 16 ms of each open of a
 * service worker just started (docs/speed.md).
 */
function patternOf(phrases: readonly string[]): RegExp | null {
  let alternatives: string | undefined;
  if (phrases.length >= PREBUILT_MIN_PHRASES) {
    const key = phraseListKey(phrases);
    if (longLists.size < MAX_LISTS_NOTED) longLists.set(key, phrases);
    alternatives = (prebuilt.patterns as Readonly<Record<string, string>>)[key];
    if (alternatives === undefined) builtHere++;
  }
  alternatives ??= phraseAlternation(phrases);
  if (!alternatives) return null;
  // Spaces in a phrase match any run of whitespace; letters, digits or a hyphen around a hit
  // would make it part of a longer word ("all" in "one-model-fits-all" is not a quantifier). The
  // check before a hit comes once, first: written after each phrase's first character, it let
  // the engine skip to those characters (about 1.5 times faster on a long text), but each copy of
  // the Unicode classes cost compile time: the 29 patterns took about 126 ms to make, compile and
  // run in a new process, against 30 now, paid on a service worker just started (docs/speed.md).
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}-])`, 'gu');
}

/**
 * The text a pattern of lowercase phrases runs on: the text lowercased, when that keeps every
 * offset (almost always), else null. The last one is kept: several matchers read the same
 * sentence one after another.
 */
let lastText = '';
let lastLower: string | null = '';
function lowercased(text: string): string | null {
  if (text !== lastText) {
    const lower = text.toLowerCase();
    lastText = text;
    // "İ" lowercases to two code units: offsets into the lowercase text would drift.
    lastLower = lower.length === text.length ? lower : null;
  }
  return lastLower;
}

/**
 * A matcher for a list of phrases: make it once at module load and reuse it everywhere. Its
 * pattern is built on first use: the analysis's modules make 29 at load, and a page's
 * own analysis, on a service worker just started, uses only some of them.
 */
export class PhraseMatcher {
  /** The phrases until the pattern is built. */
  private phrases: readonly string[] | null;
  /**
   * Case-sensitive, run on the lowercased text. A case-insensitive Unicode pattern matches the
   * same, but V8 compiles it for every case of every letter: in a service worker just started,
   * about a third more time for the 29 patterns (75 ms against 55, docs/speed.md).
   */
  private lower: RegExp | null = null;
  /** The case-insensitive pattern, made only for a text whose lowercase changes its length. */
  private caseless: RegExp | null = null;

  constructor(phrases: readonly string[]) {
    this.phrases = [...phrases];
  }

  /** The pattern, built from the phrases on first use; null when there are none. */
  private pattern(): RegExp | null {
    if (this.phrases) {
      this.lower = patternOf(this.phrases);
      this.phrases = null;
    }
    return this.lower;
  }

  /** The pattern and the text to run it on, with the same offsets as `text`. */
  private reading(text: string): [RegExp, string] | null {
    const pattern = this.pattern();
    if (!pattern) return null;
    const lower = lowercased(text);
    if (lower !== null) return [pattern, lower];
    return [(this.caseless ??= new RegExp(pattern.source, 'giu')), text];
  }

  /** Every non-overlapping hit, left to right. */
  find(text: string): PhraseHit[] {
    const read = this.reading(text);
    if (!read) return [];
    const [pattern, searched] = read;
    const hits: PhraseHit[] = [];
    // exec on the one pattern, not matchAll (which copies the pattern at every call); a hit is
    // never empty, so lastIndex always moves on.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(searched); m; m = pattern.exec(searched)) hits.push(hitOf(text, m));
    pattern.lastIndex = 0;
    return hits;
  }

  /** The first hit, left to right (find's first), without looking for the others. */
  first(text: string): PhraseHit | undefined {
    const read = this.reading(text);
    if (!read) return undefined;
    const [pattern, searched] = read;
    pattern.lastIndex = 0;
    const m = pattern.exec(searched);
    pattern.lastIndex = 0;
    return m ? hitOf(text, m) : undefined;
  }

  /** True when the text holds any of the phrases. */
  test(text: string): boolean {
    return this.first(text) !== undefined;
  }
}

/** A hit as written in `text`, with the lexicon phrase it matched. */
function hitOf(text: string, m: RegExpExecArray): PhraseHit {
  const end = m.index + m[0].length;
  return {
    text: text.slice(m.index, end),
    start: m.index,
    end,
    phrase: m[0].toLowerCase().replace(/\s+/g, ' '),
  };
}

/** Flattens a lexicon's `entries`, whether a list or a record of lists. */
export function lexiconPhrases(
  entries: readonly string[] | Readonly<Record<string, readonly string[]>>,
): string[] {
  return Array.isArray(entries) ? [...entries] : Object.values(entries).flat();
}
