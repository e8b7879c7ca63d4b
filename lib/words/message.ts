import type en from '../../locales/en.json';

/**
 * Words for the reader, as data: a message of `locales/en.json` (the one source of the extension's
 * English) and what to put in it. lib/ says what to show with these; the sidebar renders them in
 * the reader's language (components/say.ts, through utils/i18n.ts), and lib/words/english.ts
 * renders them in English for the Report's plain-text fields and the command line.
 *
 * In a Report (and the other results of lib/ that carry words for the reader) a field of English
 * text keeps its name and meaning, and an object's `messages` holds the same text as descriptors,
 * under the same field names: `flag.title` is English, `flag.messages.title` its Message.
 */

/** A message with a plural form: `{ "1": …, "n": … }` or `{ "0": …, "1": …, "n": … }` in en.json. */
type PluralForms<T> = Exclude<keyof T, '0' | '1' | 'n'> extends never ? true : false;

/** Dotted paths to the messages of a messages file ("source.heading", "checks.noTradeoffs.detail"). */
type MessagePaths<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K
    : PluralForms<T[K]> extends true
      ? K
      : `${K}.${MessagePaths<T[K]>}`;
}[keyof T & string];

/** The name of a message in locales/en.json, dotted as `i18n.t` takes it. */
export type MessageKey = MessagePaths<typeof en>;

/**
 * A message to show: its key, what goes into its `$1`…`$9` (in order; at most nine), and for a
 * message with plural forms the count that picks the form. In a plural message `$1` is the count
 * (see `plural`). Words taken from the page (names, quotes) always go in `subs`, never in the key.
 */
export interface Message {
  key: MessageKey;
  subs?: Sub[];
  count?: number;
}

/**
 * What goes into a message: words as they are (names, quotes, addresses), a number (formatted for
 * the reader's locale), another message, a list, a share shown as a percentage, or a date.
 */
export type Sub = string | number | Message | SubList | SubPercent | SubDate;

/**
 * Items said as a list in the reader's language (Intl.ListFormat): `and` gives "A, B and C",
 * `unit` gives "A, B, C".
 */
interface SubList {
  list: Sub[];
  style: 'and' | 'unit';
}

/** A share in 0..1, shown as a whole percentage ("80%"). */
interface SubPercent {
  percent: number;
}

/** A date (ISO 8601), shown in the reader's locale. */
interface SubDate {
  date: string;
}

/** A message without plural forms. */
export function msg(key: MessageKey, ...subs: Sub[]): Message {
  return subs.length ? { key, subs } : { key };
}

/** A message with plural forms, picked by `count`, which is also its `$1`; `subs` are `$2`…. */
export function plural(key: MessageKey, count: number, ...subs: Sub[]): Message {
  return subs.length ? { key, count, subs: [count, ...subs] } : { key, count };
}

/** Items as a list: "A, B and C" (`and`) or "A, B, C" (`unit`). */
export const list = (items: readonly Sub[], style: SubList['style'] = 'and'): SubList => ({
  list: [...items],
  style,
});

/** Clauses one after another, "A; B; C" (`words.clauses`): for reasons, which may hold commas and "and". */
export const clauses = (items: readonly Sub[]): Sub =>
  items.length ? items.reduce((said, next) => msg('words.clauses', said, next)) : '';

export const percent = (share: number): SubPercent => ({ percent: share });

export const date = (iso: string): SubDate => ({ date: iso });

export const isMessage = (sub: unknown): sub is Message =>
  typeof sub === 'object' && sub !== null && typeof (sub as Message).key === 'string';

/**
 * An error whose words are for the reader: its Message in `messages.message`. Its own `message` is
 * the Message's key, for logs; the edges that print English render the Message (english()).
 */
export class MessageError extends Error {
  readonly messages: { message: Message };
  constructor(message: Message) {
    super(message.key);
    this.messages = { message };
  }
}
