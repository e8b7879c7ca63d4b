import type { Report, Span } from '../lib/analysis/report';

/** Where the primary-source comparison stands, as the sidebar shows it. */
export type SourceStatus =
  | { kind: 'none' }
  | { kind: 'self' }
  | { kind: 'needs-permission'; url: string; site: string; grantFrameUrl: string }
  | { kind: 'fetching'; url: string }
  | { kind: 'compared'; url: string }
  | { kind: 'failed'; url: string; message: string };

/** Everything the sidebar renders. Components get this and callbacks, nothing else. */
export type SidebarView =
  | { kind: 'loading' }
  | { kind: 'no-article'; message: string }
  | { kind: 'report'; report: Report; source: SourceStatus; pageChanged?: boolean };

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
  /** The page navigated (single-page site): read the new article. */
  reread(): void;
  /** Open the permission grant for the source's site in its own window (frame fallback). */
  grantInWindow(url: string): void;
}
