import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { say } from '../../components/say';
import { analyze } from '../../lib/analysis/analyze';
import { CHECKS } from '../../lib/analysis/checks';
import { extractArticle, NoArticleError } from '../../lib/extract/extract';
import { parseHtmlDocument } from '../../lib/extract/parse-html';
import { describeImport, importFlags } from '../../lib/flags/exchange';
import { REASONS } from '../../lib/flags/reasons';
import { matchMemory, sourceEntryOf } from '../../lib/memory/fingerprint';
import { reportInEnglish } from '../../lib/report/in-english';
import { refuseAddress } from '../../lib/source/address-policy';
import { fetchSourceHtml } from '../../lib/source/fetch-source';
import { matchFeedItems, parseFeed } from '../../lib/source/feeds';
import { english, englishT, ENGLISH_LOCALE } from '../../lib/words/english';
import { i18n as bundled } from '../../utils/i18n';
import { formatMessage, type Translate } from '../../lib/words/format';
import { isMessage, list, msg, plural, type Message } from '../../lib/words/message';
import { loadCases, type SeedCase } from '../../scripts/lib/fixture-internet.mjs';
import { articleOf, FILLER } from './support/article';

// Words for the reader live in locales/en.json only: lib/ makes Messages (keys and what goes in
// them), the extension says them through utils/i18n.ts, and the Report's English comes from the
// same Messages by lib/words/english.ts. Both read the bundled catalogue, and must read exactly as
// i18n.t of @wxt-dev/i18n does through browser.i18n (the `i18n` imported here).

const root = path.resolve(__dirname, '../..');
const parsed = await parseMessagesFile(path.join(root, 'locales/en.json'));
/** Every message of en.json by its dotted key, and whether it has plural forms. */
const messages = new Map(
  parsed.filter((m) => !m.key[0]!.startsWith('@@')).map((m) => [m.key.join('.'), m]),
);
const isPlural = (key: string) => messages.get(key)?.type === 'plural';
const t = i18n.t as unknown as (key: string, ...args: unknown[]) => string;
const wxtT: Translate = (key, count, subs) => t(key, count, subs);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}
const sourceFiles = ['lib', 'utils', 'components', 'entrypoints'].flatMap((d) =>
  walk(path.join(root, d)),
);
const groups = new Set(parsed.map((m) => m.key[0]!));

/** Every Message in a value (a Report, a result…), its substitutions included. */
function messagesIn(value: unknown, out: Message[] = []): Message[] {
  if (Array.isArray(value)) for (const v of value) messagesIn(v, out);
  else if (value && typeof value === 'object') {
    if (isMessage(value)) out.push(value);
    for (const v of Object.values(value)) messagesIn(v, out);
  }
  return out;
}

// What lib/ says on the seed pages and in its other results, to walk every Message made.
const seeds = path.join(root, 'seeds');
const cases = loadCases();
const extract = (c: SeedCase) =>
  extractArticle(parseHtmlDocument(readFileSync(path.join(seeds, c.fixture), 'utf8'), c.url), {
    url: c.url,
  });
const sources = new Map(cases.filter((c) => c.kind === 'source').map((c) => [c.url, extract(c)]));
const feedXml = readFileSync(path.join(seeds, 'feeds/huggingface-blog.xml'), 'utf8');
const feed = parseFeed(
  new DOMParser().parseFromString(feedXml, 'text/xml') as unknown as Document,
  'https://huggingface.co/blog/feed.xml',
);
const said: unknown[] = [CHECKS.map((c) => c.title), REASONS.map((r) => r.label)];
for (const c of cases) {
  const page = extract(c);
  said.push(
    analyze(page),
    matchFeedItems(page, feed, 'Hugging Face blog'),
    matchMemory(
      page,
      [...sources.values()].map((s) => sourceEntryOf(s, new Date('2026-07-01T10:00:00Z'))),
    ),
  );
  if (c.source) said.push(analyze(page, { source: sources.get(c.source)! }));
}
said.push(
  ['not a url', 'ftp://example.com/x', 'https://user:pw@example.com/', 'http://10.0.0.5/'].map(
    (u) => refuseAddress(u),
  ),
);
said.push(
  await fetchSourceHtml('https://example.com/gone', {
    fetchImpl: async () => new Response('', { status: 404, statusText: 'Not Found' }),
  }),
);
said.push(describeImport(importFlags(JSON.stringify([{ type: 'Annotation', id: 'x' }, 'x']), [])));
try {
  extractArticle(parseHtmlDocument('<html><body><p>Hi.</p></body></html>', 'https://example.com/'));
} catch (error) {
  if (error instanceof NoArticleError) said.push(error.messages);
}
const made = messagesIn(said);

describe('messages', () => {
  it('every message name is one Chrome accepts, unique, with at most nine substitutions', () => {
    const names = [...messages.keys()].map((k) => k.replaceAll('.', '_'));
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    // Chrome looks message names up case-insensitively.
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const m of messages.values()) expect(m.substitutions).toBeLessThanOrEqual(9);
  });

  it('every key written in lib/, utils/, components/ and entrypoints/ is in locales/en.json, plural where used with a count', () => {
    const keys: string[] = [];
    for (const file of sourceFiles) {
      const code = readFileSync(file, 'utf8');
      for (const [, key] of code.matchAll(/'([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)'/g)) {
        if (!groups.has(key!.split('.')[0]!)) continue;
        keys.push(key!);
        expect(messages.has(key!), `${path.relative(root, file)}: ${key}`).toBe(true);
      }
      for (const [, key] of code.matchAll(/\bmsg\(\s*'([^']+)'/g))
        expect(isPlural(key!), `msg('${key}') needs plural()`).toBe(false);
      for (const [, key] of code.matchAll(/\bplural\(\s*'([^']+)'/g))
        expect(isPlural(key!), `plural('${key}') needs plural forms`).toBe(true);
    }
    expect(keys.length).toBeGreaterThan(100);
    // And no message of lib/'s groups is left behind unused.
    const libGroups = [
      'words',
      'checks',
      'spinParts',
      'evidence',
      'siteKinds',
      'pageRole',
      'discovery',
      'attribution',
      'fetch',
      'feeds',
      'memory',
      'extract',
      'flagsImport',
    ];
    const written = new Set(keys);
    for (const key of messages.keys())
      if (libGroups.includes(key.split('.')[0]!))
        expect(written.has(key), `${key} is not used`).toBe(true);
  });

  it('every Message lib/ makes names a message of en.json, with a count exactly when it has plural forms', () => {
    expect(made.length).toBeGreaterThan(300);
    for (const m of made) {
      expect(messages.has(m.key), m.key).toBe(true);
      expect(m.count !== undefined, m.key).toBe(isPlural(m.key));
      expect(m.subs?.length ?? 0).toBeLessThanOrEqual(9);
    }
  });
});

describe('English from locales/en.json', () => {
  it('reads exactly as i18n.t of @wxt-dev/i18n does: substitutions, plural forms, nested keys', () => {
    const calls: [string, number | undefined, string[] | undefined][] = [
      ['source.heading', undefined, undefined],
      ['source.by', undefined, ['Dharma AI']],
      ['flagsPage.countOf', undefined, ['3', '12']],
      ['facts.words', 1, undefined],
      ['facts.words', 2400, ['2,400']],
      ['flagsPage.count', 0, undefined],
      ['flagsPage.count', 1, undefined],
      ['flagsPage.count', 7, undefined],
      ['retold.strengthened', 0, ['0']],
      ['retold.strengthened', 2, ['2']],
      ['checks.universalClaims.detailWords', 1, ['1', '“always”']],
      ['checks.universalClaims.detailWords', 3, ['3', '“always”, “every”']],
      [
        'checks.attributionMismatch.detail',
        undefined,
        ['Hugging Face', 'Source: Hugging Face Blog', 'Dharma AI', 'its byline'],
      ],
      ['fetch.timeout', 1, undefined],
      ['fetch.timeout', 10, undefined],
      ['incentives.argues', 5, ['5', 'specialized models']],
    ];
    for (const [key, count, subs] of calls) {
      expect(englishT(key, count, subs), key).toBe(
        t(key, ...[count, subs].filter((a) => a !== undefined)),
      );
    }
    expect(englishT('flagsPage.count', 0)).toBe('No flags');
    expect(englishT('facts.words', 2400, ['2,400'])).toBe('2,400 words');
  });

  it('gives the extension every message as browser.i18n would, from the bundled catalogue', () => {
    const said = bundled.t as unknown as (key: string, ...args: unknown[]) => string;
    const subs = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
    for (const key of messages.keys()) {
      const asked: unknown[][] = isPlural(key)
        ? [0, 1, 2, 7].flatMap((n) => [[n], [n, subs]])
        : [[], [subs]];
      for (const args of asked) expect(said(key, ...args), key).toBe(t(key, ...args));
    }
    expect(() => said('source.by', { name: 'x' })).toThrow(/unknown argument/);
  });

  it('never asks browser.i18n for the words: its first call in a page costs the sidebar’s open', () => {
    const asking = sourceFiles.filter((file) => {
      const code = readFileSync(file, 'utf8');
      return (
        /\b(?:browser|chrome)\.i18n\.\w+\(/.test(code) ||
        /^import (?!type )[^;]*from '#i18n'/m.test(code)
      );
    });
    expect(asking.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('renders every Message lib/ made on the seeds as the sidebar does through i18n.t', () => {
    for (const m of made) expect(formatMessage(m, wxtT, ENGLISH_LOCALE)).toBe(english(m));
  });

  it('formats numbers, lists, shares and dates with Intl, and keeps page words out of the plural choice', () => {
    expect(
      english(plural('checks.vendorOnlyVoices.detail', 3, list(['Anthropic', 'OpenAI', 'Google']))),
    ).toBe(
      'The page relays what Anthropic, OpenAI and Google say and quotes no independent researcher, analyst or critic.',
    );
    expect(english(plural('discovery.tried.links', 2400))).toBe(
      '2,400 links to other sites, for words like “original”, “source” or “read at”',
    );
    expect(english(msg('memory.opened', { date: '2026-05-22T08:00:00.000Z' }))).toBe(
      'you opened Unspun on it on 22 May 2026',
    );
    expect(english(msg('feeds.titleAgrees', { percent: 0.804 }))).toBe('title agrees 80%');
    // A page title holding " | " in a plural message: i18n.t alone would split the sentence there.
    const topics = list(['AI | The Verge']);
    expect(() => t('incentives.argues', 1, ['1', 'AI | The Verge'])).toThrow(
      'Unknown plural formatting',
    );
    expect(english(plural('incentives.argues', 1, topics))).toBe(
      'The page argues for AI | The Verge (1 sentence).',
    );
    expect(say(plural('incentives.argues', 2, topics))).toBe(
      'The page argues for AI | The Verge (2 sentences).',
    );
  });
});

describe('a check’s words in the Report and in the sidebar', () => {
  const report = analyze(
    articleOf([
      FILLER,
      'Anthropic argues that small models always beat large ones on translation.',
      'OpenAI says every company will adopt agents by next year.',
      'The new assistant writes code faster than any tool before it.',
      'Teams that adopt it ship products in half the time.',
      'The assistant learns each company’s style within days.',
    ]),
  );
  const flag = (id: string) => report.flags.find((f) => f.id === id)!;

  it('reads as plain English in the Report, names and counts in place', () => {
    expect(english(flag('source-named-not-linked').messages.title)).toBe(
      'Credits Anthropic and OpenAI but links nothing of theirs',
    );
    expect(english(flag('source-named-not-linked').messages.detail)).toBe(
      'The page says its content comes from Anthropic and OpenAI, but gives no link to the original, so a reader has to search for it.',
    );
    expect(english(flag('universal-claims').messages.detail)).toBe(
      '2 sentences state a claim as true always, everywhere or in most cases (“always”, “every”). Results rarely hold that widely.',
    );
    // Six: the five sentences above and the filler assert something; the headline, a line
    // without an end mark, is a heading.
    expect(english(flag('no-tradeoffs').messages.detail)).toBe(
      'The page makes 6 claims and names no cost, risk, limitation or trade-off of what it describes.',
    );
    expect(english(flag('vendor-only-voices').messages.title)).toBe('Only Anthropic is heard');
    expect(english(flag('vendor-only-voices').messages.detail)).toBe(
      'The page relays what Anthropic and OpenAI say and quotes no independent researcher, analyst or critic.',
    );
  });

  it('carries the same words as Messages, which the sidebar says in the reader’s language', () => {
    const f = flag('source-named-not-linked');
    expect(f.messages.title).toEqual({
      key: 'checks.sourceNamedNotLinked.title',
      subs: [{ list: ['Anthropic', 'OpenAI'], style: 'and' }],
    });
    for (const g of report.flags) {
      expect(say(g.messages.title)).toBe(english(g.messages.title));
      expect(say(g.messages.detail)).toBe(english(g.messages.detail));
    }
    expect(report.spin.components.map((c) => say(c.messages.label))).toEqual(
      report.spin.components.map((c) => english(c.messages.label)),
    );
    expect(report.messages.sourceSearch.map(say)).toEqual(
      report.messages.sourceSearch.map(english),
    );
  });

  it('comes from lib/ as Messages only; the edges add the English beside them, in the printed order', () => {
    const english_ = ['title', 'detail', 'note', 'roleReasons', 'sourceSearch', 'reasons'];
    expect(Object.keys(report).filter((k) => english_.includes(k))).toEqual([]);
    expect(Object.keys(report.page)).not.toContain('roleReasons');
    for (const f of report.flags)
      expect(Object.keys(f)).toEqual(['id', 'severity', 'spans', 'messages']);
    for (const c of report.spin.components) expect(Object.keys(c)).not.toContain('label');
    for (const c of report.sourceCandidates) expect(Object.keys(c)).not.toContain('reasons');

    const printed = reportInEnglish(report);
    expect(Object.keys(printed.flags[0]!)).toEqual([
      'id',
      'severity',
      'title',
      'detail',
      'spans',
      'messages',
    ]);
    for (const f of printed.flags) {
      expect(f.title).toBe(english(f.messages.title));
      expect(f.detail).toBe(english(f.messages.detail));
    }
    expect(printed.page.roleReasons).toEqual(report.page.messages.roleReasons.map(english));
    expect(Object.keys(printed.page).indexOf('roleReasons')).toBe(
      Object.keys(printed.page).indexOf('role') + 1,
    );
    expect(printed.sourceSearch).toEqual(report.messages.sourceSearch.map(english));
    expect(Object.keys(printed).indexOf('sourceSearch')).toBe(
      Object.keys(printed).indexOf('selfIsSource') + 1,
    );
    expect(printed.spin.components.map((c) => c.label)).toEqual(
      report.spin.components.map((c) => english(c.messages.label)),
    );
    // No source was compared: none is printed (not even as null).
    expect(JSON.stringify(printed)).not.toContain('"source":');
  });
});
