import type { Article } from '../extract/article';
import negations from '../knowledge/lexicons/negations.json';
import { topics as topicList, topicTermsIn } from '../knowledge/registry';
import type { Topic } from '../report/report';
import { PhraseMatcher } from '../text/phrase-matcher';
import { sentenceSpan } from './spans';

const NEGATION = new PhraseMatcher(negations.entries.cues);
/** Where a negation's scope ends, as negations.json has it (BioScope's clause rules). */
const CLAUSE_END = /[,;:()]|\b(?:but|while|whereas|although|though)\b/iu;
/** "not just open weights but…": a narrowing word under the negation widens what is said. */
const WIDENING = /^\s*(?:just|only|merely|simply|solely)\b/iu;

/**
 * Words at most between a negation and a topic term it denies: "No mention of open-weight…",
 * "not that frontier models…". Farther on, the negation is about something else in the clause
 * ("were not able to reach high capability levels according to our Preparedness Framework").
 */
const NEGATION_REACH = 4;

/**
 * Whether a topic term is denied by its clause (`before`: the sentence up to the term): "No
 * mention of open-weight alternatives", "specialization rather than scale", "the model isn't
 * open-weight". A page does not argue for what it says is absent, or sets aside.
 */
function negated(before: string): boolean {
  const clause = before.split(CLAUSE_END).pop()!;
  const near = (from: number) =>
    clause.slice(from).split(/\s+/).filter(Boolean).length <= NEGATION_REACH;
  const contracted = /n['’]t\b/giu;
  for (let m = contracted.exec(clause); m; m = contracted.exec(clause)) {
    const end = m.index + m[0].length;
    if (near(end) && !WIDENING.test(clause.slice(end))) return true;
  }
  return NEGATION.find(clause).some(
    (cue) => near(cue.end) && !WIDENING.test(clause.slice(cue.end)),
  );
}

/**
 * The claim topics of a page (specialization, scale, inference cost…) with the sentences that
 * argue for each: those that name one of its terms, not under a negation.
 */
export function findTopics(article: Article): Topic[] {
  const byTopic = new Map<string, Set<number>>();
  const sentences = article.sentences;
  let s = 0;
  // Hits come sorted by offset: walk the sentences alongside them.
  for (const hit of topicTermsIn(article.text)) {
    while (s < sentences.length && sentences[s]!.end <= hit.start) s++;
    if (s >= sentences.length) break;
    const sentence = sentences[s]!;
    if (sentence.start > hit.start || negated(article.text.slice(sentence.start, hit.start)))
      continue;
    let set = byTopic.get(hit.topic);
    if (!set) byTopic.set(hit.topic, (set = new Set()));
    set.add(s);
  }
  return topicList
    .filter((t) => byTopic.has(t.id))
    .map((t) => ({
      id: t.id,
      label: t.label,
      sentences: [...byTopic.get(t.id)!]
        .sort((a, b) => a - b)
        .map((i) => sentenceSpan(sentences[i]!)),
    }));
}
