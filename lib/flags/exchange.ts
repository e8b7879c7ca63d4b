import {
  ANNOTATION_CONTEXT,
  draftOf,
  flagPage,
  parseFlag,
  type FlagAnnotation,
  type FlagProblem,
} from './annotation';
import { quoteOf } from './anchor';
import { reasonLabel } from './reasons';
import { clauses, MessageError, msg, plural, type Message } from '../words/message';

/** Every flag as one W3C AnnotationCollection with a single page of items (JSON-LD). */
export function toJsonLd(flags: readonly FlagAnnotation[], now: Date): string {
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Flags from Unspun',
    generated: now.toISOString(),
    total: flags.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: flags.map(({ '@context': _context, ...rest }) => rest),
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'id',
  'page',
  'page title',
  'primary source',
  'spin score',
  'created',
  'modified',
  'reasons',
  'note',
  'passages',
];

/**
 * A CSV cell: quoted when needed; a leading = + - @ is prefixed with ' so spreadsheet programs do
 * not run it as a formula (OWASP "CSV injection").
 */
function cell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every flag as one CSV row (RFC 4180; reasons by their labels, passages by their quotes). */
export function toCsv(flags: readonly FlagAnnotation[]): string {
  const rows = flags.map((f) => {
    const draft = draftOf(f);
    const quotes = draft.passages.map(quoteOf).filter(Boolean);
    return [
      f.id,
      flagPage(f),
      f.pageTitle,
      f.primarySource,
      f.spinScore,
      f.created,
      f.modified,
      draft.reasons.map(reasonLabel).join('; '),
      draft.note,
      quotes.join(' | '),
    ]
      .map(cell)
      .join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

interface ImportResult {
  added: FlagAnnotation[];
  duplicates: number;
  invalid: ({ index: number } & FlagProblem)[];
}

/** Largest import read: far more flags than a reader makes, small enough to parse at once. */
const MAX_IMPORT_BYTES = 20_000_000;

/** Items of an export: a collection, a page, a list, or one annotation. */
function itemsOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.type === 'AnnotationCollection') return itemsOf(d.first) ?? [];
  if (d.type === 'AnnotationPage') return Array.isArray(d.items) ? d.items : [];
  if (d.type === 'Annotation') return [d];
  return null;
}

/** Duplicates are the same annotation id, or the same page flagged at the same moment. */
const sameness = (f: FlagAnnotation) => [f.id, `${flagPage(f)}\u0000${f.created}`];

/**
 * Reads an export (this extension's JSON-LD, or any list of Web Annotations with Unspun's reasons):
 * each item checked, flags already held (or repeated in the file) skipped, the rest returned.
 * Throws a MessageError with a plain message when the file is not such an export at all.
 */
export function importFlags(text: string, existing: readonly FlagAnnotation[]): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) throw new MessageError(msg('flagsImport.tooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new MessageError(msg('flagsImport.notJson'));
  }
  const items = itemsOf(data);
  if (!items) throw new MessageError(msg('flagsImport.noAnnotations'));
  const seen = new Set(existing.flatMap(sameness));
  const result: ImportResult = { added: [], duplicates: 0, invalid: [] };
  items.forEach((item, index) => {
    const parsed = parseFlag(item);
    if ('error' in parsed) {
      result.invalid.push({ index, ...parsed });
      return;
    }
    const keys = sameness(parsed.flag);
    if (keys.some((k) => seen.has(k))) {
      result.duplicates++;
      return;
    }
    for (const k of keys) seen.add(k);
    result.added.push(parsed.flag);
  });
  return result;
}

/** What an import did, in one plain sentence. */
export function describeImport(r: ImportResult): Message {
  const parts = [plural('flagsImport.added', r.added.length)];
  if (r.duplicates) parts.push(msg('flagsImport.duplicates', r.duplicates));
  if (r.invalid.length)
    parts.push(
      msg(
        'flagsImport.invalid',
        r.invalid.length,
        r.invalid[0]!.index + 1,
        r.invalid[0]!.messages.error,
      ),
    );
  return msg('flagsImport.done', clauses(parts));
}
