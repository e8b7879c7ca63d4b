import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FlagsPage, type FlagRow, type FlagsPageView } from '../../components/FlagsPage';
import { draftOf, flagPage, updateFlag, type FlagAnnotation } from '../../lib/flags/annotation';
import { quoteOf } from '../../lib/flags/anchor';
import { describeImport, importFlags, toCsv, toJsonLd } from '../../lib/flags/exchange';
import { filterFlags, NO_FILTER, sitesOf } from '../../lib/flags/filter';
import { MessageError } from '../../lib/words/message';
import { say } from '../../components/say';
import { changesFlags, FlagStore } from '../../utils/flag-store';
import { readerMessage } from '../../utils/storage-error';
import { i18n } from '../../utils/i18n';

const toRow = (f: FlagAnnotation): FlagRow => {
  const d = draftOf(f);
  return {
    id: f.id,
    page: flagPage(f),
    title: f.pageTitle ?? '',
    created: f.created,
    reasons: d.reasons,
    note: d.note,
    passages: d.passages.map(quoteOf).filter(Boolean),
    spinScore: f.spinScore,
    primarySource: f.primarySource,
  };
};
const plain = (error: unknown) =>
  error instanceof MessageError
    ? say(error.messages.message)
    : readerMessage(error, i18n.t('storage.somethingWrong'));

/** The flags page's controller: reads the store, holds filter and edit state, renders FlagsPage. */
export class FlagsPageController {
  private flags: FlagAnnotation[] = [];
  private removed: FlagAnnotation | null = null;
  private view: FlagsPageView = {
    state: 'loading',
    total: 0,
    rows: [],
    sites: [],
    filter: NO_FILTER,
    editing: null,
    status: null,
    error: null,
    canUndo: false,
    download: null,
  };

  constructor(
    private readonly root: HTMLElement,
    private readonly store = new FlagStore(),
  ) {}

  async start(): Promise<void> {
    this.render();
    // Flags saved in a tab while this page is open show up at once.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changesFlags(changes)) void this.reload();
    });
    await this.reload();
  }

  private async reload(): Promise<void> {
    try {
      this.flags = await this.store.all();
      this.set({ state: 'ready' });
    } catch (error) {
      this.set({ state: 'unavailable', error: plain(error) });
    }
  }

  private set(patch: Partial<FlagsPageView>): void {
    this.view = { ...this.view, ...patch };
    const rows = filterFlags(this.flags, this.view.filter).map(toRow);
    this.view = { ...this.view, rows, total: this.flags.length, sites: sitesOf(this.flags) };
    this.render();
  }

  private async attempt(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.set({ error: plain(error) });
    }
  }

  private readonly actions = {
    setFilter: (patch: Partial<FlagsPageView['filter']>) =>
      this.set({ filter: { ...this.view.filter, ...patch } }),
    edit: (id: string) => {
      const flag = this.flags.find((f) => f.id === id);
      if (flag)
        this.set({ editing: { id, reasons: draftOf(flag).reasons, note: draftOf(flag).note } });
    },
    toggleReason: (reason: FlagRow['reasons'][number]) => {
      const e = this.view.editing;
      if (e)
        this.set({
          editing: {
            ...e,
            reasons: e.reasons.includes(reason)
              ? e.reasons.filter((r) => r !== reason)
              : [...e.reasons, reason],
          },
        });
    },
    setNote: (note: string) => {
      const e = this.view.editing;
      if (e) this.set({ editing: { ...e, note } });
    },
    cancelEdit: () => this.set({ editing: null }),
    saveEdit: () =>
      void this.attempt(async () => {
        const e = this.view.editing;
        const flag = e && this.flags.find((f) => f.id === e.id);
        if (!e || !flag) return;
        if (!e.reasons.length) {
          this.set({ error: i18n.t('flag.needReason') });
          return;
        }
        const updated = updateFlag(
          flag,
          { reasons: e.reasons, note: e.note, passages: draftOf(flag).passages },
          new Date(),
        );
        await this.store.save(updated);
        this.flags = this.flags.map((f) => (f.id === updated.id ? updated : f));
        this.set({
          editing: null,
          status: i18n.t('flagsPage.updated'),
          error: null,
          canUndo: false,
        });
      }),
    remove: (id: string) =>
      void this.attempt(async () => {
        const flag = this.flags.find((f) => f.id === id);
        if (!flag) return;
        await this.store.remove(id);
        this.removed = flag;
        this.flags = this.flags.filter((f) => f.id !== id);
        this.set({
          status: i18n.t('flagsPage.deleted', [flag.pageTitle || flagPage(flag)]),
          canUndo: true,
          error: null,
        });
      }),
    undo: () =>
      void this.attempt(async () => {
        const flag = this.removed;
        if (!flag) return;
        await this.store.save(flag);
        this.removed = null;
        this.flags = [flag, ...this.flags.filter((f) => f.id !== flag.id)].sort((a, b) =>
          b.created.localeCompare(a.created),
        );
        this.set({ status: i18n.t('flagsPage.restored'), canUndo: false, error: null });
      }),
    exportAs: (format: 'jsonld' | 'csv') => {
      const stamp = new Date().toISOString().slice(0, 10);
      const [text, type, name] =
        format === 'jsonld'
          ? [
              toJsonLd(this.flags, new Date()),
              'application/ld+json',
              `unspun-flags-${stamp}.jsonld`,
            ]
          : [toCsv(this.flags), 'text/csv', `unspun-flags-${stamp}.csv`];
      if (this.view.download) URL.revokeObjectURL(this.view.download.href);
      const href = URL.createObjectURL(new Blob([text], { type }));
      this.set({
        download: { href, name, label: i18n.t('flagsPage.download', [name]) },
        status: i18n.t('flagsPage.exported', this.flags.length),
        canUndo: false,
      });
      // Start the download at once; the link stays for another try.
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      a.click();
    },
    importFile: (file: File) =>
      void this.attempt(async () => {
        const result = importFlags(await file.text(), this.flags);
        if (result.added.length) await this.store.saveMany(result.added, 'doingImport');
        this.flags = [...this.flags, ...result.added].sort((a, b) =>
          b.created.localeCompare(a.created),
        );
        this.set({ status: say(describeImport(result)), canUndo: false, error: null });
      }),
  };

  private render(): void {
    render(<FlagsPage view={this.view} actions={this.actions} />, this.root);
  }
}
