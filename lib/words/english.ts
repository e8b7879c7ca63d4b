import en from '../../locales/en.json';
import { formatMessage, type Translate } from './format';
import type { Message } from './message';

/**
 * The language locales/en.json is written in: British, like its spelling ("organisation"). Its
 * numbers, lists and dates are written for it.
 */
export const ENGLISH_LOCALE = en.language;

/**
 * locales/en.json as the build writes it to _locales/en/messages.json (@wxt-dev/i18n/build):
 * nested names joined with "_", plural forms (`{ "1": …, "n": … }`) joined with " | ".
 */
function flatten(node: unknown, path: string[], out: Map<string, string>): Map<string, string> {
  if (typeof node === 'string') {
    out.set(path.join('_'), node);
  } else if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    const entries = Object.entries(node);
    if (path.length && entries.every(([k]) => k === 'n' || Number.isFinite(Number(k)))) {
      out.set(path.join('_'), Object.values(node).join(' | '));
    } else {
      for (const [k, v] of entries) flatten(v, [...path, k], out);
    }
  } else {
    throw new Error(`locales/en.json: unexpected value at ${path.join('.')}`);
  }
  return out;
}

// Made on first use: the sidebar's script carries this module for an untitled page's title, and
// flattening every message at load cost about 2 ms of each open (a CPU profile, docs/speed.md).
let messages: Map<string, string> | undefined;

/** What browser.i18n's getMessage gives of those messages: `$1`…`$9` replaced by the substitutions, `$$` by `$`. */
function getMessage(name: string, subs: readonly string[]): string {
  messages ??= flatten(en, [], new Map());
  return (messages.get(name) ?? '').replace(/\$(\$|[1-9])/g, (_, n: string) =>
    n === '$' ? '$' : (subs[Number(n) - 1] ?? ''),
  );
}

/**
 * `t` of @wxt-dev/i18n over locales/en.json, rule for rule (node_modules/@wxt-dev/i18n/dist/
 * index.mjs): dots become "_", the count is `$1` when no substitutions are given, and a count picks
 * the form of "one | other" (1, else other) or "zero | one | other" (0, 1, else other).
 */
export const englishT: Translate = (key, count, subs) => {
  const given = count !== undefined && subs === undefined ? [String(count)] : subs;
  let message = getMessage(key.replaceAll('.', '_'), given ?? []);
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
