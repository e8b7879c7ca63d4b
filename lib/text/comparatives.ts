import comparatives from '../knowledge/lexicons/comparatives.json';
import { PhraseMatcher } from './phrase-matcher';

/** Comparative performance wording ("outperforms", "beats", "better than"), compiled once. */
export const COMPARATIVES = new PhraseMatcher(comparatives.entries);
