import { browser } from 'wxt/browser';
import { memoryKey, type MemoryEntry } from '../lib/memory/fingerprint';
import type { StorageArea } from './flag-store';
import { storageError } from './storage-error';

/** Pages remembered at most; the oldest are forgotten first. */
const MEMORY_CAP = 500;
const PREFIX = 'memory:';

/**
 * The pages the reader opened Unspun on, as fingerprints, in the browser's local storage (one key
 * per page, so tabs never overwrite each other). Capped; cleared from the settings.
 */
export class MemoryStore {
  constructor(
    private readonly area: StorageArea = browser.storage.local as unknown as StorageArea,
    private readonly cap = MEMORY_CAP,
  ) {}

  async all(): Promise<MemoryEntry[]> {
    const items = await this.area.get(null);
    return Object.entries(items)
      .filter(([k]) => k.startsWith(PREFIX))
      .map(([, v]) => v as MemoryEntry)
      .filter((e) => typeof e?.url === 'string' && Array.isArray(e.shingles));
  }

  /** Remembers (or refreshes) a page, then forgets the oldest past the cap. */
  async remember(entry: MemoryEntry): Promise<void> {
    const key = memoryKey(entry.url);
    const previous = (await this.area.get(key))[key] as MemoryEntry | undefined;
    // A later visit without a comparison keeps what an earlier comparison found.
    await this.area.set({
      [key]: previous
        ? {
            ...previous,
            ...entry,
            sourceUrl: entry.sourceUrl ?? previous.sourceUrl,
            added: entry.added ?? previous.added,
            strengthened: entry.strengthened ?? previous.strengthened,
            dropped: entry.dropped ?? previous.dropped,
          }
        : entry,
    });
    const all = await this.all();
    if (all.length > this.cap) {
      const oldest = all
        .sort((a, b) => a.seen.localeCompare(b.seen))
        .slice(0, all.length - this.cap);
      await this.area.remove(oldest.map((e) => memoryKey(e.url)));
    }
  }

  async clear(): Promise<void> {
    try {
      const all = await this.all();
      if (all.length) await this.area.remove(all.map((e) => memoryKey(e.url)));
    } catch (error) {
      throw storageError(error, 'doingForget');
    }
  }
}
