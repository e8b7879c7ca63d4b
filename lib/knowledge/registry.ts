/**
 * Typed access to the knowledge files (orgs, topics, publishers, platforms) and the lookups the
 * analysis needs: who publishes an address, which organisation a name or address belongs to, and
 * who the author is when the host is a blog platform. Pure: no DOM, network or extension API.
 * The data lives in the JSON files beside this module; see README.md there for the schemas.
 */
import { getDomain, getHostname } from 'tldts';
import { PhraseMatcher } from '../text/phrase-matcher';
import orgsData from './orgs.json';
import platformsData from './platforms.json';
import publishersData from './publishers.json';
import topicsData from './topics.json';
import feedsData from './feeds.json';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** What kind of organisation an org is. */
type OrgKind =
  | 'ai-lab'
  | 'cloud'
  | 'chips'
  | 'model-hub'
  | 'ml-tooling'
  | 'enterprise-ai'
  | 'data-platform'
  | 'consultancy'
  | 'analyst'
  | 'specialized-models';

/** Every valid OrgKind, for validation. */
export const ORG_KINDS: readonly OrgKind[] = [
  'ai-lab',
  'cloud',
  'chips',
  'model-hub',
  'ml-tooling',
  'enterprise-ai',
  'data-platform',
  'consultancy',
  'analyst',
  'specialized-models',
];

/** The kind of page a publisher usually serves (the page-role values other than 'unknown'). */
type PublisherRole =
  'company-blog' | 'news-outlet' | 'aggregator' | 'research-paper' | 'social-post';

/** Every valid PublisherRole, for validation. */
export const PUBLISHER_ROLES: readonly PublisherRole[] = [
  'company-blog',
  'news-outlet',
  'aggregator',
  'research-paper',
  'social-post',
];

/** Whether an org's products gain ('promotes') or lose ('opposes') when a claim topic succeeds. */
type TopicStance = 'promotes' | 'opposes';

/** A cited fact's check date: null until someone has opened the citation and confirmed it. */
type Checked = string | null;

/** Something an org sells and how it earns from it, with where the org says so. */
interface OrgProduct {
  name: string;
  /** A short plain phrase: how it earns money ("usage-based fees per token"). */
  revenue: string;
  /** The org's own page (product, pricing, investor relations, filing) that states it. */
  citation: string;
  checked: Checked;
}

/** A claim topic whose success sells (or hurts) an org's products. */
interface OrgTopic {
  /** A topic id from topics.json. */
  id: string;
  stance: TopicStance;
  /** One plain sentence: why the topic matters to what it sells. */
  why: string;
  citation: string;
  checked: Checked;
}

/** The model and product families an org makes, as AI news names them ("Claude", "Gemini"). */
interface OrgModels {
  names: string[];
  citation: string;
  checked: Checked;
}

/** A citation about the org as a whole (e.g. its profile page, a paper). */
interface OrgCitation {
  url: string;
  about: string;
  checked: Checked;
}

/** An organisation that publishes AI news at the source, with what it sells. */
export interface Org {
  /** Kebab-case id, stable across versions. */
  id: string;
  name: string;
  /** Other names a page may use for the org itself (not for its blog or platform). */
  aliases: string[];
  kind: OrgKind;
  /** The parent org's id, for units that publish under their own name (Google DeepMind -> google). */
  parent?: string;
  /** Hosts of its own sites, blogs and newsrooms; each covers its subdomains. */
  domains: string[];
  /** Where it publishes on platforms it doesn't own: "huggingface.co/Dharma-AI", "qwenlm.github.io". */
  platformPaths: string[];
  products: OrgProduct[];
  /** Its model families: a text that names one of them names its maker too. */
  models?: OrgModels;
  topics: OrgTopic[];
  citations?: OrgCitation[];
  note?: string;
}

/** A claim topic of AI news and the phrases that signal it in a sentence. */
interface Topic {
  id: string;
  label: string;
  description: string;
  /** Whole phrases, lowercase, matched case-insensitively on word boundaries (no stemming). */
  terms: string[];
  /** Sentences written here that must fire the topic (checked by the unit tests). */
  examples: string[];
  provenance: string;
}

/** A site in the publisher registry. `domain` is a host, optionally with a path prefix ("linkedin.com/posts"). */
export interface Publisher {
  domain: string;
  name: string;
  role: PublisherRole;
  /** The org id when the site is a vendor's own. */
  org?: string;
  /** First-hand source: company blogs and newsrooms, paper archives, DOI, journals, proceedings. */
  primary: boolean;
  /** RSS or Atom feeds of the publisher. */
  feeds?: string[];
}

/** How a blog platform puts the author in an address. */
type AuthorRule =
  | {
      /** The author is a path segment. */
      from: 'path';
      /** Raw, case-insensitive prefix the path must start with ("/@", "/blog/", "/"). */
      pathPrefix: string;
      /** 0-based index of the author among all path segments ("/blog/ORG/slug": 1). */
      authorSegment: number;
      /** Fewest path segments for an author's post ("/blog/ORG/slug": 3). */
      minSegments: number;
      /** Prefix to strip from the segment ("@" in "/@user"). */
      stripPrefix?: string;
      /** Segments at the author position that are the platform's own routes, not authors. */
      excludeSegments?: string[];
      note?: string;
    }
  | {
      /** The author is the subdomain (name.substack.com). */
      from: 'subdomain';
      excludeSubdomains?: string[];
      note?: string;
    }
  | {
      /** The address carries no author; only the page's byline does. */
      from: 'byline';
      note?: string;
    };

/** A blog platform: it hosts authors who are not its owner. */
export interface Platform {
  id: string;
  name: string;
  /** Names pages use for the platform ("Hugging Face Blog"): they credit the host, not the author. */
  aliases: string[];
  /** Hosts of the platform; each covers its subdomains. */
  hosts: string[];
  /** Only paths under this prefix are on the platform (huggingface.co/blog/). */
  pathPrefix?: string;
  /** Tried in order; the first that yields an author wins. */
  authorRules: AuthorRule[];
  /** The platform's owner org id, when it also profits from what it hosts. */
  platformOrg?: string;
}

/** A topic term found in a text. */
interface TopicHit {
  topic: string;
  term: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/** Every organisation in the registry. */
export const orgs: readonly Org[] = orgsData.orgs as Org[];
/** The topic taxonomy. */
export const topics: readonly Topic[] = topicsData.topics as Topic[];
/** The publisher registry. */
export const publishers: readonly Publisher[] = publishersData.publishers as Publisher[];
/** Blog platforms whose host is not the author. */
export const platforms: readonly Platform[] = platformsData.platforms as Platform[];
/** The file-level note on how (and whether) the cited facts were checked. */
export const checkedNote: string = orgsData.checkedNote;

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

/** Parses an http(s) address; a bare "host/path" is read as https. Null for anything else. */
function parseUrl(input: string): URL | null {
  const text = input.trim();
  if (!text) return null;
  // "mailto:x", "javascript:x": another scheme, not a bare host (a bare "host:port" is kept).
  if (!text.includes('://') && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return null;
  try {
    const u = new URL(text.includes('://') ? text : `https://${text}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Lowercase host without a trailing dot or a leading "www.". */
function bareHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** The host and each parent domain, most specific first (a.b.example.com, b.example.com, example.com). */
function hostSuffixes(host: string): string[] {
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/** Whether `path` starts with `prefix` at a segment boundary, case-insensitively. */
function pathUnder(path: string, prefix: string): boolean {
  const p = path.toLowerCase();
  const q = prefix.toLowerCase().replace(/\/+$/, '');
  return q === '' || p === q || p.startsWith(`${q}/`);
}

/** Splits "host/path" registry keys. */
function splitKey(key: string): { host: string; path: string } {
  const slash = key.indexOf('/');
  return slash < 0
    ? { host: key.toLowerCase(), path: '' }
    : { host: key.slice(0, slash).toLowerCase(), path: key.slice(slash) };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Whether `host` is `domain` or one of its subdomains (never a look-alike such as domain.evil.com). */
export function hostIsWithin(host: string, domain: string): boolean {
  const h = bareHost(host);
  const d = bareHost(domain);
  return h === d || h.endsWith(`.${d}`);
}

/** The registrable domain of an address (example.co.uk; user.github.io for private suffixes), or its host. */
export function registrableDomain(url: string): string | null {
  return getDomain(url, { allowPrivateDomains: true }) ?? getHostname(url);
}

// ---------------------------------------------------------------------------------------------
// Indexes (built once at module load)
// ---------------------------------------------------------------------------------------------

const publishersByHost = new Map<string, { publisher: Publisher; path: string }[]>();
for (const publisher of publishers) {
  const { host, path } = splitKey(publisher.domain);
  const list = publishersByHost.get(host) ?? [];
  list.push({ publisher, path });
  publishersByHost.set(host, list);
}

const orgsByDomain = new Map<string, Org>();
for (const org of orgs)
  for (const d of org.domains)
    if (!orgsByDomain.has(d.toLowerCase())) orgsByDomain.set(d.toLowerCase(), org);

const orgsById = new Map<string, Org>(orgs.map((o) => [o.id, o]));
const topicsById = new Map<string, Topic>(topics.map((t) => [t.id, t]));

const CORPORATE_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'se',
]);

/**
 * A comparison key for names: case, accents, punctuation and spacing ignored ("Dharma-AI" =
 * "Dharma AI"), "&" read as "and", a possessive, a leading "The" and corporate suffixes dropped.
 */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= MAX_NAME_KEYS) nameKeys.clear();
    nameKeys.set(name, (key = readNameKey(name)));
  }
  return key;
}

/** Keys of names seen: a page asks for the same few names over and over (each link, each credit). */
const nameKeys = new Map<string, string>();
const MAX_NAME_KEYS = 10_000;

function readNameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join('');
}

const orgsByName = new Map<string, Org>();
for (const org of orgs) {
  for (const n of [org.name, org.id, ...org.aliases]) {
    const key = nameKey(n);
    if (key && !orgsByName.has(key)) orgsByName.set(key, org);
  }
}

const platformsByName = new Map<string, Platform>();
for (const platform of platforms) {
  for (const n of [platform.name, platform.id, ...platform.aliases]) {
    const key = nameKey(n);
    if (key && !platformsByName.has(key)) platformsByName.set(key, platform);
  }
}

/** Platforms by host; one host may carry several under different paths (huggingface.co/blog/, the hub). */
const platformsByHost = new Map<string, Platform[]>();
for (const platform of platforms)
  for (const h of platform.hosts) {
    const key = h.toLowerCase();
    platformsByHost.set(key, [...(platformsByHost.get(key) ?? []), platform]);
  }

/** Each org's platform paths as (host, path, author slug) triples. */
const platformPathIndex: {
  org: Org;
  host: string;
  path: string;
  slug: string;
  baseHost: string;
}[] = [];
for (const org of orgs) {
  for (const pp of org.platformPaths) {
    const { host, path } = splitKey(pp);
    const segments = path.split('/').filter(Boolean);
    if (segments.length) {
      platformPathIndex.push({
        org,
        host,
        path,
        slug: segments[segments.length - 1]!.toLowerCase(),
        baseHost: host,
      });
    } else {
      // A whole site on a subdomain platform: qwenlm.github.io -> author "qwenlm" on github.io.
      const [label, ...rest] = host.split('.');
      platformPathIndex.push({ org, host, path: '', slug: label!, baseHost: rest.join('.') });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

/**
 * The registry entry for an address: an exact host entry, else the nearest parent-domain entry
 * (an entry covers its subdomains, never look-alikes); path entries ("linkedin.com/posts") must
 * match at a segment boundary; the longest matching entry wins. Null when none matches.
 */
export function findPublisher(url: string): Publisher | null {
  const u = parseUrl(url);
  if (!u) return null;
  const host = bareHost(u.hostname);
  let best: Publisher | null = null;
  let bestLength = -1;
  for (const suffix of hostSuffixes(host)) {
    for (const { publisher, path } of publishersByHost.get(suffix) ?? []) {
      if (path && !pathUnder(u.pathname, path)) continue;
      const length = suffix.length + path.length;
      if (length > bestLength) {
        best = publisher;
        bestLength = length;
      }
    }
  }
  return best;
}

/** Publishers by their name in lower case ("the verge"); the first entry of a name wins. */
const publishersByName = new Map<string, Publisher>();
for (const p of publishers)
  if (!publishersByName.has(p.name.toLowerCase())) publishersByName.set(p.name.toLowerCase(), p);

/** The publisher a name is, written as the registry writes it ("The Verge"). Null when none is. */
export function findPublisherByName(name: string): Publisher | null {
  return publishersByName.get(name.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}

/** The organisation whose own site serves this address (most specific domain wins), by host only. */
export function findOrgByDomain(url: string): Org | null {
  const u = parseUrl(url);
  if (!u) return null;
  for (const suffix of hostSuffixes(bareHost(u.hostname))) {
    const org = orgsByDomain.get(suffix);
    if (org) return org;
  }
  return null;
}

/** The organisation with this id. */
export function findOrgById(id: string): Org | null {
  return orgsById.get(id) ?? null;
}

/** The organisation a name refers to ("Hugging Face", "huggingface", "HF", "Dharma-AI", "NVIDIA Corporation"). */
export function findOrgByName(name: string): Org | null {
  const key = nameKey(name);
  return key ? (orgsByName.get(key) ?? null) : null;
}

/** Every model family the registry knows, in lower case ("gpt", "llama", "claude"). */
const MODEL_FAMILIES = new Set(
  orgs.flatMap((o) => o.models?.names ?? []).map((n) => n.toLowerCase()),
);

/**
 * Whether a name is a model's (or a product's): a family the registry knows, or its maker, and a
 * version ("GPT-5", "Llama 3.1 405B", "Claude 3.5 Sonnet", "DeepSeek R1"). Not the family alone,
 * nor the family's word before a name without a number ("Claude Shannon").
 */
export function isModelName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  for (const family of MODEL_FAMILIES)
    if (lower.startsWith(family) && VERSION_AFTER_FAMILY.test(lower.slice(family.length)))
      return true;
  // A maker's name and a version: "DeepSeek R1", "DeepSeek-V3", "Microsoft 365".
  const words = name.trim().split(/[\s-]+/);
  for (let i = 1; i < words.length; i++)
    if (/\p{N}/u.test(words.slice(i).join(' ')) && findOrgByName(words.slice(0, i).join(' ')))
      return true;
  return false;
}
/** What follows a model family in a model's name: a number, at once or after other words. */
const VERSION_AFTER_FAMILY = /^(?:-?\p{N}|[-\s].*\p{N})/u;

/** Each organisation's model families with its units', worked out once: the matchers ask per name. */
const modelsByOrg = new Map<string, readonly string[]>();

/**
 * The model families made by the organisation a name refers to, and by its units ("Gemini" for
 * Google, through Google DeepMind): empty for a name the registry does not know.
 */
export function modelsMadeBy(name: string): readonly string[] {
  const org = findOrgByName(name);
  if (!org) return [];
  let models = modelsByOrg.get(org.id);
  if (!models) {
    models = orgs
      .filter((o) => o === org || o.parent === org.id)
      .flatMap((o) => o.models?.names ?? []);
    modelsByOrg.set(org.id, models);
  }
  return models;
}

/** The topic with this id. */
export function findTopic(id: string): Topic | null {
  return topicsById.get(id) ?? null;
}

/** The platform and which of its hosts serve an address, when the address is on a blog platform. */
function platformMatch(u: URL): { platform: Platform; host: string } | null {
  for (const suffix of hostSuffixes(bareHost(u.hostname))) {
    const onHost = platformsByHost.get(suffix);
    if (!onHost) continue;
    // The platform whose path prefix the address is under, the longest prefix first.
    const path = u.pathname.toLowerCase();
    const under = onHost
      .filter((p) => !p.pathPrefix || path.startsWith(p.pathPrefix.toLowerCase()))
      .sort((a, b) => (b.pathPrefix?.length ?? 0) - (a.pathPrefix?.length ?? 0));
    return under[0] ? { platform: under[0], host: suffix } : null;
  }
  return null;
}

/** The blog platform an address is on (huggingface.co/blog/…, medium.com, *.substack.com, linkedin.com/pulse/…), or null. */
export function findPlatform(url: string): Platform | null {
  const u = parseUrl(url);
  return u ? (platformMatch(u)?.platform ?? null) : null;
}

/** A publisher's or platform's feed, where its new posts are announced. */
interface Feed {
  id: string;
  /** The org (orgs.json) or platform (platforms.json) id whose posts it lists. */
  owner: string;
  url: string;
  format: 'rss' | 'atom';
  checked: Checked;
}

/** Every known feed (feeds.json). */
const feeds: readonly Feed[] = feedsData.feeds as Feed[];

/** Whose posts a feed lists, in words ("Hugging Face blog"). */
export const feedOwnerName = (feed: Feed) =>
  platforms.find((p) => p.id === feed.owner)?.name ?? findOrgById(feed.owner)?.name ?? feed.owner;

/**
 * The feeds of the organisations and platforms these names refer to ("Hugging Face" is the org;
 * its blog platform's feed lists the community articles it hosts, so it counts too).
 */
export function feedsForNames(names: readonly string[]): Feed[] {
  const owners = new Set<string>();
  for (const name of names) {
    const org = findOrgByName(name);
    if (org) {
      owners.add(org.id);
      for (const p of platforms) if (p.platformOrg === org.id) owners.add(p.id);
    }
    const platform = findPlatformByName(name);
    if (platform) owners.add(platform.id);
  }
  return feeds.filter((f) => owners.has(f.owner));
}

/** The platform a name refers to ("Hugging Face Blog", "Medium"). */
export function findPlatformByName(name: string): Platform | null {
  const key = nameKey(name);
  return key ? (platformsByName.get(key) ?? null) : null;
}

/**
 * Words that open a clause or a phrase before its subject ("After Acme said…", "When Acme…", "In
 * Acme's post…"), and begin no name. Chosen here: English subordinating conjunctions and
 * connectives, and the prepositions that open a sentence before whose words it gives; not
 * articles or quantifiers, which do begin names ("The Verge", "All Might", "One Medical").
 */
const CLAUSE_OPENERS = new Set(
  'after although and as because before but if since so though unless until when whereas while yet in on at from'.split(
    ' ',
  ),
);

/** Whether a word opens a clause ("If", "When") and so is no name on its own. */
export const isClauseOpener = (word: string) => CLAUSE_OPENERS.has(word.toLowerCase());

/**
 * A name without a first word that a sentence's capital makes look part of it: one that describes
 * an organisation or platform the registry knows ("Chipmaker Nvidia said", "Rival Microsoft"), or
 * one that opens a clause ("After Acme said").
 */
export function withoutDescriptor(name: string): string {
  const space = name.search(/\s/);
  if (space < 0 || findOrgByName(name) || findPlatformByName(name)) return name;
  const first = name.slice(0, space);
  const rest = name.slice(space).trim();
  if (isClauseOpener(first)) return rest;
  return findOrgByName(rest) || findPlatformByName(rest) ? rest : name;
}

const SLUG = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** The author slug an address yields under one rule, or null. */
function authorByRule(rule: AuthorRule, u: URL, bare: string, platformHost: string): string | null {
  if (rule.from === 'subdomain') {
    if (bare === platformHost) return null;
    const sub = bare.slice(0, -platformHost.length - 1);
    if (!sub || sub.includes('.') || (rule.excludeSubdomains ?? []).includes(sub)) return null;
    return SLUG.test(sub) ? sub : null;
  }
  if (rule.from === 'path') {
    if (bare !== platformHost) return null;
    if (!u.pathname.toLowerCase().startsWith(rule.pathPrefix.toLowerCase())) return null;
    const segments = u.pathname.split('/').filter(Boolean).map(decodeSegment);
    if (segments.length < rule.minSegments) return null;
    let slug = segments[rule.authorSegment];
    if (!slug) return null;
    if (rule.stripPrefix) {
      if (!slug.startsWith(rule.stripPrefix)) return null;
      slug = slug.slice(rule.stripPrefix.length);
    }
    const lower = slug.toLowerCase();
    if ((rule.excludeSegments ?? []).some((e) => e.toLowerCase() === lower)) return null;
    return SLUG.test(slug) ? slug : null;
  }
  return null;
}

/**
 * The author's slug of a post on a blog platform (huggingface.co/blog/Dharma-AI/post -> Dharma-AI,
 * medium.com/@user/post -> user, user.substack.com/p/post -> user). Null when the address is not
 * an author's post on a known platform: the platform's own posts (huggingface.co/blog/slug),
 * listing and profile pages, and platforms that only name the author in the byline (LinkedIn).
 */
export function platformAuthor(url: string): { platform: Platform; authorSlug: string } | null {
  const u = parseUrl(url);
  if (!u) return null;
  const match = platformMatch(u);
  if (!match) return null;
  const bare = bareHost(u.hostname);
  for (const rule of match.platform.authorRules) {
    const slug = authorByRule(rule, u, bare, match.host);
    if (slug) return { platform: match.platform, authorSlug: slug };
  }
  return null;
}

/**
 * The organisation behind a platform author slug: first the orgs' platformPaths (on `platform`'s
 * hosts when given), then its names and aliases ("Dharma-AI" -> Dharma AI). A name match says who
 * the slug claims to be; platforms do not verify it.
 */
export function orgForPlatformAuthor(slug: string, platform?: Platform): Org | null {
  const lower = slug.toLowerCase();
  const onPlatform = (baseHost: string) =>
    !platform || platform.hosts.some((h) => hostIsWithin(baseHost, h));
  const hit = platformPathIndex.find((e) => e.slug === lower && onPlatform(e.baseHost));
  return hit?.org ?? findOrgByName(slug);
}

/**
 * The organisation that authored the page at an address: the author of a platform post (null when
 * the author is unknown: the host is not the author), else an org's platform path
 * (huggingface.co/Dharma-AI/…), else the org whose own site it is.
 */
export function findOrgByUrl(url: string): Org | null {
  const u = parseUrl(url);
  if (!u) return null;
  const author = platformAuthor(url);
  if (author) return orgForPlatformAuthor(author.authorSlug, author.platform);
  const host = bareHost(u.hostname);
  let best: { org: Org; length: number } | null = null;
  for (const e of platformPathIndex) {
    if (!hostIsWithin(host, e.host) || (e.path && !pathUnder(u.pathname, e.path))) continue;
    const length = e.host.length + e.path.length;
    if (!best || length > best.length) best = { org: e.org, length };
  }
  if (best) return best.org;
  const platform = platformMatch(u)?.platform;
  if (platform?.authorRules.some((r) => r.from === 'byline')) return null;
  return findOrgByDomain(url);
}

// ---------------------------------------------------------------------------------------------
// Topics
// ---------------------------------------------------------------------------------------------

/** Every topic's terms in one matcher, and the topic each term signals (a term signals one only). */
let topicTerms: { matcher: PhraseMatcher; topicOf: Map<string, string> } | null = null;

/** Every topic term in a text, with the topic it signals and where it is, in one pass over it. */
export function topicTermsIn(text: string): TopicHit[] {
  topicTerms ??= {
    matcher: new PhraseMatcher(topics.flatMap((t) => t.terms)),
    topicOf: new Map(
      topics.flatMap((t) => t.terms.map((term) => [term.toLowerCase().trim(), t.id])),
    ),
  };
  const { matcher, topicOf } = topicTerms;
  return matcher.find(text).map((h) => ({
    topic: topicOf.get(h.phrase)!,
    term: h.phrase,
    start: h.start,
    end: h.end,
  }));
}
