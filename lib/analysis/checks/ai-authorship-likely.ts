import aiAuthorship from '../../knowledge/lexicons/ai-authorship.json';
import { PhraseMatcher } from '../../text/phrase-matcher';
import { AI_DISCLOSURES } from './ai-authorship-disclosed';
import { list, msg } from '../../words/message';
import { flagOf, type Check } from './check';

const TEMPLATE = new PhraseMatcher(aiAuthorship.entries.templateHeadings);
/** Templated headings alone are common in human digests too: it takes several together. */
const MIN_TEMPLATE_HEADINGS = 3;
const HEADING_MAX_WORDS = 5;

/** Undisclosed, but the page reads like a machine summary: several templated section headings. */
export const aiAuthorshipLikely: Check = {
  id: 'ai-authorship-likely',
  title: msg('checks.aiAuthorshipLikely.name'),
  run({ page }) {
    if (page.sentences.some((s) => AI_DISCLOSURES.test(s.text))) return null;
    const headings = page.sentences.filter(
      (s) => s.text.split(/\s+/).length <= HEADING_MAX_WORDS && TEMPLATE.test(s.text),
    );
    const distinct = new Set(headings.map((h) => h.text.toLowerCase()));
    if (distinct.size < MIN_TEMPLATE_HEADINGS) return null;
    const quoted = [...distinct].slice(0, 4).map((h) => msg('words.quoted', h));
    return flagOf(
      'ai-authorship-likely',
      'info',
      msg('checks.aiAuthorshipLikely.title'),
      msg('checks.aiAuthorshipLikely.detail', list(quoted, 'unit')),
      headings.map(({ start, end, text }) => ({ start, end, text })),
    );
  },
};
