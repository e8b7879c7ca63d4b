import type { Sentence } from '../extract/article';
import type { Cue, Span } from '../report/report';
import type { SentenceCue } from './claim-strength';

/** A sentence as a Span of the article text. */
export function sentenceSpan(s: Sentence): Span {
  return { start: s.start, end: s.end, text: s.text };
}

/** A cue found inside a sentence, moved to article-text offsets. */
export function cueInArticle(sentence: Sentence, cue: SentenceCue): Cue {
  return {
    start: sentence.start + cue.start,
    end: sentence.start + cue.end,
    text: cue.text,
    kind: cue.kind,
  };
}

/** Spans without repeats, in text order. */
export function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
