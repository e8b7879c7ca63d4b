import { i18n } from '../utils/i18n';
import { formatMessage, type Translate } from '../lib/words/format';
import type { Message } from '../lib/words/message';
import { wordsLanguage } from './format';

// i18n.t is typed per key; a Message's key is checked against locales/en.json where it is made.
const t = i18n.t as unknown as (key: string, ...args: unknown[]) => string;
const translate: Translate = (key, count, subs) => t(key, count, subs);

/**
 * A Message from lib/ in the reader's language: `i18n.t(key, count, subs)` (utils/i18n.ts), with
 * numbers, lists, shares and dates written in the language of those messages.
 */
export const say = (message: Message): string => formatMessage(message, translate, wordsLanguage());
