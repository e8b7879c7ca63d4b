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
