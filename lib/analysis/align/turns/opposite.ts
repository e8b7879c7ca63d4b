import turns from '../../../knowledge/lexicons/turns.json';
import { COMPARATIVES } from '../../../text/comparatives';
import { stem } from '../../../text/stem';
import type { TurnedWording } from '../../../report/report';
import {
  NOT_NEGATING_NEXT,
  type Token,
  breaksAfter,
  clauseShared,
  clauseText,
  isContent,
  isGap,
  isNegator,
  negatedAnywhere,
  objectOf,
  sameWord,
  spanText,
  subjectOf,
  tokensOf,
} from './words';

// A retelling that says what its passage does not: a negation dropped or added, a change or
// comparison reversed or its two sides swapped (./other.ts: said of someone or something else).

/** Farthest a negation may stand before the word it negates. */
const NEGATION_REACH = 3;

/** The negation that bears on token `i`, if any: within reach, with only gap words between. */
function negationBefore(tokens: readonly Token[], i: number): number | null {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_REACH; k--) {
    const t = tokens[k]!;
    if (isNegator(t.word))
      return NOT_NEGATING_NEXT.has(tokens[k + 1]?.word ?? '') && k + 1 !== i ? null : k;
    if (!isGap(t)) return null;
  }
  return null;
}

/**
 * How far a shared word runs on in both sentences ("peer reviewed" in each): the last index in
 * each of the run of words with the same stems that starts at `a` and `b`.
 */
function sharedRun(
  a: readonly Token[],
  i: number,
  b: readonly Token[],
  j: number,
): [number, number] {
  let n = 0;
  while (n < 3 && a[i + n + 1] && b[j + n + 1] && a[i + n + 1]!.stem === b[j + n + 1]!.stem) n++;
  // Not ending on a word like "at" or "the": "supports audio input", not "…input at".
  while (n > 0 && !isContent(a[i + n]!)) n--;
  return [i + n, j + n];
}

/**
 * A word both say, negated in one and plainly stated in the other, which has no negation at all:
 * "does not support audio" and "supports audio". Every time the passage uses the word it must be
 * negated (or never): "rivals that do not run on phones, while it runs on a laptop" negates
 * someone else's running.
 */
export function negationTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  const claimNegates = negatedAnywhere(claim, mine);
  const passageNegates = negatedAnywhere(passage, theirs);
  if (claimNegates === passageNegates) return null;
  const [plain, negating, plainText, negatingText] = claimNegates
    ? [theirs, mine, passage, claim]
    : [mine, theirs, claim, passage];
  for (let i = 0; i < plain.length; i++) {
    if (!isContent(plain[i]!)) continue;
    const uses = negating.flatMap((t, j) => (sameWord(t, plain[i]!) ? [j] : []));
    if (!uses.length) continue;
    const negations = uses.map((j) => negationBefore(negating, j));
    if (negations.some((n) => n === null)) continue;
    const j = uses[0]!;
    if (!clauseShared(negatingText, negating, j, plain)) continue;
    const [plainEnd, negatingEnd] = sharedRun(plain, i, negating, j);
    const plainWords = spanText(plainText, plain, i, plainEnd);
    const negatingWords = spanText(negatingText, negating, negations[0]!, negatingEnd);
    return claimNegates
      ? { kind: 'negation', source: plainWords, page: negatingWords }
      : { kind: 'negation', source: negatingWords, page: plainWords };
  }
  return null;
}

/** Opposite word groups by stem: for each stem, the stems of its opposites. */
const OPPOSITES = new Map<string, Set<string>>();
for (const [up, down] of turns.entries.directions) {
  const ups = new Set(up!.map(stem));
  const downs = new Set(down!.map(stem));
  for (const s of ups) OPPOSITES.set(s, downs);
  for (const s of downs) OPPOSITES.set(s, ups);
}

/** Words that say a rise or a fall only before an amount: "dropped by a third", "cut to 200 ms". */
const WITH_FIGURE = new Map<string, string>();
for (const [side, words] of Object.entries(turns.entries.directionsWithFigure))
  for (const w of words) WITH_FIGURE.set(stem(w), stem(side));
const AMOUNT_NEXT = /^(?:by|to|from|\d[\d.,]*)$/u;
/** A token's stem, or the direction it says before an amount ("dropped by" says "fall"). */
const directionStem = (tokens: readonly Token[], k: number) => {
  const s = tokens[k]!.stem;
  const side = WITH_FIGURE.get(s);
  return side && AMOUNT_NEXT.test(tokens[k + 1]?.word ?? '') ? side : s;
};

const within = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size > 0 && [...a].every((s) => b.has(s));

/** The content stems after "than" in the clause after token `i`: what it is compared with. */
function comparedWith(text: string, tokens: readonly Token[], i: number): Set<string> | null {
  let k = i + 1;
  while (k < tokens.length && tokens[k]!.word !== 'than' && !breaksAfter(text, tokens, k - 1)) k++;
  if (tokens[k]?.word !== 'than') return null;
  const out = new Set<string>();
  for (k++; k < tokens.length && !breaksAfter(text, tokens, k - 1); k++)
    if (isContent(tokens[k]!)) out.add(tokens[k]!.stem);
  return out;
}

/**
 * Whether two comparisons are of the same pair in the same order: "higher on English than on
 * Portuguese" and "Portuguese … lower than English" compare the two the other way round, which
 * says the same.
 */
function sameOrder(
  claim: string,
  mine: readonly Token[],
  i: number,
  passage: string,
  theirs: readonly Token[],
  j: number,
) {
  const a = comparedWith(claim, mine, i);
  const b = comparedWith(passage, theirs, j);
  return !a || !b || [...a].some((s) => b.has(s));
}

/**
 * One says a change or comparison of a thing in one direction, the other in the opposite one, of
 * the same thing: "latency fell" and "latency rose", "the small model is slower" and "…faster".
 * Not "the large model is faster" for "the small model is slower": said of another thing, that is
 * the same comparison. Neither may negate anything ("did not fall" is "rose" or "stayed"), and
 * neither may say both directions.
 */
export function directionTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  if (negatedAnywhere(claim, mine) || negatedAnywhere(passage, theirs)) return null;
  const mineStems = mine.map((_, k) => directionStem(mine, k));
  const theirStems = theirs.map((_, k) => directionStem(theirs, k));
  for (let i = 0; i < mine.length; i++) {
    const opposites = OPPOSITES.get(mineStems[i]!);
    if (!opposites || theirStems.includes(mineStems[i]!) || mineStems.some((s) => opposites.has(s)))
      continue;
    const j = theirStems.findIndex((s) => opposites.has(s));
    if (j < 0) continue;
    const mineSubject = subjectOf(claim, mine, i);
    const theirSubject = subjectOf(passage, theirs, j);
    if (
      (within(mineSubject, theirSubject) || within(theirSubject, mineSubject)) &&
      sameOrder(claim, mine, i, passage, theirs, j)
    )
      return {
        kind: 'direction',
        source: theirs[j]!.word,
        page: claim.slice(mine[i]!.start, mine[i]!.end),
      };
  }
  return null;
}

const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  new Set([...a].filter((s) => !b.has(s)));

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((s) => b.has(s));

/**
 * The same comparison with its two sides swapped: "GPT-4o outperformed the small model" retold as
 * "the small model outperformed GPT-4o". What each side names apart from what both share ("model")
 * must change places. Not a passive ("was outperformed by"), which swaps them back.
 */
export function rolesTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  const at = (tokens: readonly Token[], text: string) =>
    COMPARATIVES.find(text).flatMap((hit) => {
      const k = tokens.findIndex((t) => t.start === hit.start);
      const end = tokens.findIndex((t) => t.end === hit.end);
      return k >= 0 && end >= 0 && tokens[end + 1]?.word !== 'by' ? [{ k, end }] : [];
    });
  for (const m of at(mine, claim))
    for (const t of at(theirs, passage)) {
      if (!sameWord(mine[m.k]!, theirs[t.k]!)) continue;
      const [mineSubject, mineObject] = [subjectOf(claim, mine, m.k), objectOf(claim, mine, m.end)];
      const [theirSubject, theirObject] = [
        subjectOf(passage, theirs, t.k),
        objectOf(passage, theirs, t.end),
      ];
      const a = minus(mineSubject, mineObject);
      const b = minus(mineObject, mineSubject);
      const c = minus(theirSubject, theirObject);
      const d = minus(theirObject, theirSubject);
      if (meets(a, d) && meets(b, c))
        return {
          kind: 'direction',
          source: clauseText(passage, theirs, t.k),
          page: clauseText(claim, mine, m.k),
        };
    }
  return null;
}
