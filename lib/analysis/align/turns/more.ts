import boosters from '../../../knowledge/lexicons/boosters.json';
import turns from '../../../knowledge/lexicons/turns.json';
import { PhraseMatcher } from '../../../text/phrase-matcher';
import type { TurnedWording } from '../../../report/report';
import {
  clauseShared,
  clauseSharedAt,
  isContent,
  negatedAnywhere,
  sameWord,
  type Token,
  tokensOf,
} from './words';

// A retelling that says more than its passage in degree or rank: a little made a lot, a problem
// lessened told as ended, a tie between companies made closer, a tool that helps told as acting
// alone, a place below the first made the top, a first or a record the source never claims.

const DOWNTONERS = new PhraseMatcher(turns.entries.downtoners);

const INTENSIFIERS = new Set(boosters.entries.intensity.filter((w) => !w.includes(' ')));

/** "slightly faster" retold as "dramatically faster": a downtoned word intensified. */
export function degreeTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  for (const down of DOWNTONERS.find(passage)) {
    const j = theirs.findIndex((t) => t.start > down.end);
    if (j < 0 || !isContent(theirs[j]!)) continue;
    const i = mine.findIndex(
      (t, k) => k > 0 && sameWord(t, theirs[j]!) && INTENSIFIERS.has(mine[k - 1]!.word),
    );
    if (i > 0 && clauseShared(passage, theirs, j, mine))
      return {
        kind: 'scope',
        source: passage.slice(down.start, theirs[j]!.end),
        page: claim.slice(mine[i - 1]!.start, mine[i]!.end),
      };
  }
  return null;
}

/** How closely one company is tied to another, weakest first (turns.json `ties`). */
const TIES = turns.entries.ties.map((phrases) => new PhraseMatcher(phrases));
/** How many words after a tie's phrase may name its party: "invested $10 billion in OpenAI". */
const PARTY_REACH = 5;

/**
 * The ties a text states: each one's level, the party named after its phrase (the first
 * capitalised word within PARTY_REACH) and the words from one to the other. A phrase inside a
 * longer one of another level is that one's ("owns" in "owns a stake in").
 */
function tiesIn(text: string): { level: number; party: Token; text: string }[] {
  const tokens = tokensOf(text);
  const hits = TIES.flatMap((matcher, level) => matcher.find(text).map((hit) => ({ hit, level })));
  return hits.flatMap(({ hit, level }) => {
    const inside = hits.some(
      (o) =>
        o.hit !== hit &&
        o.hit.start <= hit.start &&
        o.hit.end >= hit.end &&
        o.hit.end - o.hit.start > hit.end - hit.start,
    );
    const capitalised = (t: Token | undefined) =>
      !!t && /^\p{Lu}/u.test(text.slice(t.start, t.end));
    const first = tokens.findIndex((t) => t.start >= hit.end);
    const at = tokens.slice(first, first + PARTY_REACH).findIndex((t) => capitalised(t));
    if (inside || first < 0 || at < 0) return [];
    // The party's whole name: its capitalised words one after another ("Andon Labs").
    let last = first + at;
    while (
      capitalised(tokens[last + 1]) &&
      /^\s+$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))
    )
      last++;
    const party = tokens[first + at]!;
    return [{ level, party, text: text.slice(hit.start, tokens[last]!.end) }];
  });
}

/**
 * "collaborated with Andon Labs" retold as "acquired Andon Labs", "invested in OpenAI" as "owns
 * OpenAI": a tie with the same party made closer than any the passage states with it. Neither
 * side negates.
 */
export function tieTurned(claim: string, passage: string): TurnedWording | null {
  const theirs = tiesIn(passage);
  const ours = theirs.length ? tiesIn(claim) : [];
  if (
    !ours.length ||
    negatedAnywhere(claim, tokensOf(claim)) ||
    negatedAnywhere(passage, tokensOf(passage))
  )
    return null;
  for (const mine of ours) {
    const same = theirs.filter((t) => sameWord(t.party, mine.party));
    if (!same.length || same.some((t) => t.level >= mine.level)) continue;
    const closest = same.reduce((a, b) => (b.level > a.level ? b : a));
    return { kind: 'scope', source: closest.text, page: mine.text };
  }
  return null;
}

const AUTONOMY = new PhraseMatcher(turns.entries.autonomy);
const ASSISTANCE = new PhraseMatcher(turns.entries.assistance);

/**
 * "helps researchers explore hypotheses" retold as "explores hypotheses on its own": a system the
 * passage says helps people, or works under them, told as acting alone. The claim's autonomy is
 * not negated ("cannot do it on its own" agrees), the passage says no such thing anywhere, and its
 * clause of help is about what the claim says.
 */
export function autonomyTurned(claim: string, passage: string): TurnedWording | null {
  const alone = AUTONOMY.first(claim);
  if (!alone || AUTONOMY.test(passage)) return null;
  const mine = tokensOf(claim);
  if (negatedAnywhere(claim, mine)) return null;
  const help = ASSISTANCE.find(passage).find((hit) => clauseSharedAt(passage, hit.start, claim));
  return help ? { kind: 'scope', source: help.text, page: alone.text } : null;
}

const [LESSENING, ENDING] = turns.entries.outcomes.map((group) => new Set(group)) as [
  Set<string>,
  Set<string>,
];

/**
 * "reduced hallucinations" retold as "eliminated hallucinations": a problem lessened told as
 * ended. Neither negates ("did not eliminate" says less), and the passage ends nothing itself.
 */
export function outcomeTurned(claim: string, passage: string): TurnedWording | null {
  const mine = tokensOf(claim);
  const theirs = tokensOf(passage);
  if (negatedAnywhere(claim, mine) || negatedAnywhere(passage, theirs)) return null;
  const ended = mine.findIndex((t) => ENDING.has(t.word));
  const lessened = theirs.findIndex((t) => LESSENING.has(t.word));
  if (
    ended < 0 ||
    lessened < 0 ||
    theirs.some((t) => ENDING.has(t.word)) ||
    !clauseShared(passage, theirs, lessened, mine)
  )
    return null;
  return { kind: 'scope', source: theirs[lessened]!.word, page: mine[ended]!.word };
}

const PLACE = `(?:${turns.entries.lowerPlaces.join('|')})`;
/**
 * A place below the first: "ranks second", "came in third", "second place", "second-best",
 * "second on the leaderboard".
 */
const LOWER_PLACE = new RegExp(
  [
    String.raw`\b(?:rank(?:s|ed|ing)?|plac(?:e|es|ed|ing)|finish(?:es|ed|ing)?|c[oa]me(?:s)?|land(?:s|ed)?|sits?|sat|takes?|took)\s+(?:in\s+|at\s+)?(?:a\s+|the\s+)?${PLACE}\b`,
    String.raw`\b${PLACE}[\s-](?:place|best|highest|spot|position)\b`,
    String.raw`\b${PLACE}\s+(?:on|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:leaderboard|ranking|rankings|table|arena)\b`,
  ].join('|'),
  'iu',
);

const TOP_RANK = new PhraseMatcher(turns.entries.topRanks);

/**
 * A place below the first on a ranking ("ranks second on the leaderboard, behind GPT-5") retold
 * as the top ("tops the leaderboard"), of the same thing.
 */
export function rankTurned(claim: string, passage: string): TurnedWording | null {
  const top = TOP_RANK.first(claim);
  if (!top || TOP_RANK.test(passage)) return null;
  const place = LOWER_PLACE.exec(passage);
  if (!place) return null;
  return clauseSharedAt(passage, place.index, claim)
    ? { kind: 'scope', source: place[0], page: top.text }
    : null;
}

const NOVELTY = new PhraseMatcher(turns.entries.novelty);

const SINCE = /^\s*since\b/iu;

/**
 * A first or a record the source never claims ("set a record", "the world's first", "than any
 * other"), in this passage or anywhere else (`sourceSays`: whether the sources write a phrase).
 */
export function noveltyTurned(
  claim: string,
  passage: string,
  sourceSays: (phrase: string) => boolean,
): TurnedWording | null {
  const added = NOVELTY.first(claim);
  // A source that claims any first or record anywhere may be retold as claiming this one.
  if (!added || NOVELTY.test(passage) || turns.entries.novelty.some(sourceSays)) return null;
  // "for the first time since GPT-2" is a first only since then; and a source that writes
  // "first" anywhere ("our first open-weight models") may be retold as claiming a first.
  if (/first/iu.test(added.text) && (SINCE.test(claim.slice(added.end)) || sourceSays('first')))
    return null;
  return { kind: 'added', source: '', page: added.text };
}
