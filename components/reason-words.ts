import { i18n } from '#i18n';
import type { ReasonId } from '../lib/flags/reasons';

const WORDS: Record<ReasonId, () => string> = {
  'exaggerates-source': () => i18n.t('reasons.exaggeratesSource'),
  'omits-caveats': () => i18n.t('reasons.omitsCaveats'),
  'claims-not-in-source': () => i18n.t('reasons.claimsNotInSource'),
  'hides-vendor-interest': () => i18n.t('reasons.hidesVendorInterest'),
  'undisclosed-ai': () => i18n.t('reasons.undisclosedAi'),
  other: () => i18n.t('reasons.other'),
};

/** A flag reason in the reader's language. */
export const reasonWords = (id: ReasonId): string => WORDS[id]();
