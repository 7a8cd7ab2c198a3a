/**
 * The option table's promise: every entry point refuses a bad value the same way, naming
 * the option as that entry point spells it and quoting the value as it was given.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { parseActionInputs } from '../../src/action/input-helper.ts';
import { runCli } from '../../src/cli/main.ts';
import { parseCheckArgs } from '../../src/cli/parse-check-args.ts';
import {
  DEFAULT_DETECTION_CONFIG,
  resolveDetectionConfig,
} from '../../src/detect/detection-config.ts';
import { AutomaticRetrainingOrchestrator } from '../../src/index.ts';
import { OPTIONS, optionsOf } from '../../src/options/option-table.ts';
import type { EntryPoint, OptionSpec } from '../../src/options/option-table.ts';
import { parseOptionText } from '../../src/options/parse-option.ts';

type NumericSpec = OptionSpec & { type: 'number' | 'integer' };

const numericOptions = (Object.entries(OPTIONS) as [string, OptionSpec][]).filter(
  (entry): entry is [string, NumericSpec] =>
    entry[1].type === 'number' || entry[1].type === 'integer',
);

/** Values each numeric option must refuse: out of its range, not decimal, not finite. */
function badValues(spec: NumericSpec): string[] {
  const values = ['abc', '0x10', '1e400', ''];
  if (spec.max !== undefined) values.push(String(spec.max + 1));
  if (spec.min !== undefined) {
    const exclusive = spec.type === 'number' && spec.minExclusive;
    values.push(String(exclusive ? spec.min : spec.min - 1));
  }
  if (spec.type === 'integer') values.push(String(spec.min + 0.5));
  return values;
}

/** Just enough valid arguments for each CLI command to reach its option parsing. */
const REQUIRED_ARGS: Record<string, string[]> = {
  check: ['--reference-data', 'r.csv', '--recent-data', 'n.csv', '--no-event-log'],
  retrain: ['--reference-data', 'r.csv', '--recent-data', 'n.csv', '--train-command', 'true'],
  events: [],
};

async function cliError(args: string[]): Promise<{ code: number; stderr: string }> {
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const chunks: Buffer[] = [];
  stderr.on('data', (c: Buffer) => chunks.push(c));
  const code = await runCli(args, { stdout, stderr });
  return { code, stderr: Buffer.concat(chunks).toString('utf8') };
}

const ACTION_REQUIRED = { 'reference-data': 'r.csv', 'recent-data': 'n.csv' };
const actionInputs =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    (({ ...ACTION_REQUIRED, ...inputs }) as Record<string, string>)[name] ?? '';

test('the table has numeric options of every entry point, so the loops below test something', () => {
  const entryPoints = new Set(numericOptions.flatMap(([, spec]) => spec.in));
  for (const entryPoint of ['check', 'retrain', 'events', 'action', 'library'] as EntryPoint[]) {
    assert.ok(entryPoints.has(entryPoint), entryPoint);
  }
});

test('every numeric option of the CLI refuses bad values with exit 2, naming the flag and quoting the value', async () => {
  for (const [, spec] of numericOptions) {
    for (const command of ['check', 'retrain', 'events'] as const) {
      if (!spec.in.includes(command)) continue;
      for (const value of badValues(spec)) {
        // `--flag=value`, since parseArgs takes `--flag -1` for a flag missing its value.
        const run = await cliError([command, ...REQUIRED_ARGS[command], `--${spec.name}=${value}`]);
        const context = `${command} --${spec.name} '${value}': ${run.stderr}`;
        assert.equal(run.code, 2, context);
        assert.ok(run.stderr.includes(`Invalid --${spec.name} '${value}'. Expected `), context);
        assert.ok(!/\bat .*\.ts:\d+/.test(run.stderr), `no stack trace: ${context}`);
      }
    }
  }
});

test('every numeric option of the action refuses bad values naming the input and quoting the value', () => {
  for (const [field, spec] of numericOptions) {
    if (!spec.in.includes('action')) continue;
    // The runner passes an empty input for one that is not set: that is the default.
    for (const value of badValues(spec).filter((v) => v !== '')) {
      assert.throws(
        () => parseActionInputs(actionInputs({ [spec.name]: value })),
        (error: Error) =>
          error.message.startsWith(`Invalid input ${spec.name} '${value}'. Expected `) &&
          !error.message.includes(field === spec.name ? '\0' : field),
        `${spec.name} '${value}'`,
      );
    }
  }
});

test('every numeric option of the library refuses bad values naming the field', () => {
  for (const [field, spec] of numericOptions) {
    if (!spec.in.includes('library')) continue;
    const bad = badValues(spec)
      .filter((v) => v !== '' && v !== 'abc' && v !== '0x10')
      .map(Number);
    for (const value of [...bad, Number.NaN, '0.1' as unknown as number]) {
      assert.throws(
        () => new AutomaticRetrainingOrchestrator({ [field]: value }),
        (error: Error) =>
          error.message.startsWith(`Invalid ${field} '${String(value)}'. Expected `),
        `${field} ${String(value)}`,
      );
    }
  }
});

test('every numeric option accepts its default in all entry points', async () => {
  for (const [field, spec] of numericOptions) {
    assert.equal(typeof parseOptionText(spec, spec.default ?? '1', field), 'number');
    if (spec.in.includes('action') && spec.default !== undefined) {
      assert.doesNotThrow(() => parseActionInputs(actionInputs({ [spec.name]: spec.default! })));
    }
  }
});

test('check --data-drift-threshold 2 exits 2 naming the flag and the value; the action and library name theirs', async () => {
  const cli = await cliError(['check', ...REQUIRED_ARGS.check, '--data-drift-threshold', '2']);
  assert.equal(cli.code, 2);
  assert.match(
    cli.stderr,
    /Invalid --data-drift-threshold '2'\. Expected a decimal number > 0 and <= 1/,
  );
  assert.throws(
    () => parseActionInputs(actionInputs({ 'data-drift-threshold': '2' })),
    /^OptionError: Invalid input data-drift-threshold '2'\./,
  );
  assert.throws(
    () => resolveDetectionConfig({ dataDriftThreshold: 2 }),
    /^OptionError: Invalid dataDriftThreshold '2'\. Expected a finite number > 0 and <= 1\.$/,
  );
});

test('0x10 is quoted as typed and refused, not read as 16', async () => {
  const cli = await cliError(['check', ...REQUIRED_ARGS.check, '--min-samples', '0x10']);
  assert.equal(cli.code, 2);
  assert.match(cli.stderr, /Invalid --min-samples '0x10'\. Expected a whole number >= 1/);
  assert.doesNotMatch(cli.stderr, /16/);
});

test('retrain-on NONE is refused by the CLI, the action and the library', async () => {
  const cli = await cliError(['check', ...REQUIRED_ARGS.check, '--retrain-on', 'NONE']);
  assert.equal(cli.code, 2);
  assert.match(
    cli.stderr,
    /Invalid --retrain-on 'NONE'\. Expected one of: LOW, MEDIUM, HIGH, CRITICAL/,
  );
  assert.throws(
    () => parseActionInputs(actionInputs({ 'retrain-on': 'none' })),
    /Invalid input retrain-on 'none'\. Expected one of: LOW, MEDIUM, HIGH, CRITICAL/,
  );
  assert.throws(
    () => new AutomaticRetrainingOrchestrator({ retrainOn: 'NONE' }),
    /Invalid retrainOn 'NONE'\. Expected one of: LOW, MEDIUM, HIGH, CRITICAL\./,
  );
});

test('severities are read in any case on the command line and in the action', () => {
  const settings = parseCheckArgs(
    [...REQUIRED_ARGS.check, '--retrain-on', 'medium', '--fail-on', 'High'],
    false,
  );
  assert.equal(settings.config.retrainOn, 'MEDIUM');
  assert.equal(settings.failOn, 'HIGH');
  assert.equal(parseActionInputs(actionInputs({ 'fail-on': 'NONE' })).failOn, undefined);
});

test('the library refuses an unknown option, naming the known ones', () => {
  assert.throws(
    () => new AutomaticRetrainingOrchestrator({ dataDriftTreshold: 0.1 } as object),
    /Unknown option 'dataDriftTreshold'\. Expected one of: dataDriftThreshold, /,
  );
});

test('the library checks baseline metrics as the CLI does', () => {
  const orchestrator = new AutomaticRetrainingOrchestrator();
  const table = { x: [1, 2, 3] };
  const cases: [object, RegExp][] = [
    [
      { rsme: 0.1 },
      /baselineMetrics: unknown metric "rsme"; expected only r2, rmse, mae, accuracy\./,
    ],
    [{ r2: 5 }, /baselineMetrics: "r2" is 5; expected a finite number at most 1\./],
    [{ rmse: -1 }, /baselineMetrics: "rmse" is -1; expected a finite number >= 0\./],
  ];
  for (const [baseline, message] of cases) {
    assert.throws(() => orchestrator.shouldRetrain(table, table, null, null, baseline), message);
  }
});

test('the library defaults are the table defaults, one field per library option', () => {
  const fields = optionsOf('library').map(([field]) => field);
  assert.deepEqual(Object.keys(DEFAULT_DETECTION_CONFIG).sort(), [...fields].sort());
  assert.equal(DEFAULT_DETECTION_CONFIG.dataDriftThreshold, 0.05);
  assert.equal(DEFAULT_DETECTION_CONFIG.minSamplesForRetraining, 100);
  assert.equal(DEFAULT_DETECTION_CONFIG.retrainOn, 'HIGH');
});

test('every option name is unique, kebab-case, and every default parses by its own rules', () => {
  const names = Object.values(OPTIONS).map((spec) => spec.name);
  assert.equal(new Set(names).size, names.length);
  for (const [field, spec] of Object.entries(OPTIONS) as [string, OptionSpec][]) {
    assert.match(spec.name, /^[a-z][a-z0-9-]*$/);
    if (spec.default !== undefined)
      assert.doesNotThrow(() => parseOptionText(spec, spec.default!, field), field);
  }
});

test('an empty --event-log is refused on the command line instead of silently disabling the log', async () => {
  const run = await cliError([
    'check',
    '--reference-data',
    'r.csv',
    '--recent-data',
    'n.csv',
    '--event-log',
    '',
  ]);
  assert.equal(run.code, 2);
  assert.match(
    run.stderr,
    /Invalid --event-log ''\. Expected a path to a SQLite file, not an empty value/,
  );
});
