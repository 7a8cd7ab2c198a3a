import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { openEventLog } from '../../src/events/open-event-log.ts';
import { EXIT_REJECTED, runRetrainCommand } from '../../src/cli/retrain-command.ts';
import { UsageError } from '../../src/cli/usage-error.ts';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const TRAIN = `"${process.execPath}" "${path.join(EXAMPLES, 'train/train.mjs')}"`;

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = { out: '', err: '' };
  stdout.on('data', (chunk) => (text.out += chunk));
  stderr.on('data', (chunk) => (text.err += chunk));
  return { io: { stdout, stderr }, text };
}

function baseArgs(eventLog: string, trainCommand = TRAIN): string[] {
  return [
    '--train-command',
    trainCommand,
    '--reference-data',
    path.join(EXAMPLES, 'data/reference.csv'),
    '--recent-data',
    path.join(EXAMPLES, 'data/recent.csv'),
    '--recent-actuals',
    path.join(EXAMPLES, 'data/actuals.npy'),
    '--target-column',
    'price',
    '--event-log',
    eventLog,
  ];
}

test('drift-sentinel retrain records a manual retraining in a new local log and exits 0 when promoted', async () => {
  const eventLog = path.join(
    fs.mkdtempSync(path.join(tmpdir(), 'cli-retrain-')),
    'nested',
    'events.db',
  );
  const { io: streams, text } = io();
  const code = await runRetrainCommand(
    [
      ...baseArgs(eventLog),
      '--baseline-metrics',
      '{"r2": 0.7, "rmse": 45}',
      '--cost-per-minute',
      '1',
    ],
    streams,
  );
  assert.equal(code, 0, text.err);
  assert.match(
    text.out,
    /^Retraining succeeded: event [0-9a-f-]{36} \(manual\)\n {2}promote: true\n/,
  );
  assert.match(text.err, /train\.mjs: validation/);
  const log = openEventLog(eventLog, { readonly: true });
  const [event] = log.listRetrainingEvents();
  assert.equal(event.status, 'succeeded');
  assert.ok((event.estimatedCost as number) > 0);
  log.close();
});

test('drift-sentinel retrain exits 1 when training fails and 3 when the model is rejected', async () => {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'cli-retrain-'));
  const failed = io();
  assert.equal(
    await runRetrainCommand(baseArgs(path.join(dir, 'a.db'), `${TRAIN} --fail`), failed.io),
    1,
  );
  assert.match(failed.text.out, /error: The training command failed with exit code 1/);
  const rejected = io();
  const code = await runRetrainCommand(
    [
      ...baseArgs(path.join(dir, 'b.db')),
      '--baseline-metrics',
      '{"r2": 0.95}',
      '--max-regression',
      '0.01',
    ],
    rejected.io,
  );
  assert.equal(code, EXIT_REJECTED);
  assert.match(rejected.text.out, /promote: false/);
});

test('drift-sentinel retrain reports missing and invalid options as usage errors', async () => {
  const { io: streams } = io();
  await assert.rejects(
    runRetrainCommand(['--reference-data', 'r.csv', '--recent-data', 'n.csv'], streams),
    (error: Error) => {
      return (
        error instanceof UsageError &&
        error.message ===
          "Missing --train-command. Expected a shell command. Run 'drift-sentinel retrain --help'."
      );
    },
  );
  await assert.rejects(
    runRetrainCommand([...baseArgs('x.db'), '--max-regression', 'lots'], streams),
    /Invalid --max-regression 'lots'\. Expected a decimal number >= 0, such as 0\./,
  );
  await assert.rejects(
    runRetrainCommand(['--bogus'], streams),
    (error: Error) => error instanceof UsageError,
  );
});

test('drift-sentinel retrain --help prints the usage', async () => {
  const { io: streams, text } = io();
  assert.equal(await runRetrainCommand(['--help'], streams), 0);
  assert.match(text.out, /Usage: drift-sentinel retrain --train-command CMD/);
});
