import { browser } from 'wxt/browser';
import { flagPage, parseFlag, type FlagAnnotation } from '../lib/flags/annotation';
import { FLAG_PREFIX, flagKey, migrate, NewerSchemaError } from '../lib/flags/schema';
import { sameSource } from '../lib/source/normalize-url';
import { storageError, StorageError, type Doing } from './storage-error';
import { i18n } from './i18n';

/** The part of `storage.local` the store uses (a fake stands in for it in unit tests). */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The reader's flags in the browser's local storage, one key per flag (see lib/flags/schema.ts),
 * brought to the current schema before the first read. Nothing here leaves the browser.
 */
export class FlagStore {
  private migrated: Promise<void> | null = null;

  constructor(
    private readonly area: StorageArea = browser.storage.local as unknown as StorageArea,
  ) {}

  private ready(): Promise<void> {
    this.migrated ??= (async () => {
      const m = migrate(await this.area.get(null));
      if (!m) return;
      // New records first, then the old ones go: an interruption leaves both, never neither.
      await this.area.set(m.set);
      if (m.remove.length) await this.area.remove(m.remove);
    })().catch((error) => {
      this.migrated = null;
      throw error instanceof NewerSchemaError
        ? new StorageError(i18n.t('storage.newer'))
        : storageError(error, 'doingRead');
    });
    return this.migrated;
  }

  /** Every flag, newest first; records that do not read as flags are left alone, not deleted. */
  async all(): Promise<FlagAnnotation[]> {
    await this.ready();
    let items: Record<string, unknown>;
    try {
      items = await this.area.get(null);
    } catch (error) {
      throw storageError(error, 'doingRead');
    }
    const flags: FlagAnnotation[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(FLAG_PREFIX)) continue;
      const parsed = parseFlag(value);
      if ('flag' in parsed) flags.push(parsed.flag);
    }
    return flags.sort((a, b) => b.created.localeCompare(a.created));
  }

  /** The flags on this page (the same page under another address counts: tracking, AMP, http). */
  async forPage(url: string): Promise<FlagAnnotation[]> {
    return (await this.all()).filter((f) => sameSource(flagPage(f), url));
  }

  async save(flag: FlagAnnotation): Promise<void> {
    await this.saveMany([flag], 'doingSave');
  }

  async saveMany(flags: readonly FlagAnnotation[], doing: Doing = 'doingSaveMany'): Promise<void> {
    await this.ready();
    try {
      await this.area.set(Object.fromEntries(flags.map((f) => [flagKey(f.id), f])));
    } catch (error) {
      throw storageError(error, doing);
    }
  }

  async remove(id: string): Promise<void> {
    await this.ready();
    try {
      await this.area.remove(flagKey(id));
    } catch (error) {
      throw storageError(error, 'doingRemove');
    }
  }

  /** Clears everything Unspun keeps in local storage (the settings page's "clear all data"). */
  async clearAll(): Promise<void> {
    try {
      await this.area.clear();
    } catch (error) {
      throw storageError(error, 'doingClear');
    }
    this.migrated = null;
  }
}

/** Whether a storage change touched any flag (for the badge and open flag lists). */
export const changesFlags = (changes: Record<string, unknown>) =>
  Object.keys(changes).some((k) => k.startsWith(FLAG_PREFIX));
