import type { Article } from '../extract/article';
import { topics as topicList, topicTermsIn } from '../knowledge/registry';
import type { Topic } from '../report/report';
import { sentenceSpan } from './spans';

/** The claim topics of a page (specialization, scale, inference cost…) with the sentences that carry each. */
export function findTopics(article: Article): Topic[] {
  const byTopic = new Map<string, Set<number>>();
  const sentences = article.sentences;
  let s = 0;
  // Hits come sorted by offset: walk the sentences alongside them.
  for (const hit of topicTermsIn(article.text)) {
    while (s < sentences.length && sentences[s]!.end <= hit.start) s++;
    if (s >= sentences.length) break;
    if (sentences[s]!.start > hit.start) continue;
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
