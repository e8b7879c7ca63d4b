export { analyze, ANALYSIS_VERSION, type AnalyzeOptions } from './analyze';
export { assessSentence, type SentenceStrength, type SentenceCue } from './claim-strength';
export * from './report';
