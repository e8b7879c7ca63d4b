import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextPaint } from '../../../entrypoints/sidebar.content/flow';

/** Animation frames the test runs by hand (Node draws none). */
let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Whether the promise has settled, after the microtasks queued so far. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('nextPaint', () => {
  it('waits for the next frame, then for a task after it: the frame paints before what follows runs', async () => {
    const painted = nextPaint();
    await vi.advanceTimersByTimeAsync(50);
    expect(await settled(painted)).toBe(false);
    // The frame's callbacks run; its style, layout and paint come after them, so not yet.
    for (const frame of frames.splice(0)) frame(0);
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(await settled(painted)).toBe(true);
  });

  it('goes ahead when no frame comes (a hidden tab draws none)', async () => {
    const painted = nextPaint();
    await vi.advanceTimersByTimeAsync(99);
    expect(await settled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(painted)).toBe(true);
  });
});
