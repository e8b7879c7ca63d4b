import aiAuthorship from '../../knowledge/lexicons/ai-authorship.json';
import { PhraseMatcher } from '../text/phrase-matcher';
import { AI_DISCLOSURES } from './ai-authorship-disclosed';
import type { Check } from './check';

const TEMPLATE = new PhraseMatcher(aiAuthorship.entries.templateHeadings);
/** Templated headings alone are common in human digests too: it takes several together. */
const MIN_TEMPLATE_HEADINGS = 3;
const HEADING_MAX_WORDS = 5;

/** Undisclosed, but the page reads like a machine summary: several templated section headings. */
export const aiAuthorshipLikely: Check = {
  id: 'ai-authorship-likely',
  title: 'AI authorship, likely but undisclosed',
  run({ page }) {
    if (page.sentences.some((s) => AI_DISCLOSURES.test(s.text))) return null;
    const headings = page.sentences.filter((s) => s.text.split(/\s+/).length <= HEADING_MAX_WORDS && TEMPLATE.test(s.text));
    const distinct = new Set(headings.map((h) => h.text.toLowerCase()));
    if (distinct.size < MIN_TEMPLATE_HEADINGS) return null;
    return {
      id: 'ai-authorship-likely',
      severity: 'info',
      title: 'Reads like an undisclosed machine summary',
      detail: `The page is built from the templated sections machine-written digests use (${[...distinct].slice(0, 4).map((h) => `“${h}”`).join(', ')}), and does not say who or what wrote it. This is a hint, not proof.`,
      spans: headings.map(({ start, end, text }) => ({ start, end, text })),
    };
  },
};
