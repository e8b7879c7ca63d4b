import type { PageMeta } from './article';
import bylineLexicon from '../knowledge/lexicons/bylines.json';
import { ORG_WORDS } from '../knowledge/byline-words';
import { phraseAlternatives } from '../text/phrase-matcher';

const MAX_JSON_LD_BLOCKS = 20;
const MAX_JSON_LD_CHARS = 200_000;

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Flattens JSON-LD: arrays and `@graph` become a flat list of objects. */
function flattenJsonLd(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 4 || out.length > 100) return;
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, out, depth + 1);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    out.push(record);
    if ('@graph' in record) flattenJsonLd(record['@graph'], out, depth + 1);
  }
}

/** Reads JSON-LD blocks; malformed or oversized blocks are skipped, never thrown. */
function readJsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(
    0,
    MAX_JSON_LD_BLOCKS,
  );
  for (const block of blocks) {
    const text = block.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      flattenJsonLd(JSON.parse(text), out);
    } catch {
      // Pages ship broken JSON-LD often enough; it is optional evidence.
    }
  }
  return out;
}

/** Resolves `href` against `base`; null unless the result is an http(s) address. */
export function webUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads canonical, Open Graph, author, generator and JSON-LD from the document head. */
export function readPageMeta(doc: Document, pageUrl: string): PageMeta {
  return {
    canonical: webUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl),
    ogUrl: webUrl(metaContent(doc, 'og:url'), pageUrl),
    ogSiteName: metaContent(doc, 'og:site_name', 'application-name'),
    ogType: metaContent(doc, 'og:type'),
    description: metaContent(doc, 'description', 'og:description', 'twitter:description'),
    author: metaContent(doc, 'author', 'article:author', 'parsely-author', 'dc.creator'),
    generator: metaContent(doc, 'generator'),
    jsonLd: readJsonLd(doc),
  };
}

/** Name from a JSON-LD `author`/`publisher` value: a string, an object with `name`, or a list. */
export function jsonLdName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(jsonLdName).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>)['name'];
    return typeof name === 'string' ? name.trim() || null : null;
  }
  return null;
}

/** First string value of `key` among the JSON-LD objects. */
export function jsonLdField(meta: PageMeta, key: string): unknown {
  for (const item of meta.jsonLd) if (item[key] != null) return item[key];
  return undefined;
}

/** Publication date as ISO 8601 from meta tags, JSON-LD or a <time> element. */
export function readPublished(
  doc: Document,
  meta: PageMeta,
  fallback?: string | null,
): string | null {
  const candidates = [
    metaContent(doc, 'article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate'),
    jsonLdField(meta, 'datePublished'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    fallback,
  ];
  for (const value of candidates) {
    if (typeof value !== 'string' || !value.trim()) continue;
    const time = Date.parse(value.trim());
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return null;
}

/** What a byline names, once dates, times, datelines and page furniture are set aside. */
interface BylineReading {
  /** 'people': personal names only; 'name': anything else named (an organisation, a team, a handle); 'none': nothing. */
  kind: 'name' | 'people' | 'none';
  /** The names as the byline gives them ("Jane Doe, Ana da Silva"), empty for 'none'. */
  text: string;
}

const words = (list: string[]) => phraseAlternatives(list);
const BYLINE = bylineLexicon.entries;
const FURNITURE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${words([...BYLINE.furniture].sort((a, b) => b.length - a.length))})(?![\\p{L}\\p{N}])`,
  'giu',
);
const CALENDAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${words([...BYLINE.months, ...BYLINE.weekdays])})\\.?(?![\\p{L}\\p{N}])`,
  'giu',
);
const NUMBERS = /\d+(?:[-/.:]\d+)*(?:st|nd|rd|th)?/giu;
const PARTICLES = new Set(BYLINE.nameParticles);
/** "SANTA CLARA, Calif." and "TAIPEI, Taiwan": a press release's dateline, a place. */
const LEAD = new RegExp(
  `^(?:${words([...BYLINE.leads].sort((a, b) => b.length - a.length))})\\s+`,
  'iu',
);
const DATELINE = /^\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*\.?,/u;
/** One personal name: two to six words, capitalised or a particle ("de", "van"), initials allowed. */
function isPersonalName(name: string): boolean {
  const tokens = name.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 6) return false;
  let capitalised = 0;
  const shouting = name === name.toUpperCase();
  for (const t of tokens) {
    const lower = t.toLowerCase();
    if (ORG_WORDS.has(lower)) return false;
    if (PARTICLES.has(lower) && t === lower) continue;
    // "Jane", "O’Neil", "Jean-Luc", "J." — not "NVIDIA" or "OpenAI" (capitals inside a word),
    // unless the whole name is in capitals ("JANE DOE").
    if (
      !/^\p{Lu}(?:\.|[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)$/u.test(t) &&
      !(shouting && /^\p{Lu}[\p{Lu}'’.-]+$/u.test(t))
    )
      return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/**
 * Reads a byline for the names in it: "June 1, 2026", "Press Release", "Share", "5 min read" or a
 * dateline name nobody; "Jane Doe and Ana da Silva" names people; "Acme Labs" or "OpenAI" names
 * someone who may be an organisation. The first part that names anyone wins ("Jane Doe | May 2").
 */
export function readByline(byline: string): BylineReading {
  const text = byline.replace(/\s+/g, ' ').trim().replace(LEAD, '');
  if (DATELINE.test(text)) return { kind: 'none', text: '' };
  for (const part of text.split(/\s*[|·•\n]\s*|\s+[—–-]\s+/)) {
    const dated = /\d/.test(part);
    // Month and weekday names go only beside figures: "May Chen" is a name, "May 2, 2026" a date.
    let rest = part.replace(NUMBERS, ' ').replace(FURNITURE, ' ');
    if (dated) rest = rest.replace(CALENDAR, ' ');
    rest = rest
      .replace(/\s*([,;&])(?:\s*[,;&])+/g, '$1')
      .replace(/^[\s,;:&()[\].·-]+|[\s,;:&()[\]·-]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!/\p{L}{2,}/u.test(rest)) continue;
    const names = rest.split(/\s*(?:[,;&]|\band\b)\s*/).filter(Boolean);
    return { kind: names.length && names.every(isPersonalName) ? 'people' : 'name', text: rest };
  }
  return { kind: 'none', text: '' };
}
