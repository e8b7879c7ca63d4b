export { analyze, type AnalyzeOptions } from './analyze';
export { assessSentence, type SentenceStrength, type SentenceCue } from './claim-strength';
export * from './report';
