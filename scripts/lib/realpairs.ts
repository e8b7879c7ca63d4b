// The real-pairs corpus of `npm run eval:pairs`: real restating pages of real primary sources,
// labelled sentence by sentence. Only addresses, labels and notes are committed
// (tests/realpairs/pages/*.json, tests/realpairs/sources/*.json); the third-party texts stay in a
// git-ignored folder (tests/realpairs/texts, or UNSPUN_REALPAIRS_TEXTS) and in ../shared/realpairs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../lib/extract/article';
import { extractArticle } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { splitSentences } from '../../lib/extract/sentences';

export const CORPUS = path.resolve('tests/realpairs');
export const TEXTS = path.resolve(process.env.UNSPUN_REALPAIRS_TEXTS ?? path.join(CORPUS, 'texts'));
export const SHARED_PAIRS = path.resolve('../shared/realpairs');

/** What a careful reader says of one page sentence against the source(s). */
export const LABELS = [
  'supported',
  'strengthened',
  'weakened',
  'figures-differ',
  'unsupported',
  'editorial',
  'not-a-claim',
] as const;
export type Label = (typeof LABELS)[number];
/** Labels that mean the page got the source wrong. */
export const PROBLEMS: readonly Label[] = ['strengthened', 'figures-differ', 'unsupported'];

export interface LabelledSentence {
  /** `sentenceId` of the sentence: its first words and a hash of all of it. */
  id: string;
  label: Label;
  /** Why, quoting a few of the source's words. */
  reason: string;
}

export interface SourceEntry {
  id: string;
  url: string;
  title: string;
  date: string;
  /** The organisation that wrote it (not the platform that hosts it). */
  author: string;
  /** Platform or site that hosts it, when that is someone else (Hugging Face for a team article). */
  host?: string;
  kind: 'press-release' | 'company-blog' | 'research-blog' | 'readme' | 'model-card' | 'paper';
  /** The byline as the real page shows it (names, or nothing), for the synthesised source page. */
  byline?: string;
  /** Text file: `shared:<file>` in ../shared/realpairs, else relative to the texts folder. */
  text: string;
  /** The source's own limits, hedges and trade-offs, by sentence id, with why. */
  caveats: { id: string; why: string }[];
  note?: string;
}

export interface PageEntry {
  id: string;
  url: string;
  title: string;
  date: string;
  sources: string[];
  /** Who wrote the source(s). */
  sourceAuthor: string;
  /** Whom the page credits for it ("Hugging Face", "NVIDIA"), as the page says it. */
  pageCredits: string[];
  /** True when the page credits someone other than the source's author for it. */
  misattributes: boolean;
  /** True when the page leaves out caveats the source states. */
  dropsCaveats: boolean;
  /** `heldout` pages were labelled before any code was changed for the corpus and are reported apart. */
  split: 'dev' | 'heldout';
  text: string;
  sentences: LabelledSentence[];
  note?: string;
}

/** The body of a text file: everything after a `# ---` header rule when there is one. */
export function readBody(file: string): { body: string; header: Record<string, string> } {
  const raw = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const lines = raw.split('\n');
  const rule = lines.findIndex((l) => /^# ?-{3,}/.test(l));
  const header: Record<string, string> = {};
  for (const line of rule >= 0 ? lines.slice(0, rule) : []) {
    const m = /^#\s*([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (m) header[m[1]!.trim().toLowerCase()] = m[2]!.trim();
  }
  return { body: (rule >= 0 ? lines.slice(rule + 1) : lines).join('\n').trim(), header };
}

export function textPath(ref: string): string {
  return ref.startsWith('shared:')
    ? path.join(SHARED_PAIRS, ref.slice('shared:'.length))
    : path.join(TEXTS, ref);
}

const normalized = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** FNV-1a, 32 bits, as 8 hex digits: a stable name for a sentence without storing its text. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A sentence's name in the manifest: its first three words and a hash of the whole. */
export function sentenceId(text: string): string {
  const norm = normalized(text);
  return `${norm.split(' ').slice(0, 3).join(' ')}#${fnv1a(norm)}`;
}

export interface ReferenceSentence {
  id: string;
  text: string;
}

/**
 * The sentences a labeller labels: each line of the body is a paragraph, split by
 * Intl.Segmenter. Fixed here, apart from the extraction under test, so that labels survive
 * changes to how Unspun reads a page.
 */
export function referenceSentences(body: string): ReferenceSentence[] {
  const seen = new Set<string>();
  const out: ReferenceSentence[] = [];
  for (const s of splitSentences(body)) {
    const id = sentenceId(s.text);
    if (!normalized(s.text) || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, text: s.text });
  }
  return out;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A line written as a list's point: a bullet, a dash or a star, or a number and its stop. */
const LIST_POINT = /^(?:[-•*◦▪]|\d{1,2}[.)])\s+/u;

/**
 * A page as the web would serve it, from a stored text: title, canonical address, byline, date,
 * and one paragraph per line (Markdown tables as tables, `#` lines as headings, points as a list), then Unspun's
 * own extraction.
 */
export function articleFromText(
  body: string,
  meta: { url: string; title: string; byline?: string; date?: string },
): Article {
  const lines = body.split('\n');
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
        const cells = lines[i]!.trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim());
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
      }
      i--;
      const [head, ...rest] = rows;
      blocks.push(
        `<table><thead><tr>${(head ?? []).map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${rest
          .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
      continue;
    }
    // A list's points, as the page's <li>s: the marker is the list's, not the text's.
    if (LIST_POINT.test(line)) {
      const points: string[] = [];
      for (; i < lines.length && LIST_POINT.test(lines[i]!.trim()); i++)
        points.push(`<li>${escapeHtml(lines[i]!.trim().replace(LIST_POINT, ''))}</li>`);
      i--;
      blocks.push(`<ul>${points.join('')}</ul>`);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading)
      blocks.push(
        `<h${heading[1]!.length + 1}>${escapeHtml(heading[2]!)}</h${heading[1]!.length + 1}>`,
      );
    else blocks.push(`<p>${escapeHtml(line)}</p>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(meta.title)}</title>
<link rel="canonical" href="${escapeHtml(meta.url)}">${meta.byline ? `<meta name="author" content="${escapeHtml(meta.byline)}">` : ''}${
    meta.date ? `<meta property="article:published_time" content="${escapeHtml(meta.date)}">` : ''
  }</head><body><article><h1>${escapeHtml(meta.title)}</h1>${blocks.join('\n')}</article></body></html>`;
  return extractArticle(parseHtmlDocument(html, meta.url), { url: meta.url });
}

function readJsonDir<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as T);
}

export const loadSources = () => readJsonDir<SourceEntry>(path.join(CORPUS, 'sources'));
export const loadPages = () => readJsonDir<PageEntry>(path.join(CORPUS, 'pages'));

/**
 * Real primary sources (launch posts, press releases, READMEs of ../shared/realpairs and, when
 * present, the git-ignored texts of tests/realpairs) joined to about 20,000 words: their wording is
 * what the paraphrase measure, the figures and the caveat rules meet in the wild. Undefined when
 * ../shared/realpairs is absent.
 */
export function twentyThousandWordSource(): Article | undefined {
  if (!existsSync(SHARED_PAIRS)) return undefined;
  const texts = [
    ...readdirSync(SHARED_PAIRS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(SHARED_PAIRS, f)),
    ...(existsSync(path.join(TEXTS, 'sources'))
      ? readdirSync(path.join(TEXTS, 'sources')).map((f) => path.join(TEXTS, 'sources', f))
      : []),
  ];
  const bodies: string[] = [];
  let words = 0;
  for (const file of texts) {
    if (words >= 20_000) break;
    const { body } = readBody(file);
    bodies.push(body);
    words += body.split(/\s+/).length;
  }
  return articleFromText(bodies.join('\n'), {
    url: 'https://bench.example/real-source',
    title: 'Real primary sources',
  });
}
