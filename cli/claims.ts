import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { assessSentence } from '../lib/analysis/claim-strength';
import { readAll, UsageError, type Io } from './io';

const USAGE = `Usage: unspun claims [file|-] [--format jsonl]

Reads one sentence per line (a file, or standard input with - or no argument) and writes one
JSON object per line: {text, strength, hedges, boosters, uncertain}.`;

/** `unspun claims`: claim strength, hedges and boosters of each line, as JSON lines. */
export async function runClaims(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.format !== 'jsonl')
    throw new UsageError(`Unknown format "${values.format}": only jsonl is written.`);
  const input = positionals[0];
  let text: string;
  if (!input || input === '-') text = await readAll(io.stdin);
  else {
    try {
      text = await readFile(input, 'utf8');
    } catch {
      throw new UsageError(`${input}: cannot be read.`);
    }
  }
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const { strength, hedges, boosters, uncertain } = assessSentence(line);
    const cue = (c: { text: string; start: number; end: number; kind: string }) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
    });
    io.stdout.write(
      `${JSON.stringify({ text: line, strength, hedges: hedges.map(cue), boosters: boosters.map(cue), uncertain })}\n`,
    );
  }
  return 0;
}
