import type { MemoryStore } from '../../utils/memory-store';
import type { PageFlags } from './page-flags';
import type { SidebarState } from './sidebar-state';

/**
 * What each of the sidebar's flows (read the page, compare with the source, search feeds,
 * remember) works with, for one read of the page. Its signal is aborted when the page is read
 * anew or the sidebar closes: a flow then stops, and what it would still set is dropped.
 */
export interface Flow {
  readonly signal: AbortSignal;
  /** The sidebar's state now (it may have changed while the flow awaited). */
  readonly state: SidebarState;
  /** Changes the state and renders it; nothing once the signal is aborted. */
  set(patch: Partial<SidebarState>): void;
  readonly flags: PageFlags;
  readonly memory: MemoryStore;
}

/** Waits this long, or less when the signal is aborted first. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * No frame for this long means none is coming (a hidden tab draws none): what waited for one goes
 * ahead. About six frames at 60 Hz, so a busy frame is still waited for.
 */
const NO_FRAME_MS = 100;

/**
 * Settles once the frame that shows what was rendered so far has painted: a task posted from the
 * next animation frame runs after that frame's style, layout and paint. Work started then does not
 * hold that frame back.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
