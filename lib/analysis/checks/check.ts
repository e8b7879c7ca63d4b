import type { AnalysisContext } from '../context';
import type { Flag, Severity, Span } from '../../report/report';
import type { Message } from '../../words/message';

/** One analysis rule: pure, its id equal to its file name (see docs/checks.md). */
export interface Check {
  id: string;
  /** Short name of what the rule looks for, for docs and tests (a `checks.<id>.name` message). */
  title: Message;
  run(ctx: AnalysisContext): Flag | null;
}

/** A check's flag: its title and detail in English, and as Messages for the sidebar. */
export function flagOf(
  id: string,
  severity: Severity,
  title: Message,
  detail: Message,
  spans: Span[],
): Flag {
  return { id, severity, spans, messages: { title, detail } };
}
