import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { before, test } from 'node:test';
import { InputError } from '../../src/shared/input-error.ts';
import { openEventLog } from '../../src/events/open-event-log.ts';
import { runEventsCommand } from '../../src/cli/events-command.ts';
import { UsageError } from '../../src/cli/usage-error.ts';

let file: string;

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = { out: '' };
  stdout.on('data', (chunk) => (text.out += chunk));
  return { io: { stdout, stderr }, text };
}

before(() => {
  file = path.join(fs.mkdtempSync(path.join(tmpdir(), 'cli-events-')), 'events.db');
  const log = openEventLog(file, { now: () => new Date('2026-05-02T00:00:00.000Z') });
  log.createRetrainingEvent({
    eventId: '0b7e4a52-8c1f-4f57-9d3e-2f6a1c9b8e10',
    triggerType: 'data_drift',
    triggeredAt: '2026-05-01T00:00:00.000Z',
    status: 'succeeded',
    executionSuccessful: true,
    improvementR2Percent: 12.5,
    improvementRmsePercent: 8,
    totalDurationSeconds: 900,
    estimatedCost: 0.12,
  });
  log.recordCheck({
    eventName: 'schedule',
    severity: 'NONE',
    triggered: false,
    checkedAt: '2026-04-30T18:00:00.000Z',
    reason: 'No drift.',
  });
  log.recordCheck({
    eventName: 'schedule',
    severity: 'HIGH',
    triggered: true,
    checkedAt: '2026-05-01T00:00:00.000Z',
    reason: 'sqft | distance drifted',
  });
  log.close();
});

test('drift-sentinel events prints key metrics, the latest retrainings and checks as text', async () => {
  const { io: streams, text } = io();
  assert.equal(await runEventsCommand(['--event-log', file], streams), 0);
  assert.match(text.out, /^Key metrics\n/);
  assert.match(text.out, /Execution success rate +100%/);
  assert.match(
    text.out,
    /Latest retrainings \(1\)\n {2}2026-05-01T00:00:00\.000Z {2}succeeded {2}data_drift +R² \+12\.5%, RMSE \+8%, 15 min/,
  );
  assert.match(text.out, /Latest checks \(2\)\n {2}2026-05-01T00:00:00\.000Z {2}HIGH/);
});

test('drift-sentinel events --format json holds the key metrics and the rows, with --limit applied', async () => {
  const { io: streams, text } = io();
  assert.equal(
    await runEventsCommand(['--event-log', file, '--format', 'json', '--limit', '1'], streams),
    0,
  );
  const data = JSON.parse(text.out);
  assert.equal(data.keyMetrics.retrainingCount, 1);
  assert.deepEqual(data.keyMetrics.triggerTypes, { data_drift: 1 });
  assert.equal(data.checks.length, 1);
  assert.equal(data.checks[0].severity, 'HIGH');
});

test('drift-sentinel events --format markdown has the key-metrics section, the chart and escaped tables', async () => {
  const { io: streams, text } = io();
  await runEventsCommand(['--event-log', file, '--format', 'markdown'], streams);
  assert.ok(text.out.startsWith('## Key metrics\n'));
  // Two checks, NONE then HIGH: one numbered bar each, in its level's series.
  assert.match(text.out, /bar "none" \[1, 0\]/);
  assert.match(text.out, /bar "high" \[0, 4\]/);
  assert.ok(text.out.includes('| sqft \\| distance drifted |'));
});

test('drift-sentinel events refuses a missing log and bad options', async () => {
  const { io: streams } = io();
  await assert.rejects(
    runEventsCommand(['--event-log', '/nonexistent/events.db'], streams),
    (error: Error) => error instanceof InputError,
  );
  await assert.rejects(
    runEventsCommand(['--event-log', file, '--format', 'xml'], streams),
    (error: Error) =>
      error instanceof UsageError && /Expected one of: text, json, markdown/.test(error.message),
  );
  await assert.rejects(runEventsCommand(['--limit', '0'], streams), /Invalid --limit '0'/);
});
