import { formatMessage } from '../lib/words/format';
import type { Message } from '../lib/words/message';
import { translate, wordsLanguage } from '../utils/i18n';

/**
 * A Message from lib/ in the reader's language: the words of utils/i18n.ts, with numbers,
 * lists, shares and dates written in the language of those words.
 */
export const say = (message: Message): string => formatMessage(message, translate, wordsLanguage);
