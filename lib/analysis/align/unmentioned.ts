import { COMMON_CAPITALS } from '../claim-kind';

/** Lowercase words and digits, spaced: "NVIDIA's Cosmos-3" → "nvidia s cosmos 3". */
const plain = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A name a claim states: a capitalised word past the first ("Gemini", "GPT-5", "HuggingFace"). */
const NAME = /(?<=\s)\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*/gu;
/** A number, with its decimals ("0.911", "1,000"), apart from the unit or ordinal around it ("117B", "25th"). */
const NUMBER = /\p{N}+(?:[.,]\p{N}+)*/gu;
/** Months and days are dates, which figures.ts compares as such; not names. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** A source's text made ready to be asked whether it mentions a name or a number. */
export interface MentionIndex {
  spaced: string;
  joined: string;
  numbers: ReadonlySet<string>;
}

const numberKey = (n: string) => n.replace(/,/g, '');

/** Whether the source gives `n` or a figure that rounds to it ("30" for "29.6", "0.9" for "0.91"). */
function givesNumber(n: string, numbers: ReadonlySet<string>): boolean {
  if (numbers.has(n)) return true;
  const value = Number(n);
  if (!Number.isFinite(value)) return false;
  const decimals = n.includes('.') ? n.split('.')[1]!.length : 0;
  for (const m of numbers) {
    const v = Number(m);
    if (
      Number.isFinite(v) &&
      v.toFixed(decimals) === value.toFixed(decimals) &&
      (m.split('.')[1]?.length ?? 0) > decimals
    )
      return true;
  }
  return false;
}

/** Reads a source's text once for `unmentioned`. */
export function mentionIndex(text: string): MentionIndex {
  const spaced = ` ${plain(text)} `;
  return {
    spaced,
    joined: spaced.replace(/ /g, ''),
    numbers: new Set([...text.matchAll(NUMBER)].map((m) => numberKey(m[0]))),
  };
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
  for (const m of claim.matchAll(NAME)) {
    const name = m[0].replace(/['’]s$/u, '');
    const p = plain(name);
    if (COMMON_CAPITALS.has(name) || name.length < 2 || CALENDAR.has(p)) continue;
    if (!source.spaced.includes(` ${p} `) && !source.joined.includes(p.replace(/ /g, '')))
      out.add(name);
  }
  for (const m of claim.matchAll(NUMBER)) {
    const n = numberKey(m[0]);
    // Single digits and years are counts and dates the wording may give another way ("two", "last year").
    if (/^\d$/.test(n) || /^(?:19|20)\d\d$/.test(n)) continue;
    if (!givesNumber(n, source.numbers)) out.add(m[0]);
  }
  return [...out];
}
