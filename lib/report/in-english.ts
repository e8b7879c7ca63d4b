import { english } from '../words/english';
import type { Message } from '../words/message';
import type {
  EvidenceItem,
  Flag,
  Incentive,
  PageInfo,
  Report,
  SourceCandidate,
  SourceInfo,
  SpinComponent,
} from './report';

// The Report in English, for the readers that want words rather than Messages: the command line's
// JSON and Markdown, the demo's saved reports, the eval scripts. lib/ itself returns Messages only;
// this adds each Message's English beside it, under the same name as in `messages`, in the place
// the field has always had in the printed JSON.

interface EnglishFlag extends Flag {
  title: string;
  detail: string;
}
interface EnglishSpinComponent extends SpinComponent {
  label: string;
}
interface EnglishPageInfo extends PageInfo {
  roleReasons: string[];
}
interface EnglishSourceCandidate extends SourceCandidate {
  reasons: string[];
}
interface EnglishSourceInfo extends Omit<SourceInfo, 'author'> {
  author: { name: string; evidence: string[]; messages: { evidence: Message[] } } | null;
}
interface EnglishIncentive extends Incentive {
  note: string;
}

export interface EnglishReport extends Omit<
  Report,
  'page' | 'flags' | 'spin' | 'sourceCandidates' | 'source' | 'sources' | 'incentives'
> {
  page: EnglishPageInfo;
  flags: EnglishFlag[];
  spin: Omit<Report['spin'], 'components'> & { components: EnglishSpinComponent[] };
  sourceCandidates: EnglishSourceCandidate[];
  sourceSearch: string[];
  source?: EnglishSourceInfo;
  sources?: EnglishSourceInfo[];
  incentives: EnglishIncentive[];
}

/** A copy of `object` with `added` placed just before its key `before` (at the end when absent). */
function insertBefore<T extends object, A extends object>(
  object: T,
  before: string,
  added: A,
): T & A {
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [key, value] of Object.entries(object)) {
    if (key === before && !placed) {
      Object.assign(out, added);
      placed = true;
    }
    out[key] = value;
  }
  if (!placed) Object.assign(out, added);
  return out as T & A;
}

const sourceInEnglish = (s: SourceInfo): EnglishSourceInfo => ({
  ...s,
  author:
    s.author &&
    insertBefore(s.author, 'messages', { evidence: s.author.messages.evidence.map(english) }),
});

const describedInEnglish = (item: EvidenceItem): EvidenceItem =>
  item.messages && item.label === undefined
    ? insertBefore(item, 'messages', { label: english(item.messages.label) })
    : item;

/** The Report with the English of its Messages beside them, as the command line prints it. */
export function reportInEnglish(report: Report): EnglishReport {
  const out = insertBefore(report, 'creditedFeeds', {
    sourceSearch: report.messages.sourceSearch.map(english),
  });
  return {
    ...out,
    page: insertBefore(report.page, 'byline', {
      roleReasons: report.page.messages.roleReasons.map(english),
    }),
    evidence: {
      ...report.evidence,
      benchmarks: report.evidence.benchmarks.map(describedInEnglish),
    },
    flags: report.flags.map((f) =>
      insertBefore(f, 'spans', {
        title: english(f.messages.title),
        detail: english(f.messages.detail),
      }),
    ),
    spin: {
      ...report.spin,
      components: report.spin.components.map((c) =>
        insertBefore(c, 'value', { label: english(c.messages.label) }),
      ),
    },
    sourceCandidates: report.sourceCandidates.map((c) =>
      insertBefore(c, 'messages', { reasons: c.messages.reasons.map(english) }),
    ),
    // Absent stays absent: an undefined field is left out of the JSON.
    source: report.source && sourceInEnglish(report.source),
    sources: report.sources?.map(sourceInEnglish),
    incentives: report.incentives.map((i) =>
      insertBefore(i, 'messages', { note: english(i.messages.note) }),
    ),
  };
}
