import en from '../../locales/en.json';
import { formatMessage, type Translate } from './format';
import type { Message } from './message';

/**
 * The language locales/en.json is written in: British, like its spelling ("organisation"). Its
 * numbers, lists and dates are written for it.
 */
export const ENGLISH_LOCALE = en.language;

/** Plural forms in en.json: `{ "1": …, "n": … }` or `{ "0": …, "1": …, "n": … }`. */
const isPluralForms = (node: object) =>
  Object.keys(node).every((k) => k === 'n' || Number.isFinite(Number(k)));

/** Messages as looked up, by key. */
const looked = new Map<string, string>();

/**
 * The message at a dotted key of locales/en.json as the build writes it to
 * _locales/en/messages.json (@wxt-dev/i18n/build): plural forms joined with " | "; '' when there is
 * none. Looked up along its path once: flattening the whole file on first use took 3 ms of each
 * sidebar open in a CPU profile (docs/speed.md).
 */
function messageAt(key: string): string {
  let message = looked.get(key);
  if (message === undefined) looked.set(key, (message = lookUp(key)));
  return message;
}

function lookUp(key: string): string {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return '';
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return node;
  if (typeof node === 'object' && node !== null && isPluralForms(node))
    return Object.values(node).join(' | ');
  return '';
}

/** What browser.i18n's getMessage gives of a message: `$1`…`$9` replaced by the substitutions, `$$` by `$`. */
function getMessage(key: string, subs: readonly string[]): string {
  return messageAt(key).replace(/\$(\$|[1-9])/g, (_, n: string) =>
    n === '$' ? '$' : (subs[Number(n) - 1] ?? ''),
  );
}

/**
 * `t` of @wxt-dev/i18n over locales/en.json, rule for rule (node_modules/@wxt-dev/i18n/dist/
 * index.mjs): the dotted key names the message, the count is `$1` when no substitutions are
 * given, and a count picks the form of "one | other" (1, else other) or "zero | one | other" (0, 1,
 * else other).
 */
export const englishT: Translate = (key, count, subs) => {
  const given = count !== undefined && subs === undefined ? [String(count)] : subs;
  let message = getMessage(key, given ?? []);
  if (count !== undefined) {
    const forms = message.split(' | ');
    if (forms.length > 3) throw new Error(`Unknown plural formatting: ${key}`);
    message =
      forms.length === 1
        ? forms[0]!
        : forms.length === 2
          ? forms[count === 1 ? 0 : 1]!
          : forms[count === 0 || count === 1 ? count : 2]!;
  }
  return message;
};

/** A message in English: the words of the Report's text fields and of the command line. */
export const english = (message: Message): string =>
  formatMessage(message, englishT, ENGLISH_LOCALE);
