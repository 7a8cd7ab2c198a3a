import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify, stripVTControlCharacters } from 'node:util';
import { runCli } from '../../src/cli/main.ts';

const data = 'examples/data';
const scratch = mkdtempSync(join(tmpdir(), 'ds-cli-log-'));
const exampleArgs = [
  '--event-log',
  join(scratch, 'events.db'),
  '--reference-data',
  `${data}/reference.csv`,
  '--recent-data',
  `${data}/recent.csv`,
  '--recent-predictions',
  `${data}/predictions.npy`,
  '--recent-actuals',
  `${data}/actuals.npy`,
  '--baseline-metrics',
  `${data}/baseline-metrics.json`,
  '--exclude-columns',
  'price',
];

function capture(isTTY = false, stderrIsTTY = false) {
  const stdout = Object.assign(new PassThrough(), { isTTY });
  const stderr = Object.assign(new PassThrough(), { isTTY: stderrIsTTY });
  const read = (s: PassThrough) => {
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(c));
    return () => Buffer.concat(chunks).toString('utf8');
  };
  return { io: { stdout, stderr }, out: read(stdout), err: read(stderr) };
}

test('check on the example data prints a JSON report with the documented fields when piped', async () => {
  const { io, out } = capture(false);
  const code = await runCli(['check', ...exampleArgs], io);
  assert.equal(code, 0);
  const report = JSON.parse(out());
  for (const key of [
    'triggered',
    'severity',
    'driftType',
    'confidence',
    'reason',
    'features',
    'signals',
    'metrics',
  ]) {
    assert.ok(key in report, `missing ${key}`);
  }
  assert.ok(['HIGH', 'CRITICAL'].includes(report.severity), report.severity);
  assert.equal(report.triggered, true);
  const feature = report.features[0];
  for (const key of [
    'name',
    'type',
    'test',
    'statistic',
    'pValue',
    'adjustedPValue',
    'effectSize',
    'drifted',
  ]) {
    assert.ok(key in feature, `feature missing ${key}`);
  }
  const hood = report.features.find((f: { name: string }) => f.name === 'neighborhood');
  assert.deepEqual(hood.newCategories, ['Lakeside Park']);
  assert.equal(
    report.features.find((f: { name: string }) => f.name === 'age_years').referenceMissing,
    10,
  );
});

test('check prints the text report by default on a terminal, verdict first', async () => {
  const { io, out } = capture(true);
  assert.equal(await runCli(['check', ...exampleArgs], io), 0);
  // A terminal gets colour unless NO_COLOR says otherwise; the words are the same.
  const text = stripVTControlCharacters(out());
  assert.match(
    text.split('\n')[0],
    /^drift-sentinel: (HIGH|CRITICAL) \(retraining due\) · \d+ of 6 features drifted$/,
  );
  assert.match(text, /Signals/);
  assert.match(text, /Features \(\d+ of 6 drifted\)/);
});

test('--fail-on exits 1 when the severity reaches the level, and 0 below it', async () => {
  const high = capture();
  assert.equal(await runCli(['check', ...exampleArgs, '--fail-on', 'HIGH'], high.io), 1);
  assert.match(high.err(), /reached --fail-on HIGH/);
  const none = capture();
  assert.equal(await runCli(['check', ...exampleArgs, '--fail-on', 'none'], none.io), 0);
});

test('--format markdown writes the job-summary Markdown to --output', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ds-cli-'));
  const output = join(dir, 'report.md');
  const { io, out } = capture();
  assert.equal(
    await runCli(['check', ...exampleArgs, '--format', 'markdown', '--output', output], io),
    0,
  );
  assert.equal(out(), '');
  const markdown = readFileSync(output, 'utf8');
  assert.match(markdown, /^## .* drift-sentinel: (HIGH|CRITICAL)/);
  assert.match(markdown, /```mermaid\n(%%\{init: .*\}%%\n)?xychart-beta/);
});

test('a missing file exits 2 with a message naming the path and no stack trace', async () => {
  const { io, err } = capture();
  const code = await runCli(
    ['check', '--reference-data', 'nope/missing.csv', '--recent-data', `${data}/recent.csv`],
    io,
  );
  assert.equal(code, 2);
  assert.match(err(), /nope\/missing\.csv/);
  assert.doesNotMatch(err(), /\n\s+at /);
});

test('an invalid threshold exits 2 naming the option, the value and the expectation', async () => {
  const { io, err } = capture();
  assert.equal(await runCli(['check', ...exampleArgs, '--data-drift-threshold', 'abc'], io), 2);
  assert.match(err(), /Invalid --data-drift-threshold 'abc'\. Expected a decimal number/);
  const range = capture();
  assert.equal(
    await runCli(['check', ...exampleArgs, '--data-drift-threshold', '1.5'], range.io),
    2,
  );
  assert.match(range.err(), /Invalid --data-drift-threshold '1\.5'.*<= 1/);
  assert.doesNotMatch(range.err(), /dataDriftThreshold/);
});

test('an unknown option or command exits 2', async () => {
  const option = capture();
  assert.equal(await runCli(['check', ...exampleArgs, '--bogus'], option.io), 2);
  assert.match(option.err(), /bogus/);
  const command = capture();
  assert.equal(await runCli(['frobnicate'], command.io), 2);
  assert.match(command.err(), /Unknown command 'frobnicate'/);
});

test('predictions whose length differs from the recent rows exit 2 naming both files and counts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ds-cli-'));
  const short = join(dir, 'short.json');
  writeFileSync(short, JSON.stringify([1, 2, 3]));
  const { io, err } = capture();
  const args = exampleArgs.map((a) => (a.endsWith('predictions.npy') ? short : a));
  assert.equal(await runCli(['check', ...args], io), 2);
  assert.match(err(), /short\.json has 3 predictions but .*actuals\.npy has 600 actuals/);
});

test('the bin script runs the CLI as a separate process', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [
    'bin/drift-sentinel.js',
    'check',
    ...exampleArgs,
    '--format',
    'json',
  ]);
  assert.ok(['HIGH', 'CRITICAL'].includes(JSON.parse(stdout).severity));
});

test('check records every run in the local event log, which events then summarises', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ds-cli-'));
  const eventLog = join(dir, 'history', 'events.db');
  const args = exampleArgs.map((a, i) => (exampleArgs[i - 1] === '--event-log' ? eventLog : a));
  assert.equal(await runCli(['check', ...args], capture().io), 0);
  assert.equal(await runCli(['check', ...args], capture().io), 0);
  const events = capture();
  assert.equal(await runCli(['events', '--event-log', eventLog, '--format', 'json'], events.io), 0);
  const summary = JSON.parse(events.out());
  const { checks } = summary;
  assert.equal(checks.length, 2);
  assert.equal(checks[0].eventName, 'cli');
  assert.ok(['HIGH', 'CRITICAL'].includes(checks[0].severity));
});

test('--no-event-log leaves no event log behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ds-cli-'));
  const eventLog = join(dir, 'events.db');
  const args = exampleArgs.map((a, i) => (exampleArgs[i - 1] === '--event-log' ? eventLog : a));
  assert.equal(await runCli(['check', ...args, '--no-event-log'], capture().io), 0);
  assert.equal(existsSync(eventLog), false);
});

test('a progress indicator goes to stderr while loading, only when stderr is a terminal', async () => {
  const terminal = capture(false, true);
  assert.equal(await runCli(['check', ...exampleArgs], terminal.io), 0);
  assert.match(terminal.err(), /\rloading data: \d+% of \d+ MB/);
  assert.ok(terminal.err().endsWith('\r\x1b[K'), 'the indicator line is cleared at the end');
  const piped = capture(false, false);
  assert.equal(await runCli(['check', ...exampleArgs], piped.io), 0);
  assert.equal(piped.err(), '');
});

test('an event log that cannot be written exits 2 and says how to choose another or none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ds-cli-'));
  const notADirectory = join(dir, 'file');
  writeFileSync(notADirectory, 'plain file');
  const eventLog = join(notADirectory, 'events.db');
  const args = exampleArgs.map((a, i) => (exampleArgs[i - 1] === '--event-log' ? eventLog : a));
  const { io, err } = capture();
  assert.equal(await runCli(['check', ...args], io), 2);
  assert.match(err(), /Cannot record the check in the event log .*events\.db: .*--no-event-log/);
  assert.doesNotMatch(err(), /\n\s+at /);
});
