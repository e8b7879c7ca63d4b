import { COMMON_CAPITALS, labelsOpened } from '../kinds/specific';
import {
  FRACTION_IN_WORDS,
  fractionPercent,
  isCalendarWord,
  NUMBER_IN_WORDS,
  numberInWordsValue,
} from '../../text/number-words';
import { MONTH, monthOf } from './figures';
import { allMatches } from '../../text/all-matches';
import { isStopword } from '../../text/terms';
import { modelsMadeBy } from '../../knowledge/registry';
import { plainText } from '../../text/plain-text';

/**
 * A name a claim states: capitalised words past the first, taken together ("Gemini Ultra",
 * "GPT-5", "HuggingFace").
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*`;
const NAME = new RegExp(String.raw`(?<=\s)${NAME_WORD}(?:\s+${NAME_WORD})*`, 'gu');
/** A letter or digit: a source's words are the runs of them. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** A number, with its decimals ("0.911", "1,000"), apart from the unit or ordinal around it ("117B", "25th"). */
const NUMBER = /\p{N}+(?:[.,]\p{N}+)*/gu;

/** The numbers written in a text, as `unmentioned` names them ("0.911", "1,000", the "117" of "117B"). */
export const numbersIn = (text: string): string[] => allMatches(NUMBER, text).map((m) => m[0]);
/** Decimals up to which a source's figures are kept rounded, for a claim that rounds them. */
const MAX_DECIMALS = 3;

/**
 * A version number where one starts: whole or with one or two decimals, and no unit or letter runs
 * on from it ("Nano 3B", "gave Acme 20%" are sizes and shares, which the number check reads).
 */
const VERSION_AT =
  /\d{1,3}(?:\.\d{1,2})?(?![\p{L}\p{N}%×]|[.,]\p{N}|\s?(?:%|percent|per cent)\b)/uy;
const SPACE_THEN_DIGIT = /\s\d/g;
const NAME_CHAR = /[\p{L}\p{N}-]/u;
const LETTER = /^\p{L}/u;

/**
 * The names with a version number after them, spaced: "Cosmos 3", "Llama 4", "Gemma 3.1"; the
 * name a run of letters, digits and hyphens that starts with a letter. Found from each space before
 * a digit, back to the name and on to the number: one pattern tried at every letter of a
 * 20,000-word source took 6–9 ms (the whole index 12–16 ms, now 6–10).
 */
function versionsIn(text: string): { whole: string; name: string; version: string }[] {
  const out: { whole: string; name: string; version: string }[] = [];
  for (const m of allMatches(SPACE_THEN_DIGIT, text)) {
    let start = m.index;
    // Back over the name, a code point at a time (a letter beyond the BMP is two code units).
    for (;;) {
      const before = text.codePointAt(start - 2);
      const wide = before !== undefined && before > 0xffff;
      const char = wide ? String.fromCodePoint(before) : text.charAt(start - 1);
      if (start === 0 || !NAME_CHAR.test(char)) break;
      start -= char.length;
    }
    const name = text.slice(start, m.index);
    if (!LETTER.test(name)) continue;
    VERSION_AT.lastIndex = m.index + 1;
    const version = VERSION_AT.exec(text)?.[0];
    if (version)
      out.push({ whole: text.slice(start, m.index + 1 + version.length), name, version });
  }
  return out;
}

/**
 * A month with its year, a day between or before them or none: "June 2024", "April 28, 2025",
 * "28 April 2025", "June of 2024". Groups: the month and year, one pair or the other.
 */
const MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH})\.?(?:\s\d{1,2}(?:st|nd|rd|th)?,?)?\s(?:of\s)?((?:19|20)\d\d)(?![\p{N}])` +
    String.raw`|(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(${MONTH})\.?,?\s((?:19|20)\d\d)(?![\p{N}])`,
  'gu',
);
/** A date written as numbers, year first ("2024-06", "2024-06-01"): a source's metadata and tables. */
const ISO_MONTH = /(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-\d\d)?(?!\d)/g;
/** A month named on its own ("in April", "April 28th"). */
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}])${MONTH}(?![\p{L}])`, 'gu');
const monthKey = (year: string, month: number) => `${year}-${month}`;
/** Each date a text writes with its month and year, with both. */
function monthsOf(text: string): { written: string; year: string; month: number }[] {
  return allMatches(MONTH_YEAR, text).map((m) => {
    const [month, year] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    return { written: m[0], year, month: monthOf(month) };
  });
}

/** Round numbers in words, and the multiple an order of magnitude is. */
const ROUND_NUMBERS: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1000,
  'order of magnitude': 10,
};
const ROUND_NUMBER_IN_WORDS =
  /(?<![\p{L}])(?:an?|one)\s(dozen|hundred|thousand|order of magnitude)(?![\p{L}])/giu;
const ORDINALS = ['first', 'second', 'third', 'fourth'];
/** A quarter or half of a year in words: "third quarter", "second half". */
const QUARTER_IN_WORDS =
  /(?<![\p{L}])(?:(first|second|third|fourth)\squarter|(first|second)\shalf)(?![\p{L}])/giu;

/** A source's text made ready to be asked whether it mentions a name or a number. */
export interface MentionIndex {
  /** Its words, lowercase. */
  phrases: ReadonlySet<string>;
  /** The versions it gives each name it writes with one, by the name in lowercase ("cosmos" → 2.5, 3). */
  versions: ReadonlyMap<string, ReadonlySet<string>>;
  numbers: ReadonlySet<string>;
  /** Its numbers rounded to 0 … MAX_DECIMALS decimals ("29.6" gives "30"), by decimals. */
  rounded: readonly ReadonlySet<string>[];
  /** The months it dates with their years ("2024-6"), in its words or its dates. */
  months: ReadonlySet<string>;
  /** The months it names without a year ("in April"), by number, and the years it is dated. */
  monthsNamed: ReadonlySet<number>;
  yearsDated: ReadonlySet<string>;
}

const numberKey = (n: string) => n.replace(/,/g, '');
const decimalsOf = (n: string) => n.split('.')[1]?.length ?? 0;

/** Letters and digits among the ASCII code points; the others are asked of WORD_CHAR once each. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, cp) =>
  WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 0,
);
const wordCodePoints = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return ASCII_WORD[cp] === 1;
  let yes = wordCodePoints.get(cp);
  if (yes === undefined) wordCodePoints.set(cp, (yes = WORD_CHAR.test(String.fromCodePoint(cp))));
  return yes;
}

/**
 * The runs of letters and digits of a text (what `text.match(/[\p{L}\p{N}]+/gu)` finds), as a set,
 * read in one pass over the code points: a source of 20,000 words is a long text to run a Unicode
 * pattern over.
 */
function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.add(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.add(text.slice(start));
  return out;
}

/**
 * Reads a source's text once for `unmentioned`: then each name is a set look-up, not a scan.
 * `dates`: when it says it was published or updated ("2025-08-05"), which dates it too.
 */
export function mentionIndex(text: string, dates: readonly string[] = []): MentionIndex {
  const phrases = wordSet(text.toLowerCase());
  // "the third quarter of 2025" names the "Q3" of a retelling; "the first half", its "H1".
  for (const m of allMatches(QUARTER_IN_WORDS, text)) {
    const [ordinal, letter] = m[1] ? [m[1], 'q'] : [m[2]!, 'h'];
    phrases.add(`${letter}${ORDINALS.indexOf(ordinal.toLowerCase()) + 1}`);
  }
  const numbers = new Set(allMatches(NUMBER, text).map((m) => numberKey(m[0])));
  // "fifty-two times" gives 52 as much as "52x" does.
  for (const m of allMatches(NUMBER_IN_WORDS, text)) numbers.add(String(numberInWordsValue(m[0])));
  // "half as much" gives the 50 of "50% cheaper"; "one in five" the 20 of "20%".
  for (const m of allMatches(FRACTION_IN_WORDS, text)) numbers.add(String(fractionPercent(m[0])));
  // "a dozen", "a hundred", "an order of magnitude": counts and a multiple in words.
  for (const m of allMatches(ROUND_NUMBER_IN_WORDS, text))
    numbers.add(String(ROUND_NUMBERS[m[1]!.toLowerCase()]));
  // A score written as a share or a share as a score: "0.923" gives the 92.3 of "92.3%", and back.
  for (const n of [...numbers]) {
    const value = Number(n);
    if (!Number.isFinite(value) || decimalsOf(n) === 0) continue;
    if (value < 1 && decimalsOf(n) >= 2) numbers.add(String(Number((value * 100).toFixed(6))));
    else if (value > 1 && value < 100) numbers.add(String(Number((value / 100).toFixed(6))));
  }
  const rounded = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => {
    const set = new Set<string>();
    for (const m of numbers)
      if (decimalsOf(m) > d && Number.isFinite(Number(m))) set.add(Number(m).toFixed(d));
    return set;
  });
  const versions = new Map<string, Set<string>>();
  for (const { name, version } of versionsIn(text)) {
    const key = name.toLowerCase();
    let given = versions.get(key);
    if (!given) versions.set(key, (given = new Set()));
    given.add(version);
  }
  const months = new Set(monthsOf(text).map((m) => monthKey(m.year, m.month)));
  for (const written of [text, ...dates])
    for (const m of allMatches(ISO_MONTH, written)) months.add(monthKey(m[1]!, Number(m[2])));
  const monthsNamed = new Set(allMatches(MONTH_WORD, text).map((m) => monthOf(m[0])));
  const yearsDated = new Set(dates.flatMap((d) => /^(?:19|20)\d\d/.exec(d)?.[0] ?? []));
  return { phrases, numbers, rounded, versions, months, monthsNamed, yearsDated };
}

/**
 * The versioned names of a claim that the source gives only with other versions: "Cosmos 4" where
 * it says "Cosmos 3", "Figure 6" where it has figures 1 to 5. A name it never versions ("Jetson
 * Thor") or never names is left to the name check; years and dates are no versions. `body`: the
 * claim past its first word, which is capitalised whatever it is ("About 50 people…").
 */
function otherVersions(body: string, source: MentionIndex): string[] {
  const out: string[] = [];
  for (const { whole, name, version } of versionsIn(body)) {
    if (!/^\p{Lu}/u.test(name) || isCalendarWord(name)) continue;
    const given = source.versions.get(name.toLowerCase());
    // "Gemma 3" for the source's "Gemma 3.1" names its family.
    if (given && ![...given].some((v) => v === version || v.startsWith(`${version}.`)))
      out.push(whole);
  }
  return out;
}

/**
 * Whether the source uses a word or name: each of its words, its parts written together apart
 * ("HuggingFace" as "Hugging Face", "LMArena" as "LM Arena"), all of them run together
 * ("Hugging Face" as "HuggingFace"), or a product's name in the plural ("H100s" as "H100").
 */
export function mentions(source: MentionIndex, phrase: string): boolean {
  const has = (w: string) => source.phrases.has(w);
  // Split where a capital follows a small letter ("HuggingFace") or begins a word after an
  // acronym ("LMArena": "LM Arena").
  const words = plainText(
    phrase.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2'),
  ).split(' ');
  // Or its words as written, each ("DeepSeek V3" as "DeepSeek-V3"); or a product's name in the
  // plural, an "s" after a digit or a capital ("H100s", "GPUs" for "H100", "GPU").
  return (
    words.every(has) ||
    has(words.join('')) ||
    plainText(phrase).split(' ').every(has) ||
    (/[\p{N}\p{Lu}]s$/u.test(phrase) && mentions(source, phrase.slice(0, -1)))
  );
}

/**
 * Whether the source names a model family the named organisation makes: "OpenAI, Google and
 * Anthropic" retells "GPT-5.4, Gemini 3.1 Pro and Claude Opus" (orgs.json `models`). Not the other
 * way: a source that says "Anthropic" does not name "Claude".
 */
const namesItsModels = (source: MentionIndex, words: readonly string[]) =>
  modelsMadeBy(words.join(' ')).some((model) => mentions(source, model));

/** Whether the source gives `n` or a figure that rounds to it ("30" for "29.6", "0.9" for "0.91"). */
function givesNumber(n: string, source: MentionIndex): boolean {
  if (source.numbers.has(n)) return true;
  const d = decimalsOf(n);
  return d <= MAX_DECIMALS && source.rounded[d]!.has(Number(n).toFixed(d));
}

/**
 * The names and numbers of a claim that the source never mentions anywhere ("GPT-5", "Gemini
 * Ultra", "90%" in a post that names no rival and gives no such figure). Entities and numbers
 * decide most errors of a retelling (FEVER, Thorne et al. 2018; Kryscinski et al. 2020), and one
 * the source never uses cannot be backed by it, however much of the wording matches. A name is
 * found however it is spaced or cased ("HuggingFace", "Hugging Face"); a possessive is its name.
 */
export function unmentioned(claim: string, source: MentionIndex): string[] {
  const out = new Set<string>();
  // The first word of a sentence (past a bullet or quote) is capitalised whatever it is, so it is
  // not looked for; but a name that follows it may begin with it ("Hugging Face advocates…"), and
  // is then named whole.
  const opener = /^[^\p{L}\p{N}]*(\S+)/u.exec(claim);
  const body = opener ? claim.slice(opener[0].length) : claim;
  const first = opener?.[1] ?? '';
  const mayLead = /^\p{Lu}[\p{L}\p{N}]*$/u.test(first) && !isStopword(first);
  // Read with each label's first word as a sentence's: the same length, so the same offsets.
  const named = labelsOpened(claim).slice(claim.length - body.length);
  for (const m of allMatches(NAME, ` ${named}`)) {
    // The capitalised parts of a name ("Hugging Face-affiliated": Hugging, Face); common capitals
    // ("AI", "Blog") and calendar words ("May") name no one; a possessive is its name.
    const words = m[0]
      .replace(/['’]s\b/gu, '')
      .split(/[\s-]+/)
      .filter((w) => /^[\p{Lu}\p{N}]/u.test(w) && !COMMON_CAPITALS.has(w) && !isCalendarWord(w));
    if (words.length && !mentions(source, words.join(' ')) && !namesItsModels(source, words)) {
      const led = mayLead && m.index === 2 && body.startsWith(' ');
      out.add((led ? `${first} ${m[0]}` : m[0]).replace(/['’]s$/u, ''));
    }
  }
  const versions = otherVersions(body, source);
  for (const versioned of versions) out.add(versioned);
  const undated = undatedMonths(claim, source);
  // A number inside a version or a date named whole is named once, with it ("June 28, 2024").
  const namedWhole = new Set([...versions, ...undated].flatMap(numbersIn));
  for (const written of numbersIn(claim)) {
    const n = numberKey(written);
    if (namedWhole.has(written)) continue;
    // Single digits and years are counts and dates the wording may give another way ("two", "last year").
    if (/^\d$/.test(n) || /^(?:19|20)\d\d$/.test(n)) continue;
    if (!givesNumber(n, source)) out.add(written);
  }
  for (const date of undated) out.add(date);
  return [...out];
}

/**
 * The months with their years that a claim gives and the source never dates ("knowledge current
 * as of June 2024"), as written: the numbers' check skips a year alone, and a month alone is no
 * name. A source that names the month without its year ("on April 28th") in a year it is dated
 * or writes dates it too.
 */
function undatedMonths(claim: string, source: MentionIndex): string[] {
  return monthsOf(claim)
    .filter(
      ({ year, month }) =>
        !source.months.has(monthKey(year, month)) &&
        !(
          source.monthsNamed.has(month) &&
          (source.yearsDated.has(year) || source.numbers.has(year))
        ),
    )
    .map((m) => m.written);
}
