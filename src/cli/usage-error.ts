import { parseArgs } from 'node:util';
import type { ParseArgsOptionsConfig } from 'node:util';

/** A command line the CLI cannot run: exit code 2, message on stderr, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * `node:util` parseArgs for one command, strict and without positionals; an unknown or
 * malformed option becomes a UsageError that points at the command's help.
 */
export function parseCommandArgs<const Options extends ParseArgsOptionsConfig>(
  command: string,
  args: readonly string[],
  options: Options,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message} Run 'drift-sentinel ${command} --help'.`);
  }
}
