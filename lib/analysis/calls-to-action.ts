import callsToAction from '../knowledge/lexicons/calls-to-action.json';

const OPENERS = new Set(callsToAction.entries);

/**
 * Whether a short line, given as its lowercase words, asks the reader to act ("Read at Hugging
 * Face Blog", "Sign up for our newsletter", "Get the next digest."): it opens with a call to
 * action and has no more words than a button or link label (calls-to-action.json).
 */
export function asksReaderToAct(words: readonly string[]): boolean {
  if (!words.length || words.length > callsToAction.maxWords) return false;
  return OPENERS.has(words[0]!) || (words.length > 1 && OPENERS.has(`${words[0]} ${words[1]}`));
}
