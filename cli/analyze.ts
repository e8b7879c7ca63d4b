import { parseArgs } from 'node:util';
import { analyze } from '../lib/analysis/analyze';
import { reportInEnglish } from '../lib/report/in-english';
import type { Report } from '../lib/report/report';
import { discoverSources } from '../lib/source/discover';
import { hasConfidentSource, sourceToFollow } from '../lib/source/follow-source';
import { english } from '../lib/words/english';
import { UsageError, type Io } from './io';
import type { Article } from '../lib/extract/article';
import { bestFeedMatch, loadFeeds } from './feeds';
import { loadArticle } from './load-input';
import { reportMarkdown } from './markdown';
import { progressBar } from './progress';

const USAGE = `Usage: unspun analyze <file.html|url>... [--url <address the file was saved from>]
                      [--source <file.html|file.md|file.pdf|url>]... [--feed <file.xml|url>]...
                      [--no-follow] [--format json|markdown]

Prints the Report of each page: JSON (one input: one object; several: an array) or a
readable summary. --source is the primary source: a saved page, a Markdown file (.md), a
PDF (.pdf), or an address, including a PDF's, an arXiv abstract page (read from the paper's
HTML version, else its PDF), a GitHub repository or README (github.com/ORG/REPO,
.../blob/...md) and a Hugging Face model or dataset card, which are read from their Markdown.
A PDF's passages link to their page (#page=N). Given more than once, each claim is matched
against all the sources and says which one backs it (the Report's "sources"). Without
--source it follows the page's best source candidate when it is
a web address (use --no-follow to stay offline). When the page links no source, --feed
(repeatable) names RSS or Atom feeds to search for it by title and content; a post found
there is listed first among the source candidates, and followed like one. Items with only a
title and a link (as the Hugging Face blog's feed has) are confirmed by reading the posts
whose titles agree (two at most; not with --no-follow).`;

/** `unspun analyze`: the Report of saved pages or addresses. Returns the exit code. */
export async function runAnalyze(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      source: { type: 'string', multiple: true, default: [] },
      feed: { type: 'string', multiple: true, default: [] },
      format: { type: 'string', default: 'json' },
      'no-follow': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!positionals.length) throw new UsageError(`Give at least one page to analyse.\n\n${USAGE}`);
  if (values.format !== 'json' && values.format !== 'markdown')
    throw new UsageError(`Unknown format "${values.format}": use json or markdown.`);
  if (values.url && positionals.length > 1)
    throw new UsageError('--url names the address of one saved page; give one input with it.');

  const feeds = await loadFeeds(values.feed ?? []);
  const sourceInputs = values.source ?? [];
  const reports: Report[] = [];
  let failures = 0;
  const bar = progressBar(io.stderr, positionals.length);
  for (const [i, input] of positionals.entries()) {
    bar.update(i, input);
    try {
      const page = await loadArticle(input, values.url);
      const given = await Promise.all(sourceInputs.map((s) => loadArticle(s)));
      let source: Article | undefined = given[0];
      const discovered = discoverSources(page).candidates;
      const fromFeed =
        !source && !hasConfidentSource(discovered)
          ? await bestFeedMatch(page, feeds, {
              ...(values['no-follow'] ? {} : { follow: (url: string) => loadArticle(url) }),
              note: (line) => io.stderr.write(`unspun: ${input}: ${line}\n`),
            })
          : null;
      if (fromFeed)
        io.stderr.write(
          `unspun: ${input}: found a likely source in ${fromFeed.feed}: ${fromFeed.match.url} (${fromFeed.match.messages.reasons.map(english).join('; ')})\n`,
        );
      if (!source && !values['no-follow']) {
        const best = sourceToFollow<{ url: string; confidence: number }>(
          fromFeed
            ? [{ url: fromFeed.match.url, confidence: fromFeed.match.confidence }]
            : discovered,
        );
        if (best) {
          source = await loadArticle(best.url).catch((error: Error) => {
            io.stderr.write(
              `unspun: ${input}: could not read its source (${error.message}); the report is from the page alone.\n`,
            );
            return undefined;
          });
        }
      }
      const report = analyze(page, given.length > 1 ? { sources: given } : { source });
      if (fromFeed)
        report.sourceCandidates.unshift({
          url: fromFeed.match.url,
          confidence: fromFeed.match.confidence,
          messages: fromFeed.match.messages,
        });
      reports.push(report);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failures++;
      io.stderr.write(`unspun: ${error.message}\n`);
    }
  }
  bar.done();
  // The command line's edge: the Reports' Messages are printed in English.
  const printed = reports.map(reportInEnglish);
  if (values.format === 'markdown') io.stdout.write(printed.map(reportMarkdown).join('\n---\n\n'));
  else
    io.stdout.write(
      `${JSON.stringify(positionals.length === 1 ? (printed[0] ?? null) : printed, null, 2)}\n`,
    );
  return failures ? 1 : 0;
}
