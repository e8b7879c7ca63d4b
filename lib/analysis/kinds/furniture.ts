import { CALENDAR_WORDS } from '../../knowledge/byline-words';
import furniture from '../../knowledge/lexicons/furniture.json';
import { MONTHS, WEEKDAYS } from '../../text/number-words';
import { lexiconPhrases, PhraseMatcher } from '../../text/phrase-matcher';
import { asksReaderToAct } from '../calls-to-action';

// Page furniture (claim-kind.ts): the page's template and notes on itself, bylines, datelines,
// credits, references, greetings, signposts and headings.

/**
 * Page furniture's phrases. Newsletter text, a digest's note about itself and a picture's credit
 * are furniture wherever they stand; labels and notices only where they stand as such.
 */
const FURNITURE = new PhraseMatcher(lexiconPhrases(furniture.entries));
/**
 * Link and byline labels ("more from", "most popular", "written by", "min read"): furniture where a
 * label starts (the sentence's start, or after a separator: "… · written by Jane Doe", "[originally
 * published in 1966]") or in a short sentence ("Story written by Jane Doe"). Inside a longer
 * sentence they are ordinary words: "smaller models benefit more from alignment", "a transcript
 * reviewed by Business Insider", "the most popular version of zlib".
 */
const LABELS = new Set([...furniture.entries.navigation, ...furniture.entries.byline]);
/**
 * The site's notices ("cookies", "terms of service", "sign up", "subscribe"): furniture where a
 * label starts, or where the site speaks in them ("We use cookies to…", "…you agree to our terms
 * of service"). Else they are what a story is about: "Anthropic changed its consumer terms of
 * service to train on user chats", "developers can sign up for the waitlist".
 */
const NOTICES = new Set([...furniture.entries.legal, ...furniture.entries.signup]);
/**
 * The phrases whose line leads into a list of the page's own (list-items.ts): "More from the
 * blog", "Related articles", "Subscribe to get:", "Forward-looking statements". Not a byline's,
 * a caption's, nor a greeting.
 */
export const LIST_LEAD_PHRASES: ReadonlySet<string> = new Set(
  (['navigation', 'newsletter', 'signup', 'legal', 'self', 'boilerplate'] as const).flatMap(
    (group) => furniture.entries[group],
  ),
);
/**
 * Longest sentence in which a label phrase in its middle still marks furniture. In Readability's
 * test corpus (../shared/realpages) the sentences with one of these phrases in the middle were
 * furniture up to 8 words ("Internet-Draft remoteStorage December 2014 Table of Contents 1.") and
 * claims from 16 ("…a transcript reviewed by Business Insider.", 18); 12 lies between.
 */
const MAX_LABEL_WORDS = 12;
/** Only marks and spaces before it, or a separator just before it: where a label starts. */
const LABEL_START = /(?:^[^\p{L}\p{N}]*|[|·•:([—–]\s*)$/u;
/** The site speaking: first person plural or "this site", outside a quotation (a company's "we"). */
const SITE_VOICE = /\b(?:we|our|us|this (?:site|website|blog|newsletter))\b/iu;
const QUOTED = /["“”]/u;
/**
 * A name after a byline phrase, and nothing of a sentence after it ("written by Jane Doe", "by the
 * Tech Desk.", "by Jane Doe and Sam Roe"): inside a short sentence, "by" and a lower-case word is
 * the agent of a claim ("gains were posted by every model", "reviewed by three experts"), and so
 * is a name the sentence goes on from ("reviewed by Stanford researchers").
 */
const NAME_NEXT =
  /^\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:$|[.,;:|·—–(]|(?:and|&|with|for)\s)/u;
/** The furniture phrase that makes a sentence (`words` long) furniture, if any. */
function furnitureIn(text: string, words: number) {
  const asLabel = (start: number, end: number, phrase: string) =>
    LABEL_START.test(text.slice(0, start)) ||
    (words <= MAX_LABEL_WORDS && (!phrase.endsWith(' by') || NAME_NEXT.test(text.slice(end))));
  return FURNITURE.find(text).find((h) =>
    LABELS.has(h.phrase)
      ? asLabel(h.start, h.end, h.phrase)
      : NOTICES.has(h.phrase)
        ? asLabel(h.start, h.end, h.phrase) || (SITE_VOICE.test(text) && !QUOTED.test(text))
        : true,
  );
}
/**
 * "Here's what was announced…", "Let's break down…", "In this article, we examine…", "This guide
 * covers…": the writer announcing what comes next (Hyland 2005's frame markers), which says
 * nothing of the story itself. The page's own article only with "we", "I" or "you" after it: "In
 * this article, NVIDIA says…" may name the source's.
 */
const SIGNPOST = new RegExp(
  [
    String.raw`^(?:let['’]s|let us|here['’]s (?:what|how|why)|here is (?:what|how|why))\b`,
    String.raw`^in this (?:article|guide|piece|explainer|deep dive),?\s+(?:we|I|you)\b`,
    // The page on itself, also a digest's or a documentation site's ("Every Sunday, this digest
    // pulls together…", "This first edition covers…", "This document describes…"): one of its own
    // nouns, then what it does for the reader.
    String.raw`^(?:(?:every|each)\s+\p{L}+,?\s+|today,?\s+)?this\s+(?:(?:first|latest|new|weekly|daily|monthly)\s+)?(?:article|guide|piece|explainer|digest|newsletter|roundup|round-up|column|edition|publication|section|document|page|overview)\s+(?:explores|covers|examines|looks at|breaks down|walks you through|separates|curates|pulls together|rounds up|gathers|collects|summari[sz]es|distills|treats|provides|describes|documents|explains|introduces|outlines)\b`,
    // A documentation site's pointer to another page: "For details on setup, see Installation."
    String.raw`^for (?:[\p{L}-]+\s+){0,2}?(?:information|details|specifics|instructions|guidance|documentation)\b[^.!?]*,\s*see\b`,
    // "Here's a quick look at…", "Here's our rundown of…": what comes next, as a frame marker.
    String.raw`^here['’]s (?:a|an|our) (?:[\p{L}-]+\s+){0,2}?(?:look|rundown|breakdown|recap|roundup|round-up|summary|overview|primer)\b`,
    // "In the links section you'll find…", "You'll find the full list below.": where on the page.
    String.raw`\byou(?:['’]ll| will) find\b[^.!?]*\b(?:below|section|this (?:issue|edition|newsletter))\b`,
    String.raw`\b(?:below|section),? you(?:['’]ll| will) find\b`,
  ].join('|'),
  'iu',
);
/**
 * "Happy Monday, everyone!", "Hello, readers!", "Welcome back.", "Good morning, AI fans.": a
 * newsletter's salutation, which says nothing of the story; chosen here from the openers of AI
 * newsletters among the workplace's stored pages (beehiiv, substack.com). Short; "happy" only
 * before a day, the week, a holiday or "reading" ("Happy children make happy adults", a headline
 * of ../shared/datasets/claim-strength and the one sentence there that opens with any of these, is
 * not one), and the other words only before a mark or whom they greet.
 */
const GREETING = new RegExp(
  String.raw`^[^\p{L}"“”‘’'«]*(?:happy\s+(?:new\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|holidays?|new year|reading)(?![\p{L}-])` +
    // "Hello Games released…" names a studio: a greeting word is followed by a mark or its addressee.
    // Not in a quotation ("“Hello,” the robot said"): someone in the story greets someone.
    String.raw`|(?:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening)|welcome(?:\s+back)?)(?=\s*[,!.]|\s*$|\s+(?:everyone|all|friends|readers|folks|there|back|to|from)\b))`,
  'iu',
);
const MAX_GREETING_WORDS = 10;
/** "Welcome to the twelfth edition of Model Notes, your source for…": a greeting at any length. */
const WELCOME_TO_ISSUE = /^[^\p{L}]*welcome to\b[^.!?]*\b(?:edition|issue|episode|instal?ment)\b/iu;
/**
 * "Here are five takeaways.", "There are three things to know about the launch:", "It matters for
 * two reasons.": the writer counting what comes next (frame markers too). Only when nothing
 * follows the count's noun but a short tail: "There are three versions: 8B, 32B and 70B." gives
 * its items after the colon and is a claim.
 */
const LISTING =
  /^(?:(?:here|there|these) (?:are|were)|below are)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|some)\s+(?:[\p{L}-]+\s+){0,2}?(?:things|takeaways|highlights|points|details|reasons|ways|questions|lessons)\b[^.!?:;]{0,40}[.:]?$/iu;
const REASONS =
  /\b(?:matters?|mattered|is important|are important)\s+for\s+(?:two|three|four|five|\d+|several|a few)\s+reasons[.:]?$/i;
/** "By Jane Doe", "by Ana Silva · Staff": a byline, its first name word captured. */
const BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[·|,-]?/u;
/** Whether a short line is a byline: "By" and a name, not a month or a weekday. */
function isByline(text: string): boolean {
  const name = BYLINE.exec(text)?.[1];
  return (
    !!name &&
    !CALENDAR_WORDS.has(name.replace(/\.$/u, '').toLowerCase()) &&
    text.split(/\s+/).length <= 8
  );
}
/** A month's or a weekday's name, whole or cut short ("Sept", "Tue"), in the patterns below. */
const MONTH = `(?:${MONTHS.join('|')})[a-z]*`;
const WEEKDAY = `(?:${WEEKDAYS.map((day) => day.slice(0, 3)).join('|')})[a-z]*`;
/** Where a date starts after a word that dates something ("Retrieved 20 April", "on May 3"). */
const DATE_AFTER = String.raw`(?:\s+on)?\s+(?:\d|${MONTH}\b)`;
/** "Published on May 3, 2026", "Updated 12 June": a dateline, with its date. */
const DATED = new RegExp(
  String.raw`^(?:published|posted|updated|last updated)(?:\s+(?:on|at))?\s+(?:${WEEKDAY},?\s+)?(?:\d|${MONTH}\b)`,
  'i',
);
const WEEKDAY_DATE = new RegExp(String.raw`^${WEEKDAY},?\s+${MONTH}\.?\s+\d{1,2},?\s+\d{4}`, 'i');
/**
 * An entry of a reference list, or a piece of one the sentence split cut off: Wikipedia's back-link
 * caret ("^ Lee, Hyo-won (7 July 2017)."), its "Retrieved 20 April 2015." and "Archived from the
 * original", an identifier alone ("ISBN 0-456-01060-2.", "doi:…", "arXiv:2501.12948"), or an
 * author-date citation ("[3] Vaswani, A., Shazeer, N. … (2017).", APA's form, with initials):
 * the notes under a research post or an encyclopedia page, which restate nothing. Chosen here
 * from Readability's test corpus (../shared/realpages: the wikipedia pages) and the APA and
 * Wikipedia citation styles.
 */
const REFERENCE = new RegExp(
  [
    String.raw`^\^\s`,
    String.raw`^(?:retrieved|accessed)${DATE_AFTER}`,
    String.raw`^archived from the original\b`,
    String.raw`^(?:isbn|issn|doi:|arxiv:)\s*\d\S*$`,
    String.raw`^(?:\[\d+\]\s*)?\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+(?:,|and\b|&|et al\b).*\(\d{4}[a-z]?\)`,
  ].join('|'),
  'iu',
);
/**
 * A picture's credit: "Image Credits: Simonkr / Getty Images" (TechCrunch's captions), "Image:
 * Google", "Photo: Joseph Cox" (keep-images in ../shared/realpages), "Illustration by …",
 * "Screenshot: OpenAI", "Credit: …". Only a short one (a long caption may say something of the
 * story), and "by" only after one picture ("Images by the new model look sharper" is a claim).
 * Chosen here; "photo by" and the like are in the furniture lexicon anyway.
 */
const CREDIT =
  /^(?:(?:image|photo|photograph|picture|illustration|graphic|video|screenshot|screengrab|rendering|artwork)(?:s?(?:\s+(?:credits?|source))?\s*:|\s+(?:by|courtesy of)\b)|credits?\s*:)/iu;
/**
 * A picture made by a model, credited: "Image generated with Midjourney", "Illustration created
 * with DALL-E by The Model Desk". Only names after the tool's preposition, so "Images generated
 * with the new model look sharper" is a claim.
 */
const CREDITED_WORD = String.raw`(?:by|for|and|via|the|of|with|using|[\p{Lu}\p{N}]\S*)`;
const MADE_WITH = new RegExp(
  String.raw`^(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Ii]llustration|[Gg]raphic|[Aa]rtwork|[Vv]ideo)s?\s+(?:generated|created|made)\s+(?:with|by|using|in)\s+${CREDITED_WORD}(?:\s+${CREDITED_WORD})*$`,
  'u',
);
/**
 * A caption's credit label run into the name when the page's text is read ("CreditKim Raff for The
 * New York Times": the label and the name are separate elements, nytimes-5 in ../shared/realpages),
 * without a stop: "CreditSafe Holdings sold its model." is a sentence about a company.
 */
const GLUED_CREDIT = /^Credits?\p{Lu}\p{Ll}[^.!?]*$/u;
const MAX_CREDIT_WORDS = 10;
/**
 * A page's note that it is paid for: "Sponsored by Acme.", "Today's issue is brought to you by
 * Acme.", "This post was produced in partnership with Acme.", "A word from our sponsor". It says
 * who paid for the page, not what the source said; the incentives read it (incentives.ts). The
 * forms are the disclosures the US FTC's Endorsement Guides and the UK ASA/CAP labelling guidance
 * name ('sponsored', 'paid partnership', 'advertisement', 'advertorial'), at the start of the
 * sentence or said of the page itself, and newsletters' sponsor lines ("In partnership with" over
 * an advertiser's block in a real AI newsletter, aibusinesssummary.com); not "The study was
 * sponsored by the NIH", a claim.
 */
const DISCLOSURE = new RegExp(
  [
    // A label alone, or before its separator: "Sponsored", "Advertisement ·", "Paid partnership:".
    String.raw`^[^\p{L}]*(?:sponsored(?:\s+(?:content|post))?|paid\s+(?:partnership|post|content)|advertorial|advertisement|partner\s+content|in\s+partnership\s+with|(?:today['’]s|this\s+week['’]s|our)\s+sponsors?|a\s+word\s+from\s+our\s+sponsors?)(?=\s*(?:$|[:|·—–(\[.-]))`,
    // Who paid, at the start: "Sponsored by Acme", "Brought to you by Acme".
    String.raw`^[^\p{L}]*(?:sponsored|brought\s+to\s+you)\s+by\b`,
    // The page said to be paid for: "This issue is brought to you by", "The post was sponsored".
    String.raw`\b(?:this|today['’]s|our)\s+(?:post|article|story|issue|newsletter|episode|video|email|edition|content|piece|podcast)\s+(?:is|was)\s+(?:(?:produced|written|made|published)\s+)?(?:sponsored|brought\s+to\s+you|presented|paid\s+for|underwritten|in\s+partnership)\b`,
  ].join('|'),
  'iu',
);
/**
 * "Presented by Acme Cloud": a sponsor's line only when it is short and a line of its own; "Presented
 * by its CEO at GTC, the chip runs twice as fast" introduces a speaker.
 */
const PRESENTED_BY = /^[^\p{L}]*presented\s+by\b/iu;
const MAX_PRESENTED_WORDS = 6;
/** Whether a sentence (`words` long, on `line`) is the page's note on who paid for it. */
const isSponsorNote = (text: string, line: string, words: number) =>
  DISCLOSURE.test(text) ||
  (PRESENTED_BY.test(text) && line === text && words <= MAX_PRESENTED_WORDS);
/**
 * The writer's biography ("Jane Doe is a senior reporter covering AI.", issue 19's "author bios"):
 * a name, "is a", a newsroom's words for the desk, and its job. Not an analyst or an author, whom
 * a story quotes, and not praise: "Claude is a great writer." is a claim about a model.
 */
const DESK_WORDS =
  'senior staff contributing freelance lead chief deputy associate managing executive news tech technology science business ai features investigative metro national foreign data video special copy politics';
const DESK = new Set(DESK_WORDS.split(' '));
/** A name, "is a", up to three words, and a newsroom's job; the words between are read as DESK. */
const BIO =
  /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s+is\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}?)(?:reporter|writer|editor|journalist|correspondent|columnist|contributor)\b/u;
/**
 * The writer's beat, for the page ("Jane Doe covers AI for The Model Desk.", "Sam Roe writes about
 * chips for the site."): a person's name, the beat's verb and whom they write for. Not a company
 * covering a cost ("NVIDIA covers the cloud credits for startups": no site after "for").
 */
const BEAT =
  /^(?!The\s)\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:covers|writes about|reports on)\s[^.!?]{0,80}\b(?:for|at)\s+(?:the\s+site|this\s+site|us|(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})\.?$/u;
const isBio = (text: string): boolean => {
  const desk = BIO.exec(text)?.[1];
  return (
    (desk !== undefined && desk.split(/\s+/).every((w) => !w || DESK.has(w.toLowerCase()))) ||
    BEAT.test(text)
  );
};
/**
 * The page's notes on itself ("Correction: An earlier version of this article…", "Disclosure: …",
 * "Disclaimer: …", "Edit: …", "Related: …", "Further reading: …", "Sources: …", "Tags: …"): about
 * the page, not the story. Not "Update:", which often brings news.
 */
const PAGE_NOTE =
  /^[^\p{L}]*(?:correction|clarification|(?:full\s+)?disclosure|disclaimer|edit|tags|topics|sources?|previously|further reading|read next|see also|also read|related(?:\s+(?:stories|articles|reading|coverage))?)\s*:/iu;
/** "Thanks to Priya and Sam for feedback on drafts of this post.": the writer's acknowledgements. */
const ACKNOWLEDGEMENT =
  /^[^\p{L}]*(?:thanks|thank you|many thanks)\s+to\s[^.!?]{0,100}\bfor\s+(?:(?:their|his|her|helpful|useful|thoughtful)\s+)?(?:feedback|comments|reading|review|reviewing|edits|suggestions)\b/iu;
/**
 * "Copyright 2025 The Model Desk.", "© 2025 …": the page's legal line, with its year; not
 * "Copyright suits…", nor "© Provided by …", a picture's credit the split may glue to a sentence.
 */
const COPYRIGHT_LINE = /^[^\p{L}©]*(?:©\s*\d{4}|copyright\s+(?:©\s*)?\d{4}|\(c\)\s*\d{4})/iu;
/**
 * A photographer and agency, the end of a caption the sentence split left alone: "Justin
 * Sullivan/Getty Images", "Lee/The New York Times" (nytimes-3 in ../shared/realpages), "Jaap
 * Arriens/NurPhoto via Reuters", every word capitalised around the slash but a "via".
 */
const NAME_SLASH_AGENCY =
  /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*\s?\/\s?\p{Lu}[\p{L}.'’&-]*(?:\s(?:via\s)?\p{Lu}[\p{L}.'’&-]*)*\)?\.?$/u;
/**
 * "(AP)", "(A.H.)", "(Thomas Coex/AFP/Getty Images)": a wire's, a writer's or a photographer's mark
 * in brackets, alone, every word capitalised; "(Nvidia declined.)" is a sentence in brackets.
 */
const BRACKETED_MARK = /^\([^()]*\)\.?$/u;
const LOWER_WORD = /(?:^|[\s(])\p{Ll}/u;
const MAX_MARK_WORDS = 3;
/** Longer than this, a line without an end mark is a paragraph that lost its stop, not a heading. */
const MAX_HEADING_WORDS = 40;
const END_MARK = /[.!?…]["”’')\]]*$/u;
/**
 * "Get the next digest.", "Read the full post": a short line that asks the reader to act. "See,
 * they did it." opens with a discourse marker, not a request.
 */
function isCallToAction(text: string): boolean {
  if (/^[^\p{L}]*\p{L}+,/u.test(text)) return false;
  return asksReaderToAct(text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []);
}

/**
 * Why a sentence (`words` long, on `line`, trimmed) is page furniture, if it is: the lexicon
 * phrase or the rule's name. `site` is the page's own name, lowercase, when it is not a common word;
 * `point`: the line is a list's point, which a missing stop does not make a heading.
 */
export function furnitureOf(
  text: string,
  line: string,
  words: number,
  site: string | null,
  point = false,
): string | null {
  const hit = furnitureIn(text, words);
  if (hit) return hit.phrase;
  if (isByline(text)) return 'byline';
  if (WEEKDAY_DATE.test(text) || DATED.test(text)) return 'dateline';
  if (
    words <= MAX_CREDIT_WORDS &&
    (CREDIT.test(text) ||
      GLUED_CREDIT.test(text) ||
      MADE_WITH.test(text.replace(/\.$/u, '')) ||
      NAME_SLASH_AGENCY.test(text))
  )
    return 'credit';
  if (BRACKETED_MARK.test(text) && words <= MAX_MARK_WORDS && !LOWER_WORD.test(text)) return 'mark';
  // The whole line too: the sentence split cuts an entry at its authors' initials ("Okafor, M.").
  if (REFERENCE.test(text) || (line !== text && REFERENCE.test(line))) return 'reference';
  if (isSponsorNote(text, line, words)) return 'sponsor';
  if (isBio(text)) return 'bio';
  if (PAGE_NOTE.test(text)) return 'self';
  if (COPYRIGHT_LINE.test(text)) return 'legal';
  if (ACKNOWLEDGEMENT.test(text)) return 'self';
  if (isCallToAction(text)) return 'call to action';
  if ((GREETING.test(text) && words <= MAX_GREETING_WORDS) || WELCOME_TO_ISSUE.test(text))
    return 'greeting';
  if (SIGNPOST.test(text) || LISTING.test(text) || REASONS.test(text)) return 'signpost';
  // A short whole line without an end mark is a heading, a kicker or a label, not a sentence;
  // a quotation or a long line without one is a claim whose stop got lost, and a list's point
  // needs none.
  if (
    !point &&
    !END_MARK.test(text) &&
    line === text &&
    words <= MAX_HEADING_WORDS &&
    !/["“”]/u.test(text)
  )
    return 'heading';
  // The page naming itself ("Tracked by The Brief"), when its name is not a common word.
  if (site && text.toLowerCase().includes(site)) return 'self';
  return null;
}
