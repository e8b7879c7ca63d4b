import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Flow } from '../../../entrypoints/sidebar.content/flow';
import { unreadState, type SidebarState } from '../../../entrypoints/sidebar.content/sidebar-state';
import { showRest } from '../../../entrypoints/sidebar.content/show-rest';
import type { SourceStatus } from '../../../components/view';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A flow over a state of its own, what lies below pending; `restShown`: let through yet. */
function flowOf(): { flow: Flow; restShown: () => boolean } {
  const read = new AbortController();
  const holder = { state: { ...unreadState(), restPending: true } };
  const flow = {
    signal: read.signal,
    get state() {
      return holder.state;
    },
    set: (patch: Partial<SidebarState>) => (holder.state = { ...holder.state, ...patch }),
  } as unknown as Flow;
  return { flow, restShown: () => !holder.state.restPending };
}

/** A promise the test settles by hand. */
function later() {
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}

const compared: SourceStatus = { kind: 'compared', url: 'https://lab.example/post' };

describe('showRest: what lies below the score', () => {
  it('comes with a comparison that came, without waiting for the score’s paint', async () => {
    const { flow, restShown } = flowOf();
    const comparison = later();
    const painted = later();
    const done = showRest(flow, comparison.promise, painted.promise);
    // The answer is rendered (its top), then the comparison's promise settles: same task.
    flow.set({ source: compared });
    comparison.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(restShown()).toBe(true);
    await done;
  });

  it('waits for the score’s paint when no comparison came (no source, or its site not granted)', async () => {
    const { flow, restShown } = flowOf();
    const comparison = later();
    const painted = later();
    void showRest(flow, comparison.promise, painted.promise);
    flow.set({
      source: {
        kind: 'needs-permission',
        url: 'https://lab.example/post',
        site: 'lab.example',
        grantFrameUrl: 'x',
      },
    });
    comparison.settle();
    await vi.advanceTimersByTimeAsync(200);
    expect(restShown()).toBe(false);
    painted.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(restShown()).toBe(true);
  });

  it('waits for a comparison on its way as long as "Reading the source…" would take to show', async () => {
    const { flow, restShown } = flowOf();
    const comparison = later();
    const painted = later();
    painted.settle();
    void showRest(flow, comparison.promise, painted.promise);
    await vi.advanceTimersByTimeAsync(99);
    expect(restShown()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(restShown()).toBe(true);
  });
});
