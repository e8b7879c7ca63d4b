import type { Report, Span } from '../lib/report/report';
import type { ReasonId } from '../lib/flags/reasons';
import type { FeedMatch } from '../lib/source/feeds';
import type { MemoryEntry } from '../lib/memory/fingerprint';
import type { Message } from '../lib/words/message';

/** Where the primary-source comparison stands, as the sidebar shows it. */
export type SourceStatus =
  | { kind: 'none' }
  | { kind: 'self' }
  | { kind: 'needs-permission'; url: string; site: string; grantFrameUrl: string }
  | { kind: 'fetching'; url: string }
  /** Reading the source from a tab of the browser that shows it (the fetch could not). */
  | { kind: 'reading-tab'; url: string }
  | { kind: 'compared'; url: string }
  /** `tab`: offer to open the source in a tab and read it there, or to read its tab again. */
  | { kind: 'failed'; url: string; message: Message; tab?: 'open' | 'reread' };

/** Everything the sidebar renders. Components get this and callbacks, nothing else. */
export type SidebarView =
  | { kind: 'loading' }
  | { kind: 'no-article'; message: Message }
  | {
      kind: 'report';
      report: Report;
      source: SourceStatus;
      flags: FlagsView;
      feed?: FeedSearch;
      alsoRetold?: MemoryEntry[];
      pageChanged?: boolean;
      /**
       * The Report just came: what lies below the score and flags follows once the score has
       * painted (or the comparison on its way came); the body says it is busy meanwhile.
       */
      restPending?: boolean;
    };

/** The search of a publisher's feed for a source the page names but does not link. */
export type FeedSearch =
  | { state: 'searching'; feedName: string }
  | {
      state: 'found';
      from: 'feed' | 'memory';
      feedName: string;
      matches: FeedMatch[];
      notes?: Message[];
    }
  | { state: 'none'; feedName: string; notes?: Message[] }
  | { state: 'failed'; feedName: string; message: Message };

/** A saved flag on this page, as the sidebar lists it. */
export interface SavedFlagView {
  id: string;
  created: string;
  modified: string;
  reasons: ReasonId[];
  note: string;
  /** Each attached passage, and whether it is still on the page. */
  passages: { quote: string; found: boolean }[];
}

/** The flag form's contents (kept by the controller, so nothing typed is lost on a re-render). */
export interface FlagFormView {
  /** The flag being edited, or null for a new one. */
  editing: string | null;
  reasons: ReasonId[];
  note: string;
  passages: string[];
  /** Text selected in the page that can be attached now. */
  selection: string | null;
  saving: boolean;
}

/** The reader's flags on this page. */
export interface FlagsView {
  state: 'loading' | 'ready' | 'unavailable';
  saved: SavedFlagView[];
  form: FlagFormView | null;
  /** A failure the reader must know about (role=alert). */
  error: string | null;
  /** What just happened (role=status). */
  status: string | null;
  /** A flag was just removed and can be put back. */
  canUndo: boolean;
}

/** What the flag panel can ask of its controller. */
export interface FlagActions {
  start(): void;
  edit(id: string): void;
  cancel(): void;
  toggleReason(reason: ReasonId): void;
  setNote(note: string): void;
  attachSelection(): void;
  removePassage(index: number): void;
  save(): void;
  unflag(id: string): void;
  undo(): void;
  showPassage(quote: string): void;
}

/** The sidebar's own size, which the reader controls. */
export interface SidebarLayout {
  width: number;
  minWidth: number;
  maxWidth: number;
  collapsed: boolean;
}

/** What the sidebar can ask of its controller. */
export interface SidebarActions {
  close(): void;
  /** Collapse to a narrow strip, or expand again. */
  setCollapsed(collapsed: boolean): void;
  resize(width: number): void;
  /** Scroll the page to this stretch of the article and highlight it. */
  showSpan(span: Span): void;
  /** Fetch and compare the primary source at this address (asks for permission when needed). */
  compareSource(url: string): void;
  /** Read the source from its tab, opening one in the background if none shows it. */
  readSourceTab(url: string): void;
  /** The page navigated (single-page site): read the new article. */
  reread(): void;
  /** Open the permission grant for the source's site in its own window (frame fallback). */
  grantInWindow(url: string): void;
  /** Open the extension's page at the reader's flags or the settings. */
  openOptions(section: 'flags' | 'settings'): void;
  flags: FlagActions;
}
