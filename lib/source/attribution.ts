import type { Article } from '../extract/article';
import { jsonLdField, jsonLdName } from '../extract/page-meta';
import { findOrgByDomain, findOrgByName, findPublisher, hostIsWithin, orgForPlatformAuthor, platformAuthor } from '../knowledge/registry';
import type { SourceInfo, Span } from '../analysis/report';
import { english } from '../words/english';
import { msg, type Message } from '../words/message';

/** Whom a page credits for what it restates, and the words that say so. */
export interface Credit {
  name: string;
  /** The page's sentence that credits them, or (credited by a link) "the link “…”". */
  evidence: string | Message;
  span: Span | null;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?:\s\p{Lu}[\p{L}\p{N}'’&-]*){0,3}`;
const DOMAIN = String.raw`[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`;
/** Ways a restatement credits its source (chosen here from digest and news conventions). */
const CREDIT_PATTERNS: RegExp[] = [
  new RegExp(`\\bSource:\\s*(?:the\\s)?(${NAME}|${DOMAIN})`, 'gu'),
  new RegExp(`(?:^|[^\\p{L}])(${NAME})\\s(?:argues|argued|says|said|announces|announced|advocates|claims|claimed|writes|wrote|reports|reported|published|explains|contends|suggests)\\b`, 'gu'),
  new RegExp(`\\bThe (${NAME}) (?:perspective|piece|post|article|editorial|blog post)\\b`, 'gu'),
  new RegExp(`\\b(?:on|from|in|at) the (${NAME}) [Bb]log\\b`, 'gu'),
  new RegExp(`\\b(?:Read at|Read it at|Read more at|View original on|Read the original on|Originally published (?:on|at|by)|via)\\s(?:the\\s)?(${NAME}|${DOMAIN})`, 'gu'),
  new RegExp(`\\bcontent lives on (${DOMAIN})`, 'gu'),
];
/** Capitalised words that start sentences, not names. */
const NOT_NAMES = /^(?:The|This|That|It|He|She|They|We|I|A|An|In|On|But|And|Its|Our|Their|Why|What|How|Share|Read|View|Bottom|Winners|Losers|Companies|Developers|Specialization|Specialized|Enterprises|Strategic)$/;

/** "Hugging Face Blog" and "huggingface.co" both credit Hugging Face. */
function creditedName(raw: string): string | null {
  let name = raw.trim().replace(/[’']s$/, '').replace(/\s+(?:Blog|blog|Team|team|Research|Newsroom)$/, '');
  if (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(name)) {
    const publisher = findPublisher(`https://${name}/`);
    if (publisher) return publisher.name;
    const org = findOrgByDomain(`https://${name}/`);
    if (org) return org.name;
  }
  name = name.replace(/\s(?:argues|says)$/, '');
  const first = name.split(/\s/)[0]!;
  if (NOT_NAMES.test(first)) return null;
  return findOrgByName(name)?.name ?? name;
}

/** Whom the page credits for its content ("Hugging Face argues…", "Source: Hugging Face Blog"). */
export function pageCredits(page: Article): Credit[] {
  const credits: Credit[] = [];
  const seen = new Set<string>();
  const add = (raw: string, evidence: Credit['evidence'], span: Span | null) => {
    const name = creditedName(raw);
    if (!name || seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    credits.push({ name, evidence, span });
  };
  for (const s of page.sentences) {
    for (const pattern of CREDIT_PATTERNS) {
      for (const m of s.text.matchAll(pattern)) add(m[1]!, s.text, { start: s.start, end: s.end, text: s.text });
    }
  }
  for (const link of page.links) {
    for (const pattern of CREDIT_PATTERNS) {
      for (const m of link.text.matchAll(pattern)) add(m[1]!, msg('attribution.creditLink', link.text), null);
    }
  }
  return credits;
}

const prettySlug = (slug: string) => slug.replace(/[-_]+/g, ' ').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\bAi\b/g, 'AI');

/** Who wrote a source: the organisation in a platform path, JSON-LD author, byline, or publisher. */
export function sourceAuthor(source: Article): SourceInfo['author'] {
  const evidence: Message[] = [];
  let name: string | null = null;
  const onPlatform = platformAuthor(source.url);
  if (onPlatform) {
    name = orgForPlatformAuthor(onPlatform.authorSlug)?.name ?? prettySlug(onPlatform.authorSlug);
    evidence.push(msg('attribution.platformPost', onPlatform.authorSlug, onPlatform.platform.name));
  }
  const ldAuthor = jsonLdName(jsonLdField(source.meta, 'author'));
  if (ldAuthor) {
    name ??= ldAuthor;
    evidence.push(msg('attribution.structuredData', ldAuthor));
  }
  if (source.byline) {
    name ??= source.byline;
    if (!evidence.length || source.byline !== ldAuthor) evidence.push(msg('attribution.byline', source.byline));
  }
  if (!name) {
    const publisher = jsonLdName(jsonLdField(source.meta, 'publisher')) ?? source.site;
    if (!publisher) return null;
    name = publisher;
    evidence.push(msg('attribution.publisher', publisher));
  }
  return { name, evidence: evidence.map(english), messages: { evidence } };
}

/** The site that hosts a source, and whether it is a blog platform (host ≠ author). */
export function sourceHost(source: Article): SourceInfo['host'] {
  let domain = '';
  try {
    domain = new URL(source.url).hostname.replace(/^www\./, '');
  } catch {
    /* keep empty */
  }
  const publisher = findPublisher(source.url);
  return { name: publisher?.name ?? source.site ?? domain, domain, platform: !!platformAuthor(source.url) };
}

const same = (a: string, b: string) => {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const orgA = findOrgByName(a);
  const orgB = findOrgByName(b);
  return key(a) === key(b) || (!!orgA && orgA === orgB);
};

/** The page credits someone other than the source's author: both names and the evidence for each. */
export function attributionMismatch(page: Article, source: Article): { credited: Credit; author: NonNullable<SourceInfo['author']> } | null {
  const author = sourceAuthor(source);
  if (!author) return null;
  const credits = pageCredits(page);
  if (!credits.length || credits.some((c) => same(c.name, author.name))) return null;
  const host = sourceHost(source);
  // Prefer the credit that names the host: "Hugging Face argues" for a post Dharma AI wrote there.
  const credited = credits.find((c) => same(c.name, host.name)) ?? credits[0]!;
  return { credited, author };
}

/** Whether a link goes to the site of an organisation named `name`. */
export function linksTo(page: Article, name: string): boolean {
  const org = findOrgByName(name);
  const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return page.links.some((l) => {
    let host = '';
    try {
      host = new URL(l.href).hostname;
    } catch {
      return false;
    }
    if (org?.domains.some((d) => hostIsWithin(host, d))) return true;
    return key.length >= 4 && host.replace(/[^a-z0-9]/g, '').includes(key);
  });
}
