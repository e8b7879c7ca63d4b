import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SettingsPanel, type SettingsView } from '../../components/SettingsPanel';
import {
  DEFAULT_SETTINGS,
  MAX_AUTO_OPEN,
  siteOfInput,
  sitePatterns,
  type Settings,
} from '../../lib/settings/settings';
import { FlagStore } from '../../utils/flag-store';
import { MemoryStore } from '../../utils/memory-store';
import { ALL_SITES } from '../grant/grant';
import { readSettings, watchSettings, writeSettings } from '../../utils/settings-store';
import { readerMessage } from '../../utils/storage-error';
import { i18n } from '../../utils/i18n';

/** The host of a permission pattern ("https://*.example.com/*" → "example.com"). */
const hostOfPattern = (pattern: string) =>
  pattern
    .replace(/^[a-z*]+:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^\*\./, '');

/** Applies the reader's light/dark choice to an extension page. */
export function applyPageTheme(theme: Settings['theme']): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

/** The settings section's controller: storage, permissions, and the clear-all. */
export class SettingsController {
  private view: SettingsView = {
    settings: DEFAULT_SETTINGS,
    sourceSites: [],
    flagCount: 0,
    memoryCount: 0,
    status: null,
    error: null,
  };
  private readonly memory = new MemoryStore();

  constructor(
    private readonly root: HTMLElement,
    private readonly store = new FlagStore(),
  ) {}

  async start(): Promise<void> {
    watchSettings((settings) => {
      applyPageTheme(settings.theme);
      this.set({ settings });
    });
    browser.permissions.onAdded.addListener(() => void this.refresh());
    browser.permissions.onRemoved.addListener(() => void this.refresh());
    browser.storage.onChanged.addListener(() => void this.refresh());
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const settings = await readSettings();
    applyPageTheme(settings.theme);
    const origins =
      (await browser.permissions.getAll().catch(() => ({ origins: [] as string[] }))).origins ?? [];
    const all = ALL_SITES.every((p) => origins.includes(p)) || origins.includes('<all_urls>');
    const sourceSites = all
      ? 'all'
      : [...new Set(origins.map(hostOfPattern))]
          .filter((h) => h && !settings.autoOpen.includes(h))
          .sort();
    const flagCount = (await this.store.all().catch(() => [])).length;
    const memoryCount = (await this.memory.all().catch(() => [])).length;
    this.set({ settings, sourceSites, flagCount, memoryCount });
  }

  private set(patch: Partial<SettingsView>): void {
    this.view = { ...this.view, ...patch };
    render(<SettingsPanel view={this.view} actions={this.actions} />, this.root);
  }

  private async save(settings: Settings, status: string): Promise<void> {
    try {
      await writeSettings(settings);
      this.set({ settings, status, error: null });
    } catch (error) {
      this.set({ error: readerMessage(error, i18n.t('storage.somethingWrong')) });
    }
  }

  private readonly actions = {
    setTheme: (theme: Settings['theme']) =>
      void this.save({ ...this.view.settings, theme }, i18n.t('settings.themeSet')),
    allowAllSources: () =>
      void (async () => {
        // Asked on the click itself: browsers grant permissions only during a user gesture.
        const granted = await browser.permissions
          .request({ origins: ALL_SITES })
          .catch(() => false);
        this.set({
          status: granted ? i18n.t('settings.allowedAll') : i18n.t('settings.notAllowed'),
          error: null,
        });
        await this.refresh();
      })(),
    removeSourceSite: (site: string) =>
      void (async () => {
        const removed = await browser.permissions
          .remove({ origins: sitePatterns(site) })
          .catch(() => false);
        this.set(
          removed
            ? { status: i18n.t('settings.siteRemoved', [site]), error: null }
            : { error: i18n.t('settings.siteKept', [site]) },
        );
        await this.refresh();
      })(),
    addAutoOpen: (input: string) =>
      void (async () => {
        const site = siteOfInput(input);
        if (!site) {
          this.set({ error: i18n.t('settings.notASite', [input.trim()]) });
          return;
        }
        if (this.view.settings.autoOpen.includes(site)) return;
        if (this.view.settings.autoOpen.length >= MAX_AUTO_OPEN) {
          this.set({ error: i18n.t('settings.tooMany', [MAX_AUTO_OPEN]) });
          return;
        }
        const granted = await browser.permissions
          .request({ origins: sitePatterns(site) })
          .catch(() => false);
        if (!granted) {
          this.set({ error: i18n.t('settings.autoRefused', [site]) });
          return;
        }
        await this.save(
          { ...this.view.settings, autoOpen: [...this.view.settings.autoOpen, site] },
          i18n.t('settings.autoAdded', [site]),
        );
      })(),
    removeAutoOpen: (site: string) =>
      void this.save(
        { ...this.view.settings, autoOpen: this.view.settings.autoOpen.filter((s) => s !== site) },
        i18n.t('settings.autoRemoved', [site]),
      ),
    forgetPages: () => void this.clear(() => this.memory.clear(), i18n.t('settings.forgotten')),
    clearAll: () => void this.clear(() => this.store.clearAll(), i18n.t('settings.cleared')),
  };

  /** Clears stored data: says it is done or why not, then shows what is left. */
  private async clear(work: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await work();
      this.set({ status: done, error: null });
    } catch (error) {
      this.set({ error: readerMessage(error, i18n.t('storage.somethingWrong')) });
    }
    await this.refresh();
  }
}
