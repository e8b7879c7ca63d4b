import { i18n } from './i18n';

/**
 * A storage failure in words a reader can act on. The browser's own message ("QUOTA_BYTES quota
 * exceeded", "IO error: …") is developer text; it stays in `cause` and never reaches the page.
 */
export class StorageError extends Error {}

/** What was being done when storage failed, for the message. */
export type Doing =
  | 'doingSave'
  | 'doingSaveMany'
  | 'doingImport'
  | 'doingRead'
  | 'doingRemove'
  | 'doingClear'
  | 'doingForget';

/** Whether a storage error says the storage is full (browsers word it "QUOTA_BYTES quota exceeded" and the like). */
export const isStorageFull = (error: unknown): boolean =>
  /quota|full|exceed|space/i.test(String((error as Error)?.message ?? error));

/** The reader's words for a failure while `doing`: full, or not answering. */
export function storageError(error: unknown, doing: Doing): StorageError {
  const what = i18n.t(`storage.${doing}`);
  return new StorageError(
    isStorageFull(error) ? i18n.t('storage.full', [what]) : i18n.t('storage.failed', [what]),
    { cause: error },
  );
}

/** What to show the reader for a failure: a StorageError's words, else `fallback` (never the browser's text). */
export const readerMessage = (error: unknown, fallback: string): string =>
  error instanceof StorageError ? error.message : fallback;
