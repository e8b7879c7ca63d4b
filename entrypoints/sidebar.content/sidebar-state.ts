import type { FeedSearch, FlagsView, SidebarView, SourceStatus } from '../../components/view';
import type { UnsplitArticle } from '../../lib/extract/article';
import type { MemoryEntry } from '../../lib/memory/fingerprint';
import type { Report } from '../../lib/report/report';
import type { Message } from '../../lib/words/message';

/** How far reading the page has come. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'no-article'; message: Message }
  /** `report`: the latest one, the page alone or compared with its source. */
  | { kind: 'read'; article: UnsplitArticle; report: Report };

/** Everything the sidebar knows about the open page; the view is derived from it (viewOf). */
export interface SidebarState {
  page: PageState;
  source: SourceStatus;
  /** The feed search, when the page names its source without linking it. */
  feed: FeedSearch | null;
  /** A feed waiting for the reader's grant of its site. */
  pendingFeed: string | null;
  /** Other restatements of the same source the reader has seen. */
  alsoRetold: MemoryEntry[];
  /** A single-page site moved to another address since the page was read. */
  pageChanged: boolean;
  /**
   * The page's Report was just read: what lies below the score and flags (source, other
   * restatements, incentives, omissions, claims) waits for a comparison on its way (at most as
   * long as "Reading the source…" takes to show) instead of being drawn twice, and without one
   * until the score has painted (show-rest.ts).
   */
  restPending: boolean;
}

/** The state of a page not read yet. */
export function unreadState(): SidebarState {
  return {
    page: { kind: 'loading' },
    source: { kind: 'none' },
    feed: null,
    pendingFeed: null,
    alsoRetold: [],
    pageChanged: false,
    restPending: false,
  };
}

/** What the sidebar shows for this state; the flags change on their own, so they come as they are now. */
export function viewOf(state: SidebarState, flags: FlagsView): SidebarView {
  const { page } = state;
  if (page.kind !== 'read') return page;
  return {
    kind: 'report',
    report: page.report,
    source: state.source,
    flags,
    ...(state.feed ? { feed: state.feed } : {}),
    ...(state.alsoRetold.length ? { alsoRetold: state.alsoRetold } : {}),
    ...(state.pageChanged ? { pageChanged: true } : {}),
    ...(state.restPending ? { restPending: true } : {}),
  };
}
