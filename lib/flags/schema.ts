import { createFlag, type FlagAnnotation } from './annotation';
import { isReason } from './reasons';

/**
 * The layout of Unspun's local storage, versioned so every release can read what an older one
 * wrote. Version 2 (current): `schema` = 2, and one key per flag, `flag:<id>`, so two tabs
 * writing at once never overwrite each other's flags. Version 1 kept every flag in one list under
 * `flags` ({id, url, reasons, note, quote, createdAt (ms), score}): two tabs saving at the same
 * moment could each write a list without the other's flag.
 */
export const SCHEMA_VERSION = 2;
export const SCHEMA_KEY = 'schema';
export const FLAG_PREFIX = 'flag:';
export const flagKey = (id: string) => `${FLAG_PREFIX}${id}`;

/** Storage written by a newer Unspun: never guessed at, so nothing of it is lost. */
export class NewerSchemaError extends Error {
  constructor(readonly version: number) {
    super(
      `These flags were saved by a newer version of Unspun (storage schema ${version}). Update Unspun to read them.`,
    );
  }
}

/** A change to storage: keys to write, then keys to remove. */
interface Migration {
  set: Record<string, unknown>;
  remove: string[];
}

interface V1Flag {
  id?: unknown;
  url?: unknown;
  reasons?: unknown;
  note?: unknown;
  quote?: unknown;
  createdAt?: unknown;
  score?: unknown;
}

function fromV1(old: V1Flag): FlagAnnotation | null {
  if (
    typeof old.id !== 'string' ||
    typeof old.url !== 'string' ||
    typeof old.createdAt !== 'number'
  )
    return null;
  try {
    const u = new URL(old.url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  } catch {
    return null;
  }
  const reasons = Array.isArray(old.reasons) ? old.reasons.filter(isReason) : [];
  const flag = createFlag(
    {
      reasons: reasons.length ? reasons : ['other'],
      note: typeof old.note === 'string' ? old.note : '',
      passages:
        typeof old.quote === 'string' && old.quote
          ? [[{ type: 'TextQuoteSelector', exact: old.quote }]]
          : [],
    },
    { url: old.url, spinScore: typeof old.score === 'number' ? old.score : undefined },
    new Date(old.createdAt),
    /^[0-9a-f-]{36}$/i.test(old.id)
      ? `urn:uuid:${old.id}`
      : `urn:unspun:flag:${encodeURIComponent(old.id)}`,
  );
  return flag;
}

/**
 * What to change to bring storage to the current version, from everything in it. Pure, and
 * idempotent: flags keep their ids, so two tabs migrating at once write the same records. A v1 flag
 * that cannot be read is kept under `flags-unreadable`, never dropped.
 */
export function migrate(items: Readonly<Record<string, unknown>>): Migration | null {
  const version =
    typeof items[SCHEMA_KEY] === 'number'
      ? (items[SCHEMA_KEY] as number)
      : items.flags !== undefined
        ? 1
        : SCHEMA_VERSION;
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version);
  if (version === SCHEMA_VERSION && items[SCHEMA_KEY] === SCHEMA_VERSION) return null;
  const m: Migration = { set: { [SCHEMA_KEY]: SCHEMA_VERSION }, remove: [] };
  if (version === 1) {
    const list = Array.isArray(items.flags) ? (items.flags as V1Flag[]) : [];
    const unreadable: unknown[] = [];
    for (const old of list) {
      const flag = fromV1(old ?? {});
      if (flag) m.set[flagKey(flag.id)] = flag;
      else unreadable.push(old);
    }
    if (unreadable.length) m.set['flags-unreadable'] = unreadable;
    m.remove.push('flags');
  }
  return m;
}
