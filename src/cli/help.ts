/**
 * Help texts of the CLI. The option lists are rendered from the option table, so a flag,
 * its description and its default cannot disagree with what the parser accepts.
 */
import { optionsOf } from '../options/option-table.ts';
import type { OptionGroup, OptionSpec } from '../options/option-table.ts';
import type { CliCommand } from './read-cli-options.ts';

export const MAIN_HELP = `drift-sentinel: detect data and concept drift, and retrain when a model drifts.

Usage:
  drift-sentinel check --reference-data F --recent-data F [options]   run a drift check
  drift-sentinel retrain --train-command CMD [options]                 retrain, validate and log
  drift-sentinel events [--event-log F]                                key metrics of the event log
  drift-sentinel profile --reference-data F --output F [options]       save a reference profile
  drift-sentinel <command> --help                                      options of a command
  drift-sentinel --version

Exit codes: 0 ran, 1 --fail-on reached (retrain: training failed), 2 bad usage or bad\ninput, 3 (retrain) the new model was rejected by validation.
`;

const GROUP_TITLES: Record<OptionGroup, string> = {
  data: 'Data',
  detection: 'Thresholds and tests (defaults from the original quick reference)',
  output: 'Output',
  github: 'GitHub',
  retraining: 'Retraining',
};

const WIDTH = 100;
const INDENT = 30;

/** What follows the flag in help: the choices, or a placeholder for the value. */
function metavar(spec: OptionSpec): string {
  if (spec.metavar) return spec.metavar;
  switch (spec.type) {
    case 'number':
      return 'X';
    case 'integer':
      return 'N';
    case 'list':
      return 'a,b';
    case 'choice':
      return spec.values.join('|');
    case 'boolean':
      return '';
    case 'text':
      return 'TEXT';
  }
}

/** Greedy word wrap; every line but the first starts at `indent`. */
function wrap(text: string, first: string, indent: number): string {
  const lines: string[] = [];
  // A flag too long for its column gets the description on the next line.
  let line = first.length >= indent ? `${first}\n${' '.repeat(indent)}` : first.padEnd(indent);
  let lineStart = line.lastIndexOf('\n') + 1;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length - lineStart + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(indent);
      lineStart = 0;
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * The option list of a command, grouped as in the table: flag, value, description and
 * `(default X)` or `(required)`.
 */
export function renderOptionHelp(command: CliCommand): string {
  const groups = new Map<OptionGroup, string[]>();
  for (const [, spec] of optionsOf(command)) {
    const flag = `  --${spec.name}${metavar(spec) ? ` ${metavar(spec)}` : ''}`;
    const note = spec.requiredIn?.includes(command)
      ? ' (required)'
      : spec.default
        ? ` (default ${spec.default})`
        : '';
    const entries = groups.get(spec.group) ?? [];
    entries.push(wrap(`${spec.description}${note}`, flag, INDENT));
    groups.set(spec.group, entries);
  }
  return [...groups]
    .map(([group, entries]) => `${GROUP_TITLES[group]}:\n${entries.join('\n')}\n`)
    .join('\n');
}

export const CHECK_HELP = `drift-sentinel check: compare recent data and model outputs with the reference.

Usage: drift-sentinel check --reference-data F --recent-data F [options]
       drift-sentinel check --reference-profile F --recent-data F [options]

${renderOptionHelp('check')}`;
