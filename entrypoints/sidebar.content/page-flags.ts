import type { FlagActions, FlagFormView, FlagsView, SavedFlagView } from '../../components/view';
import type { Report } from '../../lib/report/report';
import type { UnsplitArticle } from '../../lib/extract/article';
import { createFlag, draftOf, updateFlag, type FlagAnnotation } from '../../lib/flags/annotation';
import {
  anchorPassage,
  describePassage,
  locateQuote,
  quoteOf,
  type PassageSelector,
} from '../../lib/flags/anchor';
import type { ReasonId } from '../../lib/flags/reasons';
import { FLAGGED_STYLE, PageHighlighter } from '../../lib/page/highlight';
import { FlagStore } from '../../utils/flag-store';
import { readerMessage } from '../../utils/storage-error';
import { sendMessage } from '../../utils/messaging';
import { i18n } from '../../utils/i18n';

/** Longest selection kept for a passage: a flag marks a sentence or a paragraph, not a page. */
const MAX_SELECTION = 2_000;

const message = (error: unknown) => readerMessage(error, i18n.t('flag.storageDown'));

/**
 * The reader's flags on the open page: loads them, highlights their passages again (re-anchored by
 * quote), and runs the flag form. Holds the form's contents, so a failed save loses nothing.
 */
export class PageFlags {
  private flags: FlagAnnotation[] = [];
  private view: FlagsView = {
    state: 'loading',
    saved: [],
    form: null,
    error: null,
    status: null,
    canUndo: false,
  };
  private article: UnsplitArticle | null = null;
  private report: Report | null = null;
  private url = '';
  private passages: PassageSelector[][] = [];
  private selection: { quote: string; selectors: PassageSelector[] } | null = null;
  private removed: FlagAnnotation | null = null;
  private readonly highlighter: PageHighlighter;
  private readonly onSelection = () => this.readSelection();
  /** Where each saved passage was highlighted by the last refresh (null: not on the page). */
  private placed: { quote: string; element: HTMLElement | null }[] = [];
  /** Bumped on every load and dispose: a late answer from storage for an old page is dropped. */
  private loads = 0;

  constructor(
    private readonly doc: Document,
    /** The sidebar's host element: selections inside it are not page passages. */
    private readonly host: () => Element | null,
    private readonly changed: () => void,
    private readonly store = new FlagStore(),
  ) {
    this.highlighter = new PageHighlighter(doc, FLAGGED_STYLE, 'flagged');
  }

  get current(): FlagsView {
    return this.view;
  }

  /** Reads this page's flags and marks their passages. */
  async load(article: UnsplitArticle, url: string): Promise<void> {
    this.article = article;
    this.url = url;
    const load = ++this.loads;
    try {
      const flags = await this.store.forPage(url);
      if (load !== this.loads) return;
      this.flags = flags;
      this.set({ state: 'ready', error: null });
    } catch (error) {
      if (load !== this.loads) return;
      this.set({ state: 'unavailable', error: message(error) });
    }
    this.refresh();
  }

  /** The latest report: its score and source are recorded with a new flag. */
  setReport(report: Report): void {
    this.report = report;
  }

  dispose(): void {
    this.loads++;
    this.flags = [];
    this.placed = [];
    this.view = {
      state: 'loading',
      saved: [],
      form: null,
      error: null,
      status: null,
      canUndo: false,
    };
    this.highlighter.clear();
    this.doc.removeEventListener('selectionchange', this.onSelection);
  }

  readonly actions: FlagActions = {
    start: () => this.openForm(null, { reasons: [], note: '', passages: [] }),
    edit: (id) => {
      const flag = this.flags.find((f) => f.id === id);
      if (flag) this.openForm(id, draftOf(flag));
    },
    cancel: () => {
      this.doc.removeEventListener('selectionchange', this.onSelection);
      this.set({ form: null, error: null });
    },
    toggleReason: (reason: ReasonId) => {
      const form = this.view.form;
      if (!form) return;
      const reasons = form.reasons.includes(reason)
        ? form.reasons.filter((r) => r !== reason)
        : [...form.reasons, reason];
      this.setForm({ reasons });
    },
    setNote: (note) => this.setForm({ note }),
    attachSelection: () => {
      if (!this.selection || !this.view.form) return;
      this.passages.push(this.selection.selectors);
      this.selection = null;
      this.setForm({ passages: this.passages.map(quoteOf), selection: null });
    },
    removePassage: (index) => {
      this.passages.splice(index, 1);
      this.setForm({ passages: this.passages.map(quoteOf) });
    },
    save: () => void this.save(),
    unflag: (id) => void this.unflag(id),
    undo: () => void this.undo(),
    showPassage: (quote) => {
      // Already highlighted by refresh(): scroll to it, without anchoring every passage again.
      this.placed
        .find((h) => h.quote === quote)
        ?.element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
  };

  private openForm(
    editing: string | null,
    draft: { reasons: ReasonId[]; note: string; passages: PassageSelector[][] },
  ): void {
    this.passages = draft.passages.map((p) => [...p]);
    this.selection = null;
    this.doc.addEventListener('selectionchange', this.onSelection);
    this.readSelection(false);
    this.set({
      form: {
        editing,
        reasons: draft.reasons,
        note: draft.note,
        passages: this.passages.map(quoteOf),
        selection: this.pendingSelection(),
        saving: false,
      },
      error: null,
      status: null,
    });
  }

  private pendingSelection(): string | null {
    return this.selection?.quote ?? null;
  }

  /** Remembers the last text the reader selected in the page (not in the sidebar). */
  private readSelection(render = true): void {
    const selection = this.doc.getSelection();
    const text = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
    const node = selection?.anchorNode;
    const host = this.host();
    if (
      !text ||
      !node ||
      (host && (host === node || host.contains(node) || node.getRootNode() !== this.doc))
    )
      return;
    const quote = text.slice(0, MAX_SELECTION);
    const where = this.article ? locateQuote(this.article.text, quote) : null;
    this.selection = {
      quote,
      selectors:
        where && this.article
          ? describePassage(this.article.text, where.start, where.end)
          : [{ type: 'TextQuoteSelector', exact: quote }],
    };
    if (render) this.setForm({ selection: quote });
  }

  private async save(): Promise<void> {
    const form = this.view.form;
    if (!form || form.saving) return;
    if (!form.reasons.length) {
      this.set({ error: i18n.t('flag.needReason') });
      return;
    }
    const draft = { reasons: form.reasons, note: form.note, passages: this.passages };
    const now = new Date();
    const existing = form.editing ? this.flags.find((f) => f.id === form.editing) : undefined;
    const flag = existing
      ? updateFlag(existing, draft, now)
      : createFlag(
          draft,
          {
            url: this.url,
            title: this.article?.title,
            primarySource: this.report?.source?.url,
            spinScore: this.report ? Math.round(this.report.spin.score) : undefined,
          },
          now,
          `urn:uuid:${crypto.randomUUID()}`,
        );
    this.setForm({ saving: true });
    try {
      await this.store.save(flag);
    } catch (error) {
      // The form stays as it was, with everything the reader typed.
      this.setForm({ saving: false });
      this.set({ error: message(error) });
      return;
    }
    this.flags = [flag, ...this.flags.filter((f) => f.id !== flag.id)];
    this.doc.removeEventListener('selectionchange', this.onSelection);
    this.set({
      form: null,
      error: null,
      status: existing ? i18n.t('flag.updated') : i18n.t('flag.saved'),
      canUndo: false,
    });
    this.refresh();
  }

  private async unflag(id: string): Promise<void> {
    const flag = this.flags.find((f) => f.id === id);
    if (!flag) return;
    try {
      await this.store.remove(id);
    } catch (error) {
      this.set({ error: message(error) });
      return;
    }
    this.removed = flag;
    this.flags = this.flags.filter((f) => f.id !== id);
    this.set({ status: i18n.t('flag.removed'), canUndo: true, error: null, form: null });
    this.refresh();
  }

  private async undo(): Promise<void> {
    const flag = this.removed;
    if (!flag) return;
    try {
      await this.store.save(flag);
    } catch (error) {
      this.set({ error: message(error) });
      return;
    }
    this.removed = null;
    this.flags = [flag, ...this.flags];
    this.set({ status: i18n.t('flag.restored'), canUndo: false });
    this.refresh();
  }

  /** Highlights every saved passage that can still be found; returns where each went. */
  private highlightAll(): { quote: string; element: HTMLElement | null }[] {
    const text = this.article?.text ?? '';
    return this.flags.flatMap((f) =>
      draftOf(f).passages.map((selectors) => {
        const anchor = anchorPassage(text, selectors);
        let element: HTMLElement | null = null;
        try {
          element = anchor ? this.highlighter.add(anchor.exact) : null;
        } catch {
          // A page that fights DOM changes keeps its text unmarked; the flag is still listed.
        }
        return { quote: quoteOf(selectors), element };
      }),
    );
  }

  /** Highlights, the list of saved flags, and the badge, from `this.flags`. */
  private refresh(): void {
    this.highlighter.clear();
    const placed = (this.placed = this.highlightAll());
    let k = 0;
    const saved: SavedFlagView[] = this.flags.map((f) => {
      const draft = draftOf(f);
      return {
        id: f.id,
        created: f.created,
        modified: f.modified,
        reasons: draft.reasons,
        note: draft.note,
        passages: draft.passages.map(() => {
          const p = placed[k++]!;
          return { quote: p.quote, found: p.element !== null };
        }),
      };
    });
    this.set({ saved });
    void sendMessage('pageFlagged', { count: this.flags.length }).catch(() => {});
  }

  private setForm(patch: Partial<FlagFormView>): void {
    if (this.view.form) this.set({ form: { ...this.view.form, ...patch } });
  }

  private set(patch: Partial<FlagsView>): void {
    this.view = { ...this.view, ...patch };
    this.changed();
  }
}
