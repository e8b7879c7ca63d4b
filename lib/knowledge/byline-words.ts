import bylines from './lexicons/bylines.json';

/**
 * The word sets of bylines.json, made once for every module that asks: month and weekday names
 * ("By March", "released on Tuesday" give a time, not a name) and the words that end
 * organisations' names ("Robotics", "Labs", "AI").
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...bylines.entries.months,
  ...bylines.entries.weekdays,
]);
export const ORG_WORDS: ReadonlySet<string> = new Set(bylines.entries.orgWords);
