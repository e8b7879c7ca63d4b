import type { AnalysisContext } from './context';
import type { Incentive } from './report';

/**
 * Vendor-incentive notes: who publishes the source, what they sell, which claims sell it.
 * Not built yet (issue 5): no note is made, and the spin component stays at zero.
 */
export function findIncentives(_ctx: AnalysisContext): Incentive[] {
  return [];
}
