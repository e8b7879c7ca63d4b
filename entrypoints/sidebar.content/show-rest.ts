import { READING_NOTICE_MS } from './compare-source';
import { pause, type Flow } from './flow';

/**
 * Renders what lies below the score and flags once the page's Report is shown. It waits for the
 * comparison on its way, as long as "Reading the source…" would take to show: rendered from the
 * page's own Report first, it was laid out and painted and then replaced while the comparison's
 * answer waited behind it. A comparison that came renders it at once, in the task its compared
 * top was rendered in, so both paint in one frame; without one, it waits for the frame that
 * paints the score, which it would otherwise hold back (docs/speed.md).
 */
export async function showRest(
  flow: Flow,
  compared: Promise<unknown>,
  scorePainted: Promise<void>,
): Promise<void> {
  await Promise.race([compared, pause(READING_NOTICE_MS, flow.signal)]);
  if (flow.state.source.kind !== 'compared') await scorePainted;
  flow.set({ restPending: false });
}
