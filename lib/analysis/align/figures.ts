import quantities from '../../knowledge/lexicons/quantities.json';
import {
  MONTHS,
  numberInWordsValue,
  ONES,
  TEENS,
  TENS,
  WEEKDAYS,
  WORD_VALUE,
} from '../../text/number-words';
import stopwords from '../../knowledge/stopwords.json';
import { allMatches } from '../../text/all-matches';

/**
 * The figures a claim states, as quantities with a unit and, for counts, what they count: shares
 * ("30%"), ratios ("3x", "52 times lower", "1/50th the cost", "fifty-two times"), money ("$40
 * million"), counts with a magnitude ("13B", "3-billion-parameter", "20 trillion tokens"), scores
 * ("0.911", "scored 71.2"), durations ("24 hours") and dates ("April 28th", "29 April", and a
 * weekday after a dated one: "Thursday, April 24th … on Monday"). These are the numbers a
 * retelling changes. Small bare counts, years and version numbers ("GPT-4", "Llama 3.1", "7 other
 * models", "in 2025") are left out: they differ between two faithful sentences far more often
 * than they are misquoted.
 */
export interface Figure {
  /** As written in the sentence. */
  text: string;
  /** The value: a count as a number of things, a duration in seconds, a date as month × 100 + day. */
  value: number;
  unit: FigureUnit;
  /** The precision as written: 1 for "30%", 0.1 for "29.6%", 100,000 for "$40.5 million". */
  step: number;
  /** Offset of `text` in the text read. */
  start: number;
  /** Written as rounded: "roughly 50x", "about 3 billion", a fraction ("1/50th"). */
  approximate?: boolean;
  /** What a count counts, when the text says: "parameters", "tokens", "pages". */
  measures?: string;
  /** A date's year, when written. */
  year?: number;
  /**
   * A count in digits alone ("128,000 tokens"): a year or a model's number may read alike
   * ("2000 GPUs"), so whether the source gives it is the number check's (unmentioned.ts).
   */
  digitsOnly?: boolean;
}

/** Share, percentage points (a difference of shares), ratio, money, count, score, duration, date. */
export type FigureUnit =
  '%' | 'pp' | 'x' | '$' | '€' | '£' | 'count' | 'score' | 'duration' | 'date';

/** Either capitalisation of a word's first letter ("Billion" in a headline). */
const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const any = (words: readonly string[]) => words.map(cap).join('|');

const MAGNITUDE: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};
/** The units of time a duration is written in, as a pattern's alternatives (milliseconds apart). */
const DURATION_UNITS = 'second|minute|hour|day|week|month|year';
const SECONDS: Record<string, number> = {
  ms: 0.001,
  millisecond: 0.001,
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
};

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const WORDS = `(?:${any(TENS)})(?:-(?:${ONES.join('|')}|one))?|${any(TEENS)}|${any(ONES)}`;
/** A month's name as written in a date, capitalised, whole or cut short ("April", "Apr", "Sept"): a pattern's source. */
export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = `(?:${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})`;
const ORDINAL = '(?:st|nd|rd|th)?';
const phrases = (words: readonly string[]) =>
  words.map((w) => cap(w).replace(/ /g, '\\s')).join('|');
const UNIT_AFTER = String.raw`\s?(?:%|[Pp]er|[x×X](?![\p{L}])|[Tt]imes|-?fold|[TBMK](?![\p{L}])|[tbm]illion)`;

/**
 * Quantities that start with a word: a number word before a unit ("fifty-two times", "twenty
 * trillion tokens"), and a result after a verb ("scored 71.2"). Letters everywhere would make the
 * engine try every position, so the numbers' pass also finds a piece of each unit or verb
 * (`UNIT_NEEDLES`, `VERB_NEEDLES`, without the first letter, which may be a capital), and the
 * quantity is read in a window around it.
 */
const NUMBER_WORD_UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${WORDS})[\\s-]?([Pp]ercentage[\\s-]points?|[Pp]ercent|[Pp]er cent|-?fold|[Tt]imes|[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|(?:[Ss]econd|[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)s)(?![\\p{L}])`,
  'gu',
);
/** A multiple in a verb or an adverb, by the word's first four letters. */
const MULTIPLES: Record<string, number> = { doub: 2, twic: 2, halv: 2, trip: 3, quad: 4 };
const MULTIPLE_HINT = /doubl|tripl|quadrupl|halv|twice/iu;
/**
 * "doubled", "triples", "halving", "twice as fast", "twice the": a multiple, read as "2x" is (a
 * halving as "2x lower"). Not "double-digit", "doubling down" or "twice a day".
 */
const MULTIPLE_WORD =
  /(?<![\p{L}])(doubl(?:ed|es|ing)|tripl(?:ed|es|ing)|quadrupl(?:ed|es|ing)|halv(?:ed|es|ing)|twice(?=\s+(?:as|the)\s))(?![\p{L}-])(?!\s+down\b)/giu;

/** Half of a unit of time: "half a second", "half an hour". */
const HALF_A_UNIT = new RegExp(
  `(?<![\\p{L}])[Hh]alf\\san?\\s(${DURATION_UNITS})(?![\\p{L}])`,
  'gu',
);
/** A duration's unit after a number word ("two days", "three weeks"), singular. */
const WORD_DURATION = new RegExp(`^(${DURATION_UNITS})s$`, 'i');
const UNIT_NEEDLES = [
  'ercent',
  'er cent',
  'fold',
  'imes',
  'illion',
  'housand',
  // "two days", "three weeks": the durations a number word gives (no number word is singular).
  'econds',
  'inutes',
  'ours',
  'ays',
  'eeks',
  'onths',
  'ears',
];
const SCORE_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?:${phrases(quantities.scoreVerbs)})\s(?:(?:of|at|an?)\s)?(${NUM})(?![\d.,]|${UNIT_AFTER})`,
  'gu',
);
const VERB_NEEDLES = [
  ...new Set(quantities.scoreVerbs.map((v) => v.slice(1, 6).replace(/ /g, '\\s'))),
];
/** 1: a unit after a number word, 2: a verb before a score. A pass of its own: letters in the numbers' pass slow it down on every text. */
const NEEDLES = new RegExp(`(${UNIT_NEEDLES.join('|')})|(${VERB_NEEDLES.join('|')})`, 'g');
/** How a number word ends, before its unit ("two times", "fifty-two percent", "threefold", "twenty Times"). */
const NUMBER_WORD_END = /(?:ty|wo|ree|our|ive|ix|ven|ght|ine|ten|lve|een)[\s-]?[A-Za-z]{0,2}$/;
// Every alternative starts at a digit or a currency sign, or is a literal piece of a word, so the
// engine skips the letters between numbers cheaply; a month before a number is looked behind for
// once the number is found. The first lookbehind keeps numbers inside words
// and names out ("GPT-4", "H100x", "OCR2", "Qwen2.5-VL-3B").
const NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/]|\p{L}-)(?:` +
    // 1-3 money: "$40 million", "€2.5bn", "$13B"
    String.raw`([$€£])\s?(${NUM})(?:\s?([Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|bn|tn|[mkbtMKBT])(?![\p{L}]))?` +
    // 4 a fraction of one: "1/50th"
    String.raw`|1\s?\/\s?(${NUM})${ORDINAL}(?![\p{N}])` +
    // 5 a number, read once, and what follows it (the lookbehinds below re-read only the number
    // just read, so what the linter fears, backtracking over a long run of digits, is bounded):
    // eslint-disable-next-line regexp/no-super-linear-backtracking
    String.raw`|(${NUM})(?:` +
    // 6 a score: "0.911"
    String.raw`(?<=(?<![\p{N}.,])0\.\d{2,})()(?![\d%])` +
    // 7-8 a date, month first (a letter, a space and one or two digits are checked first: cheap): "April 28th", "Apr. 28, 2025"
    String.raw`|(?<=[\p{L}.]\s\d{1,2})(?<=(?<![\p{L}])(${MONTH})\.?\s\d{1,2})${ORDINAL}(?![\p{N}\p{L}])(?:,?\s(\d{4})(?![\p{N}]))?` +
    // Nothing else follows a number but a space, a hyphen, a sign or a letter: most numbers stop here.
    String.raw`|(?=[\s\-%×\p{L}])(?:` +
    // 9 a share, a difference of shares or a ratio: "30%", "29.6 percent", "8 percentage points", "5pp", "3x", "3-fold", "52 times"
    String.raw`[\s-]?(%|[Pp]ercentage[\s-]points?(?![\p{L}])|pp(?![\p{L}])|[Pp]ercent(?![\p{L}])|[Pp]er cent(?![\p{L}])|[x×X](?![\p{L}\p{N}])|-?fold(?![\p{L}])|[Tt]imes(?![\p{L}]))` +
    // 10-11 a magnitude: "13B", "1.3 billion", "3-billion-parameter"
    String.raw`|(?:([TBMKkb])|[\s-]([Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand))(?![\p{L}\p{N}])` +
    // 12 a duration: "24 hours"
    String.raw`|[\s-]?(ms|millisecond|${DURATION_UNITS})s?(?![\p{L}])` +
    // 13-14 a date, day first: "29 April", "28th of April 2025"
    String.raw`|(?<=(?<![\p{N}.,])\d{1,2})${ORDINAL}\s(?:of\s)?(${MONTH})\.?(?![\p{L}])(?:,?\s(\d{4})(?![\p{N}]))?` +
    // 15 a count of a thousand or more before a word, in digits alone ("128,000 tokens", "1200
    // GPUs"), not a year ("2025 models")
    String.raw`|(?<=(?<![\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d{4,}))(?<!(?<![\p{N}.,])(?:19|20)\d\d)()(?=[\s-]\p{L})` +
    ')))',
  'gu',
);
// The literal first: a lookbehind first would be tried at every position of the text.
const WEEKDAY_WORD = new RegExp(`(?:${WEEKDAY})(?![\\p{L}])`, 'gu');
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${WEEKDAY}),?\\s(?:the\\s)?$`, 'u');
const APPROXIMATE = new RegExp(`(?:^|[^\\p{L}])(?:${phrases(quantities.approximate)})\\s*$`, 'u');
const MEASURE = new Map(
  Object.entries(quantities.measures).flatMap(([kind, nouns]) =>
    nouns.map((n) => [n, kind] as const),
  ),
);
const COUNT_ADJECTIVES = new Set(quantities.countAdjectives);
/**
 * The accelerators a model runs on ("GPU", "H100s", "TPUs": quantities.json `gpus`, `tpus`), as a
 * pattern of their singular names in lower and upper case, an "s" after.
 */
const DEVICE_NAMES = [
  ...new Set(
    [...quantities.measures.gpus, ...quantities.measures.tpus].map((d) => d.replace(/s$/u, '')),
  ),
].flatMap((d) => [d, d.toUpperCase()]);
/** The words that may stand between a count and its accelerator: a size, a maker's name, a kind. */
const DEVICE_WORD = String.raw`(?:\p{N}[\p{L}\p{N}]*|\p{Lu}[\p{L}\p{N}]*|consumer|gaming|high-end|data-?cent(?:er|re)|dedicated|local)`;
/**
 * A small count of accelerators: "a single 80GB GPU", "one H100", "eight NVIDIA GPUs", "8 TPUs",
 * with up to two words between that name a size, a maker or a kind ("one of the GPUs", "$2 per
 * GPU", "the larger one needs eight GPUs" count only what they should). Small counts are left out
 * elsewhere (`figuresOf`), but how many GPUs a model needs is the claim a retelling changes ("runs
 * on one GPU" against "a cluster of eight"). Case-sensitive: a capital in DEVICE_WORD is a name's.
 */
const DEVICE_COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,-])([Aa]\s+single|[Ss]ingle|[Oo]ne|${WORDS}|\d{1,3})(?:[\s-]+${DEVICE_WORD}){0,2}?[\s-]+((?:${DEVICE_NAMES.join('|')})s?)(?![\p{L}\p{N}])`,
  'gu',
);
const DEVICE_HINT = /GPU|TPU|[AHB][1-9]00/iu;
const STOPWORDS = new Set(stopwords.entries);
const NEXT_WORDS = /^[\s-]+(\p{L}[\p{L}\p{N}]*)(?:[\s-]+(\p{L}[\p{L}\p{N}]*))?/u;

/**
 * A number as written ("1,200", "29.6"; "29,6" is a decimal comma, as in much of Europe; "fifty-two")
 * times its magnitude, with the precision it is written to ("fifty" is written to the ten).
 */
export function parseNumber(digits: string, magnitude = 1): { value: number; step: number } {
  const word = digits.toLowerCase();
  if (/^\p{L}/u.test(word)) {
    const [tens, ones] = word.split('-');
    const value = (WORD_VALUE.get(tens!) ?? NaN) + (ones ? (WORD_VALUE.get(ones) ?? NaN) : 0);
    return { value: value * magnitude, step: (!ones && TENS.includes(tens!) ? 10 : 1) * magnitude };
  }
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(digits)
    ? digits.replace(/,/g, '')
    : digits.replace(',', '.');
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  return { value: Number(plain) * magnitude, step: magnitude / 10 ** decimals };
}

/** A currency's code or name just before or after a sum ("USD 2.5 million", "2.5M US dollars"). */
const CURRENCY_BEFORE = /(?:^|[^\p{L}])(USD|US\$|EUR|GBP)\s?$/u;
const CURRENCY_AFTER = /^\s?(USD|EUR|GBP|(?:US\s)?dollars?|euros?|pounds\ssterling)(?![\p{L}])/iu;
const CURRENCY_UNIT: Record<string, Figure['unit']> = { usd: '$', us$: '$', eur: '€', gbp: '£' };
const currencyUnit = (written: string): Figure['unit'] => {
  const w = written.toLowerCase();
  return CURRENCY_UNIT[w] ?? (/dollar/.test(w) ? '$' : /euro/.test(w) ? '€' : '£');
};

/**
 * What a number written from `start` to `end` of the text sizes: a sum of money when a currency's
 * code or name stands beside it ("2.5M USD" is "$2.5 million"), else a count of the noun after it.
 */
function sizeOf(text: string, start: number, end: number): Pick<Figure, 'unit' | 'measures'> {
  const money =
    CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 5), start)) ??
    CURRENCY_AFTER.exec(text.slice(end, end + 20));
  if (money) return { unit: currencyUnit(money[1]!) };
  const measures = measuredBy(text.slice(end, end + 40));
  return { unit: 'count', ...(measures ? { measures } : {}) };
}

/** What the words after a count say it counts: "parameters" for "model" or "params", else a plural noun. */
function measuredBy(after: string): string | undefined {
  const words = NEXT_WORDS.exec(after);
  if (!words) return undefined;
  let noun = words[1]!.toLowerCase();
  if (COUNT_ADJECTIVES.has(noun) && words[2]) noun = words[2].toLowerCase();
  const kind = MEASURE.get(noun);
  if (kind) return kind;
  // A plural noun names what is counted ("pages", "users"); a verb or a function word does not.
  return noun.length > 3 && noun.endsWith('s') && !noun.endsWith('ss') && !STOPWORDS.has(noun)
    ? noun
    : undefined;
}

/** A month's number, January 1, from its name as a date writes it ("April", "Sept"). */
export const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const weekdayOf = (name: string) => WEEKDAYS.indexOf(name.toLowerCase());
/** Days since an epoch of a day and month, in `year` or, unknown, a common year. */
const dayNumber = (month: number, day: number, year = 2001) =>
  Date.UTC(year, month - 1, day) / 86_400_000;

/** A dated day whose weekday is known: later dates and weekdays of the text are read from it. */
interface Anchor {
  day: number;
  weekday: number;
  year?: number;
}

/** The unit a share's or ratio's word gives: "percent" a share, "percentage points" a difference of shares, "times" a ratio. */
const shareOrRatio = (unit: string): Figure['unit'] =>
  /^(?:percentage|pp)/iu.test(unit) ? 'pp' : /^(?:%|per)/iu.test(unit) ? '%' : 'x';

/** A figure read, before dates are set against each other: a date keeps its weekday, a weekday has no date yet. */
type Read = Figure & { weekday?: string; bareWeekday?: boolean };

/**
 * Reads every figure of `text`, in order. Linear in the text: one pass, and, only when the text
 * gives a date, one more for weekdays.
 */
export function figuresOf(text: string): Figure[] {
  const read: Read[] = [];
  const seen = new Set<number>();
  const push = (
    start: number,
    written: string,
    f: Omit<Figure, 'start' | 'text'>,
    extra: Partial<Read> = {},
  ) => {
    // A score after a verb is found twice ("scored 0.911"): once is enough.
    if (!Number.isFinite(f.value) || seen.has(start)) return;
    seen.add(start);
    const approximate =
      f.approximate || APPROXIMATE.test(text.slice(Math.max(0, start - 16), start));
    read.push({
      text: written,
      start,
      ...f,
      ...(approximate ? { approximate: true } : {}),
      ...extra,
    });
  };
  let dated = false;
  for (const m of allMatches(NUMERIC, text)) {
    const start = m.index;
    if (m[1])
      push(start, m[0], {
        unit: m[1] as Figure['unit'],
        ...parseNumber(m[2]!, MAGNITUDE[m[3]?.toLowerCase() ?? ''] ?? 1),
      });
    else if (m[4]) push(start, m[0], { unit: 'x', ...parseNumber(m[4]), approximate: true });
    else if (m[6] !== undefined) push(start, m[0], { unit: 'score', ...parseNumber(m[5]!) });
    else if (m[9]) push(start, m[0], { unit: shareOrRatio(m[9]), ...parseNumber(m[5]!) });
    else if (m[10] || m[11] || m[15] !== undefined) {
      const magnitude = m[10] || m[11] ? MAGNITUDE[(m[10] ?? m[11]!).toLowerCase()] : 1;
      push(start, m[0], {
        ...sizeOf(text, start, start + m[0].length),
        ...parseNumber(m[5]!, magnitude),
        ...(m[15] !== undefined ? { digitsOnly: true } : {}),
      });
    } else if (m[12])
      push(start, m[0], { unit: 'duration', ...parseNumber(m[5]!, SECONDS[m[12]]) });
    else if (m[13] || m[7]) {
      const [month, year] = m[13] ? [m[13], m[14]] : [m[7]!, m[8]];
      // The weekday written before: "Monday, April 28" is one date.
      const dateStart = m[13] ? start : text.lastIndexOf(month, start);
      const before = Math.max(0, dateStart - 14);
      const weekday = WEEKDAY_BEFORE.exec(text.slice(before, dateStart));
      const from = weekday ? before + weekday.index : dateStart;
      const date = {
        unit: 'date' as const,
        value: monthOf(month) * 100 + parseInt(m[5]!, 10),
        step: 1,
        ...(year ? { year: Number(year) } : {}),
      };
      // A full stop after a month's whole name ends the sentence; after "Apr" it is the month's.
      const written = text.slice(from, start + m[0].length).replace(/(\p{L}{4,})\.$/u, '$1');
      push(from, written, date, weekday ? { weekday: weekday[1]! } : {});
      dated = true;
    }
  }
  for (const m of allMatches(NEEDLES, text)) {
    const start = m.index;
    if (m[1]) {
      // Most units follow no number word: look for its last letters first, cheaply.
      if (!NUMBER_WORD_END.test(text.slice(Math.max(0, start - 6), start))) continue;
      const w = near(text, start, NUMBER_WORD_UNIT, 24, 16);
      if (!w) continue;
      const duration = WORD_DURATION.exec(w[2]!);
      if (duration) {
        push(w.index!, w[0], {
          unit: 'duration',
          ...parseNumber(w[1]!, SECONDS[duration[1]!.toLowerCase()]),
        });
        continue;
      }
      const magnitude = MAGNITUDE[w[2]!.toLowerCase()];
      if (magnitude)
        push(w.index!, w[0], {
          ...sizeOf(text, w.index!, w.index! + w[0].length),
          ...parseNumber(w[1]!, magnitude),
        });
      else push(w.index!, w[0], { unit: shareOrRatio(w[2]!), ...parseNumber(w[1]!) });
    } else {
      if (!/\d/.test(text.slice(start, start + 24))) continue;
      const w = near(text, start, SCORE_VERB, 2, 40);
      if (w)
        push(w.index! + w[0].length - w[1]!.length, w[1]!, {
          unit: 'score',
          ...parseNumber(w[1]!),
        });
    }
  }
  // "doubled", "tripled", "halved", "twice as fast": a multiple in a word, as "2x" is.
  if (MULTIPLE_HINT.test(text))
    for (const m of allMatches(MULTIPLE_WORD, text))
      // Exact as a word is: "doubled" is 2.0, not anything that rounds to 2 (a 71% gain).
      push(m.index, m[0], {
        unit: 'x',
        value: MULTIPLES[m[1]!.toLowerCase().slice(0, 4)]!,
        step: 0.1,
      });
  // "a single GPU", "eight H100s": a count of accelerators, however small.
  if (DEVICE_HINT.test(text))
    for (const m of allMatches(DEVICE_COUNT, text)) {
      const count = m[1]!.toLowerCase();
      push(m.index, m[0], {
        unit: 'count',
        value: /single/.test(count)
          ? 1
          : /\d/.test(count)
            ? Number(count)
            : numberInWordsValue(count),
        step: 1,
        measures: MEASURE.get(m[2]!.toLowerCase())!,
      });
    }
  // "half a second": a duration, as "0.5 seconds" or "500 ms" are.
  if (/half an?\s/iu.test(text))
    for (const m of allMatches(HALF_A_UNIT, text)) {
      // Written to a tenth of its unit: "half an hour" is 30 minutes, give or take three.
      const unit = SECONDS[m[1]!.toLowerCase()]!;
      push(m.index, m[0], { unit: 'duration', value: unit / 2, step: unit / 10 });
    }
  if (dated) {
    for (const m of allMatches(WEEKDAY_WORD, text)) {
      if (m.index > 0 && /\p{L}/u.test(text[m.index - 1]!)) continue;
      read.push({
        text: m[0],
        start: m.index,
        unit: 'date',
        value: NaN,
        step: 1,
        weekday: m[0],
        bareWeekday: true,
      });
    }
  }
  read.sort((a, b) => a.start - b.start);
  return dated ? datesResolved(read) : read;
}

/**
 * The match of `pattern` (global) that holds the place `at` of `text`, read in a window from
 * `before` characters before it to `after` after; its index is into `text`.
 */
function near(
  text: string,
  at: number,
  pattern: RegExp,
  before: number,
  after: number,
): RegExpMatchArray | undefined {
  const from = Math.max(0, at - before);
  for (const m of allMatches(pattern, text.slice(from, at + after))) {
    // No word cut by the window's start.
    if (
      m.index + m[0].length <= at - from ||
      m.index > at - from ||
      (m.index === 0 && from > 0 && /\p{L}/u.test(text[from - 1]!))
    )
      continue;
    m.index += from;
    return m;
  }
  return undefined;
}

/**
 * Sets the text's dates against each other, in order: a weekday written alone ("on Monday") is the
 * first such day on or after the last date whose weekday is known ("Friday, April 25th"); it is
 * dropped when there is none, and when it is part of a date ("Monday, April 28").
 */
function datesResolved(read: Read[]): Figure[] {
  const out: Figure[] = [];
  let anchor: Anchor | undefined;
  let dateFrom = -1;
  for (const { weekday, bareWeekday, ...f } of read) {
    if (f.unit !== 'date') out.push(f);
    else if (!bareWeekday) {
      anchor = dateAnchor(Math.floor(f.value / 100), f.value % 100, weekday, f.year, anchor);
      dateFrom = f.start;
      out.push(f);
    } else if (anchor && f.start !== dateFrom) {
      const date = new Date(
        (anchor.day + ((weekdayOf(weekday!) - anchor.weekday + 7) % 7)) * 86_400_000,
      );
      out.push({
        ...f,
        value: (date.getUTCMonth() + 1) * 100 + date.getUTCDate(),
        ...(anchor.year ? { year: anchor.year } : {}),
      });
    }
  }
  return out;
}

/**
 * The text's new anchor after a date: the date with its weekday when written or worked out from its
 * year, else from the previous anchor (a later day of the same year); else the old anchor stays.
 */
function dateAnchor(
  month: number,
  day: number,
  weekdayName: string | undefined,
  year: number | undefined,
  previous?: Anchor,
): Anchor | undefined {
  const n = dayNumber(month, day, year ?? previous?.year);
  if (weekdayName) return { day: n, weekday: weekdayOf(weekdayName), year: year ?? previous?.year };
  if (year) return { day: n, weekday: new Date(n * 86_400_000).getUTCDay(), year };
  if (previous && n >= previous.day)
    return { day: n, weekday: (previous.weekday + n - previous.day) % 7, year: previous.year };
  return previous;
}

/** Whether two figures measure the same thing: one unit, and for counts the same noun when both say. */
export function comparable(a: Figure, b: Figure): boolean {
  return (
    a.unit === b.unit &&
    (a.unit !== 'count' || !a.measures || !b.measures || a.measures === b.measures)
  );
}

/**
 * Whether a retelling's figure states the source's: the same quantity, and the source's value
 * rounded as the retelling writes it ("30%" for "29.6%"; not "29.6%" for "30%"), or near it when
 * either is written as rounded ("roughly 50x" or "1/50th" for "52x"); or a multiple for a share of
 * change, or back (`sameChange`: "2.5 times faster" for "150% faster"). Ratios are compared by
 * size, not direction: "52x lower" and "1/50th the cost" both say fifty.
 */
export function sameFigure(retold: Figure, source: Figure): boolean {
  if (!comparable(retold, source)) return sameChange(retold, source);
  if (retold.unit === 'date')
    return (
      retold.value === source.value && (!retold.year || !source.year || retold.year === source.year)
    );
  if (roundsTo(retold, source.value)) return true;
  return (
    (retold.approximate || source.approximate) === true &&
    Math.abs(retold.value - source.value) <=
      Math.abs(source.value) * quantities.approximateTolerance
  );
}

/**
 * Whether a retold multiple states the source's share of change, or a retold share the source's
 * multiple: "2.5 times faster" for "150% faster", "3x cheaper" or "a third of the cost" for "67%
 * less", "50% cheaper" for "2x cheaper". A multiple says a rise (1 + share) or a fall (1 / (1 -
 * share)); either is read, as `sameFigure` reads ratios by size, not direction.
 */
export function sameChange(retold: Figure, source: Figure): boolean {
  if (retold.unit === 'x' && source.unit === '%') {
    const share = source.value / 100;
    return roundsTo(retold, 1 + share) || (share < 1 && roundsTo(retold, 1 / (1 - share)));
  }
  if (retold.unit === '%' && source.unit === 'x') {
    const ratio = source.value;
    return (
      roundsTo(retold, (ratio - 1) * 100) || (ratio > 1 && roundsTo(retold, (1 - 1 / ratio) * 100))
    );
  }
  return false;
}

/** Whether `value`, rounded as the retold figure is written, is that figure. */
export function roundsTo(retold: Pick<Figure, 'value' | 'step'>, value: number): boolean {
  const rounded = Math.round(value / retold.step) * retold.step;
  // Relative tolerance: steps such as 0.1 are not exact in binary.
  return Math.abs(rounded - retold.value) <= 1e-9 * Math.max(1, Math.abs(retold.value));
}

/**
 * Whether a retold share or multiple is worked out from two of the source's figures of one unit:
 * "error fell from 10% to 5%" retold as "a 50% drop", "5%" or "5 percentage points" (points) or
 * "2x fewer errors";
 * "$10 million to $30 million" as "3x" or "200% more"; scores 0.793 and 0.921 as "a 16% gain".
 */
export function derivedFigure(retold: Figure, source: readonly Figure[]): boolean {
  if (retold.unit !== '%' && retold.unit !== 'pp' && retold.unit !== 'x') return false;
  for (const a of source) {
    for (const b of source) {
      if (a === b || a.unit !== b.unit || a.unit === 'date' || !a.value || !b.value) continue;
      const [low, high] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
      const candidates =
        retold.unit === 'pp'
          ? a.unit === '%'
            ? [high - low]
            : []
          : retold.unit === '%'
            ? [
                ((high - low) / high) * 100,
                ((high - low) / low) * 100,
                ...(a.unit === '%' ? [high - low] : []),
              ]
            : [high / low];
      if (candidates.some((v) => roundsTo(retold, v))) return true;
    }
  }
  return false;
}
