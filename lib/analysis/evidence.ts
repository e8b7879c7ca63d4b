import type { Article, Sentence } from '../extract/article';
import independence from '../knowledge/lexicons/independence.json';
import { withoutDescriptor } from '../knowledge/registry';
import type { Evidence, EvidenceItem } from '../report/report';
import { allMatches } from '../text/all-matches';
import { PhraseMatcher } from '../text/phrase-matcher';
import { msg } from '../words/message';

/**
 * Numbers with a unit or a currency (a bare year or ordinal is not evidence): "2.1%", "$0.90",
 * "3B-parameter", "2,400 scanned pages", "10x".
 */
const NUMBER =
  /(?<![\p{L}\p{N}.])(?:[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|thousand|bn|m|k)\b)?|\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b|x\b|×|-?fold\b|(?:[kmbt]|bn)\b|-?(?:parameter|param)s?\b|billion\b|million\b|thousand\b|ms\b|seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|gb\b|mb\b|tb\b|tokens?\b|pages?\b|users?\b|gpus?\b|points?\b|pp\b|dollars?\b|euros?\b|(?:scanned\s)?documents?\b))/giu;

/** Named benchmarks and datasets of AI evaluation, chosen here from the most reported ones. */
const NAMED_BENCHMARKS = new PhraseMatcher([
  'MMLU',
  'MMLU-Pro',
  'GSM8K',
  'HumanEval',
  'MBPP',
  'SWE-bench',
  'SWE-bench Verified',
  'HellaSwag',
  'ARC-AGI',
  'ARC-Challenge',
  'BIG-bench',
  'GPQA',
  'MATH',
  'AIME',
  'LiveCodeBench',
  'Chatbot Arena',
  'LMArena',
  'MT-Bench',
  'AlpacaEval',
  'ImageNet',
  'GLUE',
  'SuperGLUE',
  'SQuAD',
  'TruthfulQA',
  'HELM',
  "Humanity's Last Exam",
  'OCRBench',
  'DocVQA',
  'FUNSD',
  'MLPerf',
]);
/** "our benchmark", "a benchmark of 2,400 pages", "evaluated on": a benchmark described, not named. */
const BENCHMARK_WORDS =
  /\b(?:benchmark(?:ed|s)?|evaluat(?:ed|ion) on|test set|leaderboard|character error rate|accuracy of|f1 score|error rate)\b/iu;
const CITATION = /\barXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?\b|\b10\.\d{4,9}\/[^\s"<>]+|\bdoi\.org\/\S+/giu;
const QUOTE = /[“"]([^“”"\n]{12,400})[”"]/gu;
const BENCHMARK_RESULT = msg('evidence.benchmarkResult');

const REPORTING = new PhraseMatcher(independence.entries.reporting);
const INDEPENDENT = new PhraseMatcher(independence.entries.independent);
/** A capitalised name of one to four words, e.g. "Hugging Face", "Jane Smith", "Gartner". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}`;
/** Verbs by which a named voice speaks; "told" only after the name ("…, told Reuters" names the listener). */
const SPEAKS =
  'said|says|argued|argues|noted|notes|wrote|writes|warned|cautioned|explained|added|announced|announces|advocates|claims|claimed';
const NAME_BEFORE_VERB = new RegExp(`(${NAME})(?:,[^,]{1,80},)?\\s(?:${SPEAKS}|told)\\b`, 'gu');
/**
 * The news form with the verb first, after a quotation or a clause: "…,” said Jane Doe", "…, says
 * Brian K. Coombes, PhD".
 */
const VERB_BEFORE_NAME = new RegExp(`[,”"]\\s(?:${SPEAKS})\\s(${NAME})`, 'gu');
/** "according to Gartner", and "According to Gartner, …" at a sentence's start. */
const ACCORDING_TO = new RegExp(`\\b[Aa]ccording to (?:the )?(${NAME})`, 'gu');
const NOT_NAMES = new Set([
  'The',
  'This',
  'That',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'A',
  'An',
  'In',
  'On',
  'But',
  'And',
  'Its',
  'Our',
  'Their',
]);

function itemsOf(
  sentence: Sentence,
  pattern: RegExp,
  label: (m: RegExpMatchArray) => string,
): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const m of allMatches(pattern, sentence.text)) {
    const start = sentence.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], label: label(m) });
  }
  return out;
}

/** The voices a sentence gives: named people or organisations who say or argue something. */
function voicesIn(sentence: Sentence): EvidenceItem[] {
  const voices: EvidenceItem[] = [];
  for (const pattern of [NAME_BEFORE_VERB, VERB_BEFORE_NAME, ACCORDING_TO]) {
    for (const m of allMatches(pattern, sentence.text)) {
      // A name's class takes in "Inc." and "J.", but a sentence's full stop (or a dash) after the
      // name is not part of it; nor is the "'s" of "according to Mozilla's manifesto": the voice
      // is Mozilla. A lone letter ("said C." where the segmenter cut a name) names no one.
      const name = m[1]!
        .trim()
        .replace(/[.-]+$/u, '')
        .replace(/['’]s$/u, '');
      if (name.length < 2 || NOT_NAMES.has(name.split(/\s/)[0]!)) continue;
      const start = sentence.start + m.index + m[0].indexOf(name);
      voices.push({ start, end: start + name.length, text: name, label: withoutDescriptor(name) });
    }
  }
  return voices;
}

/** Whether a sentence presents an independent voice (a researcher, an analyst, a critic). */
export function hasIndependentMarker(text: string): boolean {
  return INDEPENDENT.test(text) && REPORTING.test(text);
}

/** Evidence on a page: numbers with units, benchmarks, citations and links, quotes, voices. */
export function findEvidence(article: Article): Evidence {
  const evidence: Evidence = { numbers: [], benchmarks: [], citations: [], quotes: [], voices: [] };
  for (const s of article.sentences) {
    const numbers = itemsOf(s, NUMBER, (m) => m[0].trim());
    evidence.numbers.push(...numbers);
    for (const hit of NAMED_BENCHMARKS.find(s.text)) {
      evidence.benchmarks.push({
        start: s.start + hit.start,
        end: s.start + hit.end,
        text: hit.text,
        label: hit.text,
      });
    }
    if (BENCHMARK_WORDS.test(s.text) && numbers.length) {
      evidence.benchmarks.push({
        start: s.start,
        end: s.end,
        text: s.text,
        messages: { label: BENCHMARK_RESULT },
      });
    }
    evidence.citations.push(...itemsOf(s, CITATION, (m) => m[0]));
    evidence.quotes.push(...itemsOf(s, QUOTE, (m) => m[1]!));
    evidence.voices.push(...voicesIn(s));
  }
  // Links the article body makes to other sites are citations too.
  let host = '';
  try {
    host = new URL(article.url).hostname;
  } catch {
    /* an odd address: every link counts */
  }
  for (const link of article.links) {
    if (!link.inArticle) continue;
    try {
      if (new URL(link.href).hostname === host) continue;
    } catch {
      continue;
    }
    evidence.citations.push({ start: 0, end: 0, text: link.text || link.href, label: link.href });
  }
  return evidence;
}
