import type { AnalysisContext } from '../context';
import type { Flag } from '../report';

/** One analysis rule: pure, its id equal to its file name (see docs/checks.md). */
export interface Check {
  id: string;
  /** Short name of what the rule looks for, for docs and tests. */
  title: string;
  run(ctx: AnalysisContext): Flag | null;
}
