import type { Article } from '../extract/article';
import type { AddressOwner } from '../knowledge/address-owner';
import type { Discovery } from '../source/discover';
import type { Credit } from '../source/attribution';
import type { Alignment } from './align/align';
import type { SentenceStrength } from './claim-strength';
import type { Claim, Cue, Evidence, SourceInfo } from '../report/report';
import type { RoleFinding } from './page-role';

/** Everything the checks read, computed once per analysis. */
export interface AnalysisContext {
  page: Article;
  /** Who is behind the page's address and the (first) source's: looked up once, here. */
  owners: { page: AddressOwner; source?: AddressOwner };
  /** One per page sentence, same order as `page.sentences`. */
  strengths: SentenceStrength[];
  /** One per page sentence, same order; the Report keeps only the assertions. */
  claims: Claim[];
  evidence: Evidence;
  role: RoleFinding;
  discovery: Discovery;
  credits: readonly Credit[];
  loadedTerms: Cue[];
  source?: Article;
  /** Who wrote `source` (attribution.ts `sourceAuthor`), worked out once for the checks. */
  sourceAuthor?: SourceInfo['author'];
  alignment?: Alignment;
}
