// The test runner's stand-in browser has no i18n: give it the real messages, read from
// locales/en.json as the build reads them, so code under test shows the words readers see.
import path from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(
  await parseMessagesFile(path.resolve(import.meta.dirname, '../../../locales/en.json')),
);

fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
  const subs =
    substitutions === undefined
      ? []
      : Array.isArray(substitutions)
        ? substitutions
        : [substitutions];
  const message = messages[name]?.message ?? '';
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;
