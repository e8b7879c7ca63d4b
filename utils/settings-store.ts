import { storage } from '@wxt-dev/storage';
import { isStorageFull, StorageError } from './storage-error';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../lib/settings/settings';
import { i18n } from './i18n';

/** The reader's settings in `storage.local` (key `settings`), read through `parseSettings`. */
const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** The settings; their defaults when storage cannot be read (settings never block the sidebar). */
export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function writeSettings(settings: Settings): Promise<void> {
  try {
    await settingsItem.setValue(parseSettings(settings));
  } catch (error) {
    throw new StorageError(
      isStorageFull(error) ? i18n.t('storage.settingsFull') : i18n.t('storage.settingsFailed'),
      { cause: error },
    );
  }
}

/** Calls back with the new settings whenever they change (in any tab); returns the unwatch. */
export const watchSettings = (callback: (settings: Settings) => void): (() => void) =>
  settingsItem.watch((value) => callback(parseSettings(value)));
