import { tokenize, type Token } from './tokenize';

// Phrase matching on a sentence's tokens (tokenize.ts), for cues whose inflections and
// contractions must match alike ("reduces" / "reduced", "can't" / "cannot"); phrase-matcher.ts
// matches words as written in raw text.

/** A lexicon phrase found in a token list: tokens [from, to). */
export interface TokenHit {
  /** The lexicon phrase as listed (lowercase). */
  phrase: string;
  /** The list it came from (e.g. 'modal', 'universal'). */
  category: string;
  from: number;
  to: number;
}

interface Entry {
  words: string[];
  phrase: string;
  category: string;
}

/**
 * Finds lexicon phrases in a token list, on whole tokens, longest first at each position, left to
 * right without overlap. `mode` says what is compared: the lowercase form (`norm`, for lexicons
 * that list every inflection) or the Porter stem (`stem`, for verb lists). Linear in the tokens
 * times the few phrases that start with each word.
 */
export class TokenLexicon {
  private readonly first = new Map<string, Entry[]>();
  readonly size: number;

  /**
   * @param except lowercase words never matched, whatever their stem: in `stem` mode, the words that
   *   share a Porter stem with an entry but are other words ("general" is not "generate").
   */
  constructor(
    lists: Readonly<Record<string, readonly string[]>>,
    private readonly mode: 'norm' | 'stem' = 'norm',
    private readonly except: ReadonlySet<string> = new Set(),
  ) {
    let size = 0;
    const seen = new Set<string>();
    for (const [category, phrases] of Object.entries(lists)) {
      for (const phrase of phrases) {
        const words = tokenize(phrase).map((t) => t[mode]);
        const key = words.join(' ');
        if (!words.length || seen.has(key)) continue;
        seen.add(key);
        const list = this.first.get(words[0]!) ?? [];
        list.push({ words, phrase: phrase.toLowerCase(), category });
        this.first.set(words[0]!, list);
        size++;
      }
    }
    for (const list of this.first.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.size = size;
  }

  /** The longest phrase starting at token i, if any. */
  at(tokens: readonly Token[], i: number): TokenHit | null {
    const list = this.first.get(tokens[i]![this.mode]);
    return list ? this.longest(list, tokens, i) : null;
  }

  /** The longest of the phrases `list` (those that start with token i's word) at token i. */
  private longest(list: readonly Entry[], tokens: readonly Token[], i: number): TokenHit | null {
    if (this.except.has(tokens[i]!.norm)) return null;
    outer: for (const e of list) {
      if (i + e.words.length > tokens.length) continue;
      for (let k = 1; k < e.words.length; k++)
        if (tokens[i + k]![this.mode] !== e.words[k]) continue outer;
      return { phrase: e.phrase, category: e.category, from: i, to: i + e.words.length };
    }
    return null;
  }

  /** Every non-overlapping hit, left to right. */
  find(tokens: readonly Token[]): TokenHit[] {
    const hits: TokenHit[] = [];
    const first = this.first;
    const stems = this.mode === 'stem';
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no phrase: one look-up, the phrases tried only where one may start.
      const list = first.get(stems ? tokens[i]!.stem : tokens[i]!.norm);
      if (!list) continue;
      const hit = this.longest(list, tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.to - 1;
      }
    }
    return hits;
  }
}
