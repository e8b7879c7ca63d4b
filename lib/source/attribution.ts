import type { Article } from '../extract/article';
import { jsonLdField, jsonLdName, readByline } from '../extract/page-meta';
import { whoIsBehind, type AddressOwner } from '../knowledge/address-owner';
import { CALENDAR_WORDS, ORG_WORDS } from '../knowledge/byline-words';
import independence from '../knowledge/lexicons/independence.json';
import notNames from '../knowledge/lexicons/not-names.json';
import sourceCues from '../knowledge/source-cues.json';
import { allMatches } from '../text/all-matches';
import { quotedSpans } from '../text/quotation-marks';
import { isStopword } from '../text/terms';
import { phraseAlternatives, PhraseMatcher } from '../text/phrase-matcher';
import {
  findOrgByDomain,
  findOrgById,
  findOrgByName,
  findPlatformByName,
  findPublisher,
  findPublisherByName,
  hostIsWithin,
  isModelName,
  orgForPlatformAuthor,
  isClauseOpener,
  withoutDescriptor,
} from '../knowledge/registry';
import type { SourceInfo, Span } from '../report/report';
import { msg, type Message } from '../words/message';

/** Whom a page credits for what it restates, and the words that say so. */
export interface Credit {
  name: string;
  /** The page's sentence that credits them, or (credited by a link) "the link “…”". */
  evidence: string | Message;
  span: Span | null;
  /**
   * 'author': credited as who says or wrote it ("Hugging Face argues", "According to NVIDIA");
   * 'place': as where it appeared ("on the Hugging Face blog", "Read at …", "Source: …").
   */
  role: 'author' | 'place';
  /** A person, by the title or form of address before the name ("CEO Jensen Huang", "Dr Li Wei"). */
  person?: true;
}

const CUES = sourceCues.entries;
const alternatives = (list: string[]) =>
  phraseAlternatives(
    [...list].sort((a, b) => b.length - a.length),
    '\\s',
  );
/** Lead words ("Source:", "according to") in either case of their first letter only: the names after them stay capitalised. */
const leads = (list: string[]) =>
  alternatives(list).replace(
    /(^|\|)(\p{L})/gu,
    (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c.toLowerCase()}]`,
  );
const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?:\s\p{Lu}[\p{L}\p{N}'’&-]*){0,3}`;
/** An address as a name: "huggingface.co", "Graduationparty.com" (a capital makes it no less one). */
const DOMAIN = String.raw`[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,}`;
// The address first: read as a name, "Graduationparty.com" would credit "Graduationparty".
const WHO = `(${DOMAIN}|${NAME})`;
/**
 * Words a text holds wherever `pattern` matches in it: a text without them is not scanned with the
 * pattern, whose name part is tried at every position (the same hits, found sooner).
 */
const needs = (words: string) => new RegExp(words, 'u');
/** Ways a restatement credits its source, each with the role it gives the one it names. */
const CREDIT_PATTERNS: {
  role: Credit['role'];
  pattern: RegExp;
  known?: boolean;
  needs?: RegExp;
  /** Text that, ending just before a match, makes it no credit. */
  notAfter?: RegExp;
}[] = [
  {
    role: 'author',
    pattern: new RegExp(
      `(?:^|[^\\p{L}\\p{N}])(${NAME})\\s(?:${alternatives(CUES.creditVerbs)})\\b`,
      'gu',
    ),
    needs: needs(`(?:${alternatives(CUES.creditVerbs)})\\b`),
    // "as an engineer in Berlin suggested", "users on Reddit reported": the place says where the
    // speakers are, not who they are.
    notAfter: /(?<!\p{L})(?:in|on)$/u,
  },
  {
    role: 'author',
    pattern: new RegExp(
      `(?:^|[^\\p{L}\\p{N}])(${NAME})['’]s?\\s(?:own\\s|new\\s|latest\\s|recent\\s)?(?:${alternatives(CUES.creditNouns)})\\b`,
      'gu',
    ),
    needs: needs(`(?:${alternatives(CUES.creditNouns)})\\b`),
  },
  // "Hugging Face analysis reveals…": a name before its work, without the possessive, then a verb of crediting.
  // Only for an organisation or platform the registry knows: "Enterprise AI research shows" credits no one.
  {
    role: 'author',
    known: true,
    pattern: new RegExp(
      `(?:^|[^\\p{L}\\p{N}])(${NAME})\\s(?:${alternatives(CUES.theCreditNouns.concat(['analysis', 'research', 'study', 'report']))})\\s(?:${alternatives(CUES.creditVerbs.concat(['reveals', 'revealed']))})\\b`,
      'gu',
    ),
    needs: needs(`(?:${alternatives(CUES.creditVerbs.concat(['reveals', 'revealed']))})\\b`),
  },
  {
    role: 'author',
    pattern: new RegExp(`\\bThe (${NAME}) (?:${alternatives(CUES.theCreditNouns)})\\b`, 'gu'),
    needs: needs(`(?:${alternatives(CUES.theCreditNouns)})\\b`),
  },
  {
    role: 'author',
    pattern: new RegExp(`(?:^|[^\\p{L}])(?:${leads(CUES.authorLeads)})\\s(?:the\\s)?${WHO}`, 'gu'),
    needs: needs(`(?:${leads(CUES.authorLeads)})\\s`),
  },
  {
    role: 'place',
    pattern: new RegExp(`\\b(?:on|from|in|at) the (${NAME}) [Bb]log\\b`, 'gu'),
    needs: needs(' [Bb]log\\b'),
  },
  {
    role: 'place',
    pattern: new RegExp(`(?:^|[^\\p{L}])(?:${leads(CUES.placeLeads)})\\s*(?:the\\s)?${WHO}`, 'gu'),
    needs: needs(`(?:${leads(CUES.placeLeads)})`),
  },
  {
    role: 'place',
    pattern: new RegExp(
      `\\b(?:${alternatives(CUES.placeVerbs)})\\b[^.;:!?]{0,60}?\\b(?:on|at)\\s(?:the\\s)?${WHO}`,
      'gu',
    ),
    // "The code is released on GitHub": what a lab releases, not where the story appeared.
    notAfter: new RegExp(
      `\\b(?:${alternatives(CUES.releasedThings)})\\b(?:\\s+[\\p{L}'’]+){0,3}\\s*$`,
      'iu',
    ),
  },
  // "The full essay is available on Substack": where a piece of writing can be read. Anything
  // else available somewhere (weights, a film to rent) is no place the story appeared.
  {
    role: 'place',
    pattern: new RegExp(
      `\\b(?:${alternatives(CUES.availableWorks)})\\s(?:is|are|was|were)\\s(?:now\\s|also\\s)?available\\s(?:on|at)\\s(?:the\\s)?${WHO}`,
      'gu',
    ),
    needs: needs('available'),
  },
];
/**
 * Capitalised words that start sentences, not names: pronouns, articles and conjunctions; groups
 * of people ("Analysts said", "Researchers argue"); quantifiers ("Many said"); and the labels of
 * digest sections and share bars ("Bottom line:", "Winners:", "Read more"); what a caption or a
 * clip's headline says "shows" ("Video shows…", "Footage shows…"). Chosen here.
 */
const NOT_NAMES =
  /^(?:The|This|That|These|Those|It|He|She|They|We|I|A|An|But|And|Its|Our|Their|His|Her|Why|What|How|Share|Read|View|Bottom|Winners|Losers|Companies|Developers|Enterprises|Researchers|Engineers|Analysts|Experts|Critics|Some|Many|Most|One|Each|Video|Videos|Photo|Photos|Footage)$/;

/** Job titles and forms of address (not-names.json's titles), as a pattern's alternatives. */
const TITLES = phraseAlternatives(notNames.entries.titles, '\\s');
/**
 * A person's title before their name, perhaps after whom they work for: "CEO Jensen Huang",
 * "NVIDIA CEO Jensen Huang", "Professor Jane Doe". The name is the person's.
 */
const TITLE_BEFORE = new RegExp(String.raw`^(?:\S+\s)?(?:${TITLES})\s`, 'u');

/**
 * Whom a name owns before its possessive: "RedMonk’s Stephens", "NVIDIA's Jensen Huang". The
 * credit is the person named, as it is after a title.
 */
const OWNER_BEFORE = /^.*?['’]s\s(?=\p{Lu})/u;

/** Two names' words joined into one: "Department of State", "Center for AI Safety", "Travel & Tourism". */
const JOIN = String.raw`\s(of|for|&)\s`;
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME})${JOIN}$`, 'u');
const NAME_AFTER = new RegExp(`^${JOIN}${NAME}`, 'u');
/** The nouns that head an institution's name before "of" or "for" (source-cues.json). */
const INSTITUTION_WORDS = new Set(CUES.institutionWords);
/** Whether "of" or "for" after these words goes on with the same name ("Department of …"); "&" always does. */
const joins = (words: string, join: string) =>
  join === '&' || INSTITUTION_WORDS.has(words.slice(words.lastIndexOf(' ') + 1).toLowerCase());

/**
 * The whole of a name the credit patterns read only part of, where "of", "for" or "&" joins it:
 * "Department of State noted" credits the Department of State, not "State"; "according to the
 * Center for AI Safety", the whole name, not "Center"; "Johnson & Johnson said", the company.
 * "of" and "for" join only after an institution's noun: not a person's ("Nick of Arachnid Labs
 * says") nor a title's ("the CEO of Acme said": the person works there). A word before the name
 * that opens the sentence ("The", "After") is left out.
 */
function wholeName(text: string, at: number, name: string): { at: number; name: string } {
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  let start = at;
  let whole = name;
  if (before) {
    const words = before[1]!.split(/\s/);
    while (words.length && (NOT_NAMES.test(words[0]!) || isClauseOpener(words[0]!))) words.shift();
    const lead = words.join(' ');
    if (lead && joins(lead, before[2]!)) {
      start = at - (before[0].length - (before[1]!.length - lead.length));
      whole = text.slice(start, at) + name;
    }
  }
  const after = NAME_AFTER.exec(text.slice(at + name.length, at + name.length + 80));
  return { at: start, name: after && joins(whole, after[1]!) ? whole + after[0] : whole };
}

/** A full stop and a letter after a one-letter name: it begins an abbreviation ("U.S.", "E.U."). */
const ABBREVIATION_GOES_ON = /^\.\p{L}/u;

/**
 * Whether the page gives a name a title somewhere: before it ("CEO Jensen Huang") or ending an
 * apposition after it ("— Jensen Huang, NVIDIA CEO", "Maria Okafor, Acme's President, said").
 * Not a title that begins someone else's name ("Acme Robotics, CEO Maria Okafor said").
 */
function titledInPage(name: string, text: string): boolean {
  const who = phraseAlternatives([name], '\\s');
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${TITLES})\s(?:${who})(?![\p{L}\p{N}])` +
      String.raw`|(?<![\p{L}\p{N}])(?:${who}),\s(?:[\p{L}\p{N}'’&-]+\s){0,3}?(?:${TITLES})(?=\s*(?:[,.;:)—–]|$)|\s(?:of|at)\s)`,
    'mu',
  ).test(text);
}

/** A name and a version number just before a word: that word ends the name ("Gemini 2.5 Pro"). */
const VERSION_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}'’-]*)\s\p{N}+(?:\.\p{N}+)*\s$/u;

/** Whether a product's name and version end just before a name ("In 2025 Acme said" has none). */
function afterVersion(before: string): boolean {
  const word = VERSION_BEFORE.exec(before)?.[1];
  return !!word && !namesNoOne(word);
}

/**
 * A capitalised word that begins no one's name: a function word ("At Microsoft", "The Register"),
 * a word that opens sentences or clauses, a day or a month.
 */
const namesNoOne = (word: string) =>
  isStopword(word) ||
  NOT_NAMES.test(word) ||
  isClauseOpener(word) ||
  CALENDAR_WORDS.has(word.toLowerCase());

/** A field's value after its label's colon: a date, a number or an address ("Date: 2026-05-22"). */
const FIELD_VALUE = /^:\s*(?:\p{N}|https?:\/\/)/u;

/** "Hugging Face Blog" and "huggingface.co" both credit Hugging Face; "the OpenAI API", OpenAI. */
function creditedName(raw: string): string | null {
  const name = raw
    .trim()
    .replace(/[’']s?$/, '')
    .replace(/\s+(?:Blog|blog|Team|team|Research|Newsroom|API|APIs|SDK)$/, '')
    .replace(OWNER_BEFORE, '')
    .replace(TITLE_BEFORE, '');
  if (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(name)) {
    const publisher = findPublisher(`https://${name}/`);
    if (publisher) return publisher.name;
    const org = findOrgByDomain(`https://${name}/`);
    if (org) return org.name;
  }
  const first = name.split(/\s/)[0]!;
  // A word that opens a clause is no name alone ("If … on Medium"); before one, it is dropped.
  // Unless it begins a publisher's name: "The Verge reports…".
  if (NOT_NAMES.test(first) || CALENDAR_WORDS.has(first.toLowerCase()) || isClauseOpener(name))
    return findPublisherByName(name)?.name ?? null;
  const bare = withoutDescriptor(name);
  if (bare !== name) return creditedName(bare);
  // A model is what a page reports on, not whose words it relays ("GPT-5 shows a lead…").
  if (isModelName(name)) return null;
  const platform = findPlatformByName(name);
  const platformOrg = platform?.platformOrg ? findOrgById(platform.platformOrg) : null;
  return findOrgByName(name)?.name ?? platformOrg?.name ?? name;
}

/** Whom the page credits for its content ("Hugging Face argues…", "Source: Hugging Face Blog"). */
export function pageCredits(page: Article): readonly Credit[] {
  let credits = creditsOf.get(page);
  if (!credits) creditsOf.set(page, (credits = readCredits(page)));
  return credits;
}

/** Verbs of saying (independence.json): "launched Google Gemini" introduces no person. */
const SPEAKING = alternatives(independence.entries.reporting);
/**
 * The words before a surname: a capitalised word and any initials, the given names ("Maria",
 * "Brian K."), perhaps after a verb of saying ("said Maria").
 */
const GIVEN_BEFORE = new RegExp(
  String.raw`(?:(?:${SPEAKING}) )?(?<!\p{L})(\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}\.)*$`,
  'u',
);
const SAID_BEFORE = new RegExp(`^(?:${SPEAKING}) `, 'u');
/** A title just before the given names: "Nvidia CEO Jensen Huang", "Professor Maria Okafor". */
const TITLE_ENDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${TITLES})\s$`, 'u');
/** The words after a full name that introduce a person: a comma ("Maria Okafor, a professor") or a verb of saying. */
const PERSON_AFTER = new RegExp(`^(?:,| (?:${SPEAKING})\\b)`, 'u');

/**
 * Whether a one-word credit is a person's surname ("Okafor says …"): news writing introduces a
 * person once by their full name, with what they are or said ("said Maria Okafor", "Maria Okafor,
 * a professor", "Maria Okafor said", "CEO Maria Okafor"), then uses the surname alone. A person
 * quoted is a voice, not the page's source. Never an organisation the registry knows ("DeepMind
 * says" after "Google DeepMind"), nor a name in a heading or a menu ("Air Mozilla", on a line of
 * its own).
 */
function isPersonQuoted(name: string, text: string): boolean {
  if (/\s/.test(name) || findOrgByName(name) || findPlatformByName(name)) return false;
  // Each place the name follows a space, looked at through a window around it: a pattern over
  // the whole text would cost a 20,000-word source tens of milliseconds.
  for (let at = text.indexOf(` ${name}`); at >= 0; at = text.indexOf(` ${name}`, at + 1)) {
    const end = at + 1 + name.length;
    if (/\p{L}/u.test(text[end] ?? '')) continue;
    const before = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
    if (!before) continue;
    const given = before[1]!;
    if (namesNoOne(given)) continue;
    if (SAID_BEFORE.test(before[0]) || PERSON_AFTER.test(text.slice(end, end + 30))) return true;
    if (TITLE_ENDS.test(text.slice(Math.max(0, at - 90), at - before[0].length))) return true;
  }
  return false;
}

/** A word that is a name by its shape alone: capitals after its first letter ("NASA", "OpenAI") or a digit. */
const NAME_SHAPED = /^.+\p{Lu}|\p{N}/u;

/** Whether a letter or digit stands at `at` of the text (none does outside it). */
const wordCharAt = (text: string, at: number) => /[\p{L}\p{N}]/u.test(text[at] ?? '');

/** Whether the text writes a word all in lower case somewhere, as a whole word ("supporters"). */
function writtenInLowerCase(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1))
    if (!wordCharAt(text, at - 1) && !wordCharAt(text, at + lower.length)) return true;
  return false;
}

/**
 * Whether a word is written as a name somewhere in the text: capitalised where no sentence or line
 * starts ("told Mashable", "Sam Yagan", "the Fetch API"), after a letter, digit, comma or bracket.
 * Alone, not as the first word of a longer name: "in New York" makes no name of "New".
 */
const NAME_GOES_ON = /^[ \u00a0]\p{Lu}/u;
function writtenAsName(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (wordCharAt(text, at + word.length)) continue;
    if (NAME_GOES_ON.test(text.slice(at + word.length, at + word.length + 2))) continue;
    // Spaces, not line breaks: a word after a heading's line opens a line.
    const before = text.slice(Math.max(0, at - 20), at).replace(/[ \t\u00a0]+$/u, '');
    if (/[\p{L}\p{N},;(]$/u.test(before) && !/\p{L}$/u.test(text[at - 1] ?? '')) return true;
  }
  return false;
}

/**
 * Credits worked out once per Article: discovery, attribution and the Report each ask, and the
 * patterns run over every sentence (Articles are never changed once extracted).
 */
const creditsOf = new WeakMap<Article, readonly Credit[]>();

function readCredits(page: Article): Credit[] {
  const credits: Credit[] = [];
  const seen = new Set<string>();
  // On a blog platform the site's name is the platform's, not the page's: a post there that says
  // "Hugging Face argues…" credits the platform as any other page would.
  const onPlatform = !!whoIsBehind(page.url).platform;
  const isOwnName = (name: string) =>
    !onPlatform && ((!!page.site && same(name, page.site)) || isOnSiteOf(name)(page.url));
  const add = (
    raw: string,
    role: Credit['role'],
    evidence: Credit['evidence'],
    span: Span | null,
    known = false,
    opens = false,
  ) => {
    const name = creditedName(raw);
    // The page naming itself ("…generated by Wirely's editorial layer", "Source: Wirely") credits
    // no one else for what it says.
    if (!name || isOwnName(name)) return;
    const isKnown = !!findOrgByName(name) || !!findPlatformByName(name);
    if (known && !isKnown) return;
    // A word that opens a sentence is capitalised whatever it is ("Supporters claimed…", "Mum
    // warned…", "Be warned"): alone, it is no name where the page also writes it in lower case
    // and never capitalises it mid-sentence ("Huawei says…" stays, lower case nowhere).
    if (opens && !isKnown && !/\s/.test(name) && !NAME_SHAPED.test(name))
      if (writtenInLowerCase(name, page.text) && !writtenAsName(name, page.text)) return;
    const key = `${role} ${name.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    // A title before the name says it is a person's: one with no site of their own to link. So
    // does a title the page gives the same full name elsewhere ("— Jensen Huang, NVIDIA CEO").
    const person =
      TITLE_BEFORE.test(raw.trim().replace(OWNER_BEFORE, '')) ||
      (!isKnown && /\s/.test(name) && titledInPage(name, page.text));
    if (!isPersonQuoted(name, page.text))
      credits.push({ name, evidence, span, role, ...(person ? { person } : {}) });
  };
  /** Every credit in one text: a sentence, or a link's words. */
  const scan = (text: string, evidence: Credit['evidence'], span: Span | null) => {
    let quoted: [number, number][] | undefined;
    for (const { role, pattern, known, needs, notAfter } of CREDIT_PATTERNS) {
      if (needs && !needs.test(text)) continue;
      for (const m of allMatches(pattern, text)) {
        if (notAfter?.test(text.slice(0, m.index))) continue;
        const at = m.index + m[0].indexOf(m[1]!);
        // Words in quotation marks are someone else's, or a title ("…via Superhuman Adaptable
        // Intelligence”): what they name is not whom the page credits.
        if ((quoted ??= quotedSpans(text)).some(([from, to]) => at >= from && at < to)) continue;
        // "according to U.S. officials": the first letter of an abbreviation is no name.
        if (m[1]!.length === 1 && ABBREVIATION_GOES_ON.test(text.slice(at + 1))) continue;
        // "Source: HuggingFace Date: 2026-05-22": a word before a colon and a date, number or
        // address labels what follows ("According to the Mozilla Foundation: …" names it whole).
        const labelled = FIELD_VALUE.test(text.slice(at + m[1]!.length));
        const whole = labelled
          ? { at, name: m[1]!.replace(/\s\S+$/, '') }
          : wholeName(text, at, m[1]!);
        // "Gemini 2.5 Pro shows…", "PlayStation 4 Pro": the end of a product's versioned name.
        if (afterVersion(text.slice(0, whole.at))) continue;
        const opens = !/[\p{L}\p{N}]/u.test(text.slice(0, whole.at));
        add(whole.name, role, evidence, span, known, opens);
      }
    }
  };
  for (const s of page.sentences)
    scan(s.text, s.text, { start: s.start, end: s.end, text: s.text });
  for (const link of page.links) scan(link.text, msg('attribution.creditLink', link.text), null);
  return credits;
}

const prettySlug = (slug: string) =>
  slug
    .replace(/[-_]+/g, ' ')
    .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
    .replace(/\bAi\b/g, 'AI');

/** Whether two names are one: alike once case and punctuation go, or names of one organisation. */
const same = (a: string, b: string) => {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const orgA = findOrgByName(a);
  const orgB = findOrgByName(b);
  return key(a) === key(b) || (!!orgA && orgA === orgB);
};

/** The names in a JSON-LD author value: organisations apart from people (by @type, else as a byline reads). */
function jsonLdAuthors(value: unknown): { orgs: string[]; people: string[] } {
  const out = { orgs: [] as string[], people: [] as string[] };
  for (const item of Array.isArray(value) ? value : [value]) {
    const name = jsonLdName(item);
    if (!name) continue;
    const type =
      item && typeof item === 'object'
        ? String((item as Record<string, unknown>)['@type'] ?? '')
        : '';
    if (/Organization|Corporation|NewsMediaOrganization/.test(type)) out.orgs.push(name);
    else if (/Person/.test(type)) out.people.push(name);
    else {
      const read = readByline(name);
      if (read.kind === 'name' || findOrgByName(read.text)) out.orgs.push(read.text);
      else if (read.kind === 'people') out.people.push(read.text);
    }
  }
  return out;
}

/**
 * Who wrote a source, the organisation first: the organisation in a platform path, an
 * organisation named in its structured data or byline, the organisation whose own site it is, its
 * publisher; people named in the byline only when no organisation is known. A byline that holds a
 * date, a dateline, "Press Release" or "Share" names nobody.
 */
export function sourceAuthor(
  source: Article,
  owner: AddressOwner = whoIsBehind(source.url),
): SourceInfo['author'] {
  const found: { name: string; raw: string; why: Message }[] = [];
  const offer = (name: string | null | undefined, why: (name: string) => Message, raw = name) => {
    if (name)
      found.push({ name: findOrgByName(name)?.name ?? name, raw: raw ?? name, why: why(name) });
  };
  const onPlatform = owner.platformPost;
  if (onPlatform)
    offer(
      orgForPlatformAuthor(onPlatform.authorSlug)?.name ?? prettySlug(onPlatform.authorSlug),
      () => msg('attribution.platformPost', onPlatform.authorSlug, onPlatform.platform.name),
      onPlatform.authorSlug,
    );
  const ld = jsonLdAuthors(jsonLdField(source.meta, 'author'));
  for (const org of ld.orgs) offer(org, (n) => msg('attribution.structuredData', n));
  const byline = source.byline ? readByline(source.byline) : null;
  // A byline the registry knows names the organisation; an unknown one ("AlphaEvolve team", a list
  // of handles) comes after the organisation whose own site it is.
  const bylineOrg =
    byline && (byline.kind === 'name' || byline.kind === 'people') && findOrgByName(byline.text);
  if (bylineOrg) offer(byline.text, (n) => msg('attribution.byline', n));
  // On a platform the host is not the author: its site, publisher and name say nothing of who wrote it.
  if (!onPlatform) {
    offer(owner.org?.name, (n) => msg('attribution.orgSite', n));
    if (byline?.kind === 'name' && !bylineOrg)
      offer(byline.text, (n) => msg('attribution.byline', n));
    offer(jsonLdName(jsonLdField(source.meta, 'publisher')), (n) =>
      msg('attribution.publisher', n),
    );
    offer(owner.publisher?.name, (n) => msg('attribution.publisher', n));
  }
  if (onPlatform && byline?.kind === 'name' && !bylineOrg)
    offer(byline.text, (n) => msg('attribution.byline', n));
  for (const people of ld.people) offer(people, (n) => msg('attribution.structuredData', n));
  if (byline?.kind === 'people') offer(byline.text, (n) => msg('attribution.byline', n));
  if (!onPlatform)
    offer(source.meta.ogSiteName ?? source.site, (n) => msg('attribution.publisher', n));
  const chosen = found[0];
  if (!chosen) return null;
  // What else agrees with the choice, and the people who wrote it for the organisation.
  const evidence: Message[] = [];
  const said = new Set<string>();
  for (const f of found) {
    const people =
      ld.people.includes(f.name) || (byline?.kind === 'people' && f.name === byline.text);
    if (f !== chosen && !people && !same(f.name, chosen.name)) continue;
    // The same name twice (structured data and byline both "Acme Labs") is said once.
    const key = f.raw.toLowerCase();
    if (said.has(key)) continue;
    said.add(key);
    evidence.push(f.why);
  }
  return { name: chosen.name, messages: { evidence } };
}

/** The site that hosts a source, and whether it is a blog platform (host ≠ author). */
export function sourceHost(
  source: Article,
  owner: AddressOwner = whoIsBehind(source.url),
): SourceInfo['host'] {
  const { domain } = owner;
  return {
    name: owner.publisher?.name ?? source.site ?? domain,
    domain,
    platform: !!owner.platformPost,
  };
}

/** Every name a page may give the author: its registry name, aliases and platform handles ("Dharma", "Dharma-AI"). */
function authorNames(source: Article, author: string, owner: AddressOwner): string[] {
  const org = findOrgByName(author);
  const names = [
    author,
    ...(org
      ? [org.name, ...org.aliases, ...org.platformPaths.map((p) => p.split('/').pop()!)]
      : []),
  ];
  const onPlatform = owner.platformPost;
  if (onPlatform && same(onPlatform.authorSlug, author)) names.push(onPlatform.authorSlug);
  // The people who wrote it, by each full name: "Dan Smith writes" credits the author too.
  const people = [author, ...jsonLdAuthors(jsonLdField(source.meta, 'author')).people];
  if (source.byline && readByline(source.byline).kind === 'people')
    people.push(readByline(source.byline).text);
  for (const list of people)
    names.push(
      ...list.split(/\s*(?:,|;|&|\band\b)\s*/).filter((n) => n.includes(' ') && !findOrgByName(n)),
    );
  return [...new Set(names.filter((n) => n.length >= 2))];
}

/**
 * The page credits someone other than the source's author: both names and the evidence for each.
 * Crediting the platform that hosts the post as its author ("Hugging Face argues") is one; so is
 * crediting another as author, or the host as the place, while never naming the author. Naming
 * the platform as the place it appeared beside the right author ("Dharma AI's post on the Hugging
 * Face blog") is not, nor is quoting others on a page that names the author.
 */
export function attributionMismatch(
  page: Article,
  source: Article,
  owner: AddressOwner = whoIsBehind(source.url),
  author: SourceInfo['author'] = sourceAuthor(source, owner),
): { credited: Credit; author: NonNullable<SourceInfo['author']> } | null {
  if (!author) return null;
  const names = authorNames(source, author.name, owner);
  const all = pageCredits(page);
  const credits = all.filter((c) => !names.some((n) => same(c.name, n)));
  if (!credits.length) return null;
  // A credit of the author ("Moonshot AI unveils…" for the account "MoonshotAI") names it.
  const creditsAuthor = credits.length < all.length;
  const host = sourceHost(source, owner);
  const platformOrgId = owner.platform?.platformOrg;
  const platformOwner =
    host.platform && platformOrgId ? findOrgById(platformOrgId)?.name : undefined;
  const isHost = (c: Credit) =>
    same(c.name, host.name) || (!!platformOwner && same(c.name, platformOwner));
  const hostAsAuthor =
    host.platform && !same(host.name, author.name)
      ? credits.find((c) => c.role === 'author' && isHost(c))
      : undefined;
  if (hostAsAuthor) return { credited: hostAsAuthor, author };
  const named = new PhraseMatcher(names);
  if (
    creditsAuthor ||
    page.sentences.some((s) => named.test(s.text)) ||
    page.links.some((l) => named.test(l.text))
  )
    return null;
  // The host named as where it appeared ("Source: Hugging Face Blog") with no author named reads
  // as the host's own post; another site named as a place (GitHub, a news outlet) credits nobody.
  const credited = credits.find(isHost) ?? credits.find((c) => c.role === 'author');
  return credited ? { credited, author } : null;
}

/** Host names of addresses seen (null for one that does not parse): each link is asked once per name. */
const hosts = new Map<string, string | null>();
function hostOf(href: string): string | null {
  let host = hosts.get(href);
  if (host === undefined) {
    if (hosts.size >= 10_000) hosts.clear();
    try {
      host = new URL(href).hostname;
    } catch {
      host = null;
    }
    hosts.set(href, host);
  }
  return host;
}

/**
 * Whether an address is on the site of an organisation named `name`: its known domains, or a host
 * that spells the name. Made once per name, then asked of each link (discover.ts).
 */
export function isOnSiteOf(name: string): (href: string) => boolean {
  const org = findOrgByName(name);
  const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  // "Acme Robotics" is at acme.example: the name without its trailing organisation words
  // (bylines.json), as one whole label of the host ("Open Robotics" is not at openai.com).
  const words = name.toLowerCase().split(/\s+/);
  while (words.length > 1 && ORG_WORDS.has(words.at(-1)!)) words.pop();
  const base = words.join('').replace(/[^\p{L}\p{N}]+/gu, '');
  return (href) => {
    const host = hostOf(href);
    if (host === null) return false;
    if (org?.domains.some((d) => hostIsWithin(host, d))) return true;
    if (key.length >= 4 && host.replace(/[^a-z0-9]/g, '').includes(key)) return true;
    return (
      base !== key &&
      base.length >= 3 &&
      host.split('.').some((label) => label.replace(/-/g, '') === base)
    );
  };
}
