/**
 * The CLI side of the option table: builds a command's `node:util` parseArgs
 * configuration from the table's entries for that command, and parses their values by
 * the table's rules, so a message names the flag the user typed.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import { optionsOf } from '../options/option-table.ts';
import type { EntryPoint } from '../options/option-table.ts';
import { OptionError } from '../options/parse-option.ts';
import { readOptions } from '../options/read-options.ts';
import type { OptionValues } from '../options/read-options.ts';
import { UsageError, parseCommandArgs } from './usage-error.ts';

export type CliCommand = Extract<EntryPoint, 'check' | 'retrain' | 'events' | 'profile'>;

/** parseArgs options of a command: every table option it takes, plus `--help`. */
export function parseArgsConfig(command: CliCommand): ParseArgsOptionsConfig {
  const config: ParseArgsOptionsConfig = { help: { type: 'boolean', short: 'h' } };
  for (const [, spec] of optionsOf(command)) {
    config[spec.name] = { type: spec.type === 'boolean' ? 'boolean' : 'string' };
  }
  return config;
}

/** The parsed, validated options of `command`; `help` is true when `--help` was given. */
export function readCliOptions(
  command: CliCommand,
  args: readonly string[],
): OptionValues & { help: boolean } {
  const parsed = parseCommandArgs(command, args, parseArgsConfig(command));
  if (parsed.help === true) return { help: true };
  try {
    const values = readOptions(command, {
      get: (name) => {
        const value = parsed[name];
        return value === undefined ? undefined : String(value);
      },
      label: (spec) => `--${spec.name}`,
      emptyMeansAbsent: false,
    });
    return { ...values, help: false };
  } catch (error) {
    if (error instanceof OptionError) {
      throw new UsageError(`${error.message} Run 'drift-sentinel ${command} --help'.`);
    }
    throw error;
  }
}
