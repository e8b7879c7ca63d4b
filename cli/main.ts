import { runAnalyze } from './analyze';
import { runClaims } from './claims';
import { UsageError, type Io } from './io';

const USAGE = `Usage: unspun <command> [options]

Commands:
  analyze <file.html|url>...   the Report of a page: spin score, flags, claims, source comparison
  claims [file|-]              claim strength and hedges of one sentence per line

Run "unspun <command> --help" for a command's options.`;

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  analyze: runAnalyze,
  claims: runClaims,
};

/** The command line's entry: returns the exit code, writes errors in plain words. */
export async function main(
  argv: string[],
  io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    io.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`unspun: unknown command "${command}".\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`unspun: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
