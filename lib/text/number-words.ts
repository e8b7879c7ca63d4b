// Numbers and calendar names written in words, shared by the figures read as quantities
// (align/figures.ts), the names and numbers a source mentions (align/unmentioned.ts) and what
// makes a sentence specific (claim-kind.ts).

/** Two to nine: "one" is left out, "one day" and "one model" being idioms far more than counts. */
export const ONES = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
export const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The value of each number word, "one" included for "fifty-one". */
export const WORD_VALUE = new Map<string, number>([
  ...ONES.map((w, i) => [w, i + 2] as const),
  ['one', 1],
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
]);

/** A number up to ninety-nine in words ("fifty-two", "twelve"). */
export const NUMBER_IN_WORDS = new RegExp(
  String.raw`\b(?:(?:${TENS.join('|')})(?:[- ](?:${ONES.join('|')}|one))?|${TEENS.join('|')})\b`,
  'giu',
);

/** The value of a number in words that NUMBER_IN_WORDS matched ("fifty-two": 52). */
export function numberInWordsValue(words: string): number {
  const [first, second] = words.toLowerCase().split(/[- ]/);
  return (WORD_VALUE.get(first!) ?? NaN) + (second ? (WORD_VALUE.get(second) ?? NaN) : 0);
}

/** The parts a fraction in words divides by ("a third", "three quarters"), for its share. */
const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};

/**
 * A share written in words: "half", "a third", "two-thirds", "three quarters", "one in five". Its
 * value as a percentage is what a retelling writes for it ("50%" for "half"). An ordinal alone is
 * none ("the third model", "came fourth").
 */
export const FRACTION_IN_WORDS = new RegExp(
  String.raw`\b(?:(?:a|one|${ONES.slice(0, 3).join('|')})[- ](?:${Object.keys(DENOMINATORS).join('|')})|half|one in (?:${[...ONES, 'ten'].join('|')}))\b`,
  'giu',
);

/** The percentage a fraction that FRACTION_IN_WORDS matched states, to one decimal ("a third": 33.3). */
export function fractionPercent(words: string): number {
  const w = words.toLowerCase().split(/[- ]/);
  const ratio =
    w[0] === 'one' && w[1] === 'in'
      ? 1 / (WORD_VALUE.get(w[2]!) ?? NaN)
      : (w.length > 1 ? (WORD_VALUE.get(w[0]!) ?? 1) : 1) / (DENOMINATORS[w[w.length - 1]!] ?? NaN);
  return Math.round(ratio * 1000) / 10;
}

/** Months by their first three letters, January first. */
export const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
/** Days of the week, Sunday first (Date.getUTCDay's order). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Whether a word names a month or a day of the week, in full or by its usual abbreviation. */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return (
    WEEKDAYS.includes(w) ||
    (MONTHS.includes(w.slice(0, 3)) && (w.length === 3 || w === 'sept' || MONTH_NAMES.has(w)))
  );
}
const MONTH_NAMES = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
