import type { i18n as browserI18n } from '#i18n';
import { ENGLISH_LOCALE, englishT } from '../lib/words/english';
import type { Translate } from '../lib/words/format';

type I18n = typeof browserI18n;

/** The language the words are written in: numbers, lists and dates are written in it too. */
export const wordsLanguage = ENGLISH_LOCALE;

/** The catalogue's words for a Message's key, count and substitutions (components/say.ts). */
export const translate: Translate = englishT;

/**
 * The extension's words, typed per key as @wxt-dev/i18n's `i18n`, read from the catalogue bundled
 * with the code (locales/en.json) instead of through browser.i18n. The first browser.i18n call in
 * a page sets the API up in the content script's world and loads the message bundle: 11 ms of
 * each open of the sidebar in a CPU profile (docs/speed.md), in a script that already carries the
 * catalogue for the Report's English. It reads exactly as `i18n.t` reads the built messages
 * (tests/unit/words.test.ts). English is the only language; a second one would pick its catalogue
 * here. The manifest's and the store's words still come from _locales (the WXT i18n module).
 */
export const i18n: I18n = {
  t: ((key: string, ...args: unknown[]): string => {
    let count: number | undefined;
    let subs: string[] | undefined;
    // The arguments as @wxt-dev/i18n takes them: a number is the count, an array the substitutions.
    args.forEach((arg, i) => {
      if (arg == null) return;
      if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) subs = arg.map(String);
      else throw new Error(`i18n.t(${key}): unknown argument at index ${i}`);
    });
    return translate(key, count, subs);
  }) as I18n['t'],
};
