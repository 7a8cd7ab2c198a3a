import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openEventLog } from '../../src/events/open-event-log.ts';
import { runRetraining, type RetrainingOptions } from '../../src/retrain/run-retraining.ts';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const TRAIN = `"${process.execPath}" "${path.join(EXAMPLES, 'train/train.mjs')}"`;
const EVENT_ID = '0b7e4a52-8c1f-4f57-9d3e-2f6a1c9b8e10';
const TRIGGERED = '2026-05-01T12:00:00.000Z';
const NOW = new Date('2026-05-01T12:10:00.000Z');

function setup(overrides: Partial<RetrainingOptions> = {}) {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'run-retraining-'));
  const eventLog = openEventLog(path.join(dir, 'events.db'), { now: () => NOW });
  const lines: string[] = [];
  const options: RetrainingOptions = {
    eventLog,
    sources: {
      referenceData: path.join(EXAMPLES, 'data/reference.csv'),
      recentData: path.join(EXAMPLES, 'data/recent.csv'),
      recentActuals: path.join(EXAMPLES, 'data/actuals.npy'),
    },
    trainCommand: TRAIN,
    trainTimeoutMinutes: 1,
    workDir: path.join(dir, 'work'),
    // The deployed model's quality on the recent rows (see scripts/examples/make_example_data.py).
    baselineMetrics: { r2: 0.7782, rmse: 42.13 },
    maxRegression: 0.02,
    costPerMinute: 0.5,
    run: {
      repository: 'octo-org/drift-model',
      runId: 42,
      runUrl: 'https://github.localhost/runs/42',
    },
    log: (line) => lines.push(line),
    now: () => NOW,
    ...overrides,
  };
  return { dir, eventLog, lines, options };
}

test('a dispatched event is retrained with the example script, validated, and recorded as succeeded', async () => {
  const { eventLog, lines, options } = setup();
  eventLog.createRetrainingEvent({
    eventId: EVENT_ID,
    triggerType: 'data_drift',
    severity: 'HIGH',
    triggeredAt: TRIGGERED,
  });
  const result = await runRetraining({ ...options, eventId: EVENT_ID });
  assert.equal(result.status, 'succeeded', result.error);
  assert.equal(result.promote, true);
  assert.equal(result.createdEvent, false);
  const event = eventLog.getRetrainingEvent(EVENT_ID)!;
  assert.equal(event.status, 'succeeded');
  assert.equal(event.executionSuccessful, true);
  assert.deepEqual(event.metricsBefore, { r2: 0.7782, rmse: 42.13 });
  assert.ok((event.metricsAfter?.r2 as number) > 0.7782);
  assert.ok((event.improvementR2Percent as number) > 0);
  assert.ok((event.improvementRmsePercent as number) > 0);
  assert.equal(event.totalDurationSeconds, 600);
  assert.ok(
    Math.abs(
      (event.estimatedCost as number) - (0.5 * (event.trainingDurationSeconds as number)) / 60,
    ) < 1e-6,
  );
  assert.equal(event.retrainRunId, 42);
  assert.equal(event.errorMessage, null);
  assert.deepEqual(
    result.steps.map((s) => s.name),
    ['prepare', 'train', 'validate'],
  );
  assert.ok(lines.some((line) => line.startsWith('train.mjs: 2587 rows')));
});

test('a failing training command is recorded as failed with its exit code', async () => {
  const { eventLog, options } = setup({ trainCommand: `${TRAIN} --fail` });
  const result = await runRetraining(options);
  assert.equal(result.status, 'failed');
  assert.equal(result.createdEvent, true);
  const event = eventLog.getRetrainingEvent(result.event.eventId)!;
  assert.equal(event.triggerType, 'manual');
  assert.equal(event.executionSuccessful, false);
  assert.match(event.errorMessage ?? '', /^The training command failed with exit code 1/);
  assert.equal(event.metricsAfter, null);
});

test('a command that exits 0 without writing metrics fails with a message naming the metrics file', async () => {
  const { eventLog, options, dir } = setup({ trainCommand: 'true' });
  const stale = path.join(dir, 'metrics.json');
  fs.writeFileSync(stale, '{"r2": 0.99}');
  fs.utimesSync(stale, new Date('2020-01-01'), new Date('2020-01-01'));
  const result = await runRetraining({ ...options, metricsFile: stale });
  assert.equal(result.status, 'failed');
  assert.equal(
    eventLog.getRetrainingEvent(result.event.eventId)?.errorMessage,
    `The training command exited successfully but did not write its metrics to ${stale} (DRIFT_SENTINEL_METRICS_FILE). Expected JSON such as {"r2": 0.91, "rmse": 0.31}.`,
  );
});

test('invalid metrics JSON is recorded as a failure naming the file', async () => {
  const { options } = setup({ trainCommand: 'echo "{r2: 1" > "$DRIFT_SENTINEL_METRICS_FILE"' });
  const result = await runRetraining(options);
  assert.equal(result.status, 'failed');
  assert.match(
    result.error ?? '',
    /metrics\.json: the training command's metrics file is not valid JSON/,
  );
  assert.deepEqual(
    result.steps.map((s) => s.name),
    ['prepare', 'train', 'validate'],
  );
});

test('a model worse than the event baseline is rejected, not failed, and promote is false', async () => {
  const { eventLog, options } = setup({
    trainCommand: `echo '{"r2": 0.5, "rmse": 60}' > "$DRIFT_SENTINEL_METRICS_FILE"`,
  });
  eventLog.createRetrainingEvent({
    eventId: EVENT_ID,
    triggerType: 'concept_drift',
    triggeredAt: TRIGGERED,
    metricsBefore: { r2: 0.8, rmse: 40 },
  });
  const result = await runRetraining({ ...options, eventId: EVENT_ID });
  assert.equal(result.status, 'rejected');
  assert.equal(result.promote, false);
  assert.equal(result.baseline?.source, 'event');
  const event = eventLog.getRetrainingEvent(EVENT_ID)!;
  assert.equal(event.executionSuccessful, false);
  assert.equal(event.improvementR2Percent, -37.5);
  assert.equal(event.improvementRmsePercent, -50);
});

test('an event id missing from the log is created with that id from the dispatch inputs', async () => {
  const { eventLog, options } = setup({
    trainCommand: `echo '{"r2": 0.9}' > "$DRIFT_SENTINEL_METRICS_FILE"`,
  });
  const result = await runRetraining({
    ...options,
    eventId: EVENT_ID,
    trigger: { driftType: 'data_drift', severity: 'HIGH', reason: '3 features drifted' },
  });
  assert.equal(result.createdEvent, true);
  const event = eventLog.getRetrainingEvent(EVENT_ID)!;
  assert.equal(event.triggerType, 'data_drift');
  assert.equal(event.severity, 'HIGH');
  assert.equal(event.reason, '3 features drifted');
  assert.match(result.warnings[0], /not in the event log/);
});

test('a schema error in the data is recorded as a failed prepare step', async () => {
  const { dir, options } = setup();
  const bad = path.join(dir, 'recent.csv');
  fs.writeFileSync(bad, 'sqft,bedrooms\nhuge,3\n');
  const result = await runRetraining({
    ...options,
    sources: { ...options.sources, recentData: bad, recentActuals: undefined },
  });
  assert.equal(result.status, 'failed');
  assert.match(result.error ?? '', /column 'sqft' holds text such as "huge"/);
  assert.deepEqual(
    result.steps.map((s) => s.name),
    ['prepare'],
  );
});

test('a programming error in a step propagates as itself and is not recorded as a failed retraining', async () => {
  const { eventLog, options } = setup();
  eventLog.createRetrainingEvent({ eventId: EVENT_ID, triggerType: 'data_drift' });
  // A work directory that is not a path: Node's fs throws a TypeError, as a bug would.
  await assert.rejects(
    runRetraining({ ...options, eventId: EVENT_ID, workDir: 42 as unknown as string }),
    (error: Error) => error instanceof TypeError && /"path" argument/.test(error.message),
  );
  const event = eventLog.getRetrainingEvent(EVENT_ID)!;
  assert.equal(event.status, 'running', 'left running for the in-flight timeout to resolve');
  assert.equal(event.executionSuccessful, null);
  assert.equal(event.errorMessage, null);
});

test('a training command that times out is an expected failure, recorded with its duration and cost', async () => {
  const { eventLog, options } = setup({
    trainCommand: 'sleep 5',
    trainTimeoutMinutes: 0.5 / 60,
    killGraceMs: 100,
  });
  const result = await runRetraining(options);
  assert.equal(result.status, 'failed');
  assert.match(result.error ?? '', /timed out after/);
  const event = eventLog.getRetrainingEvent(result.event.eventId)!;
  assert.equal(event.status, 'failed');
  assert.ok((event.trainingDurationSeconds ?? 0) > 0, 'a failed attempt is timed');
  assert.deepEqual(
    result.steps.map((s) => s.name),
    ['prepare', 'train'],
  );
});

/** A shell command that fails on its first run and trains on the next (a flaky runner). */
function flakyOnce(dir: string): string {
  const marker = path.join(dir, 'failed-once');
  const script = path.join(dir, 'flaky.mjs');
  fs.writeFileSync(
    script,
    `import fs from 'node:fs';
if (!fs.existsSync(${JSON.stringify(marker)})) {
  fs.writeFileSync(${JSON.stringify(marker)}, '');
  console.error('flaky: out of memory on the first attempt');
  process.exit(137);
}
await import(${JSON.stringify(path.join(EXAMPLES, 'train/train.mjs'))});
`,
  );
  return `"${process.execPath}" "${script}"`;
}

test('a training command that fails once is retried (train-retries 1 by default) and the retraining succeeds with both attempts recorded', async () => {
  const { dir, eventLog, lines, options } = setup();
  const result = await runRetraining({ ...options, trainCommand: flakyOnce(dir) });
  assert.equal(result.status, 'succeeded', result.error);
  const event = eventLog.getRetrainingEvent(result.event.eventId)!;
  assert.deepEqual(
    event.attempts?.map((a) => [a.attempt, a.exitCode, a.timedOut]),
    [
      [1, 137, false],
      [2, 0, false],
    ],
  );
  for (const attempt of event.attempts ?? []) {
    assert.ok(attempt.durationSeconds > 0, 'each attempt has its duration');
    assert.equal(attempt.startedAt, NOW.toISOString());
  }
  const total = (event.attempts ?? []).reduce((sum, a) => sum + a.durationSeconds, 0);
  assert.ok(
    Math.abs((event.trainingDurationSeconds as number) - total) < 1e-2,
    'both attempts cost',
  );
  assert.ok(lines.some((line) => /Attempt 1 of 2 failed \(.*exit code 137/.test(line)));
  assert.ok(lines.some((line) => /\(attempt 2 of 2\)/.test(line)));
});

test('with train-retries 2 a command that always fails runs three times and is failed only after the last attempt', async () => {
  const { eventLog, options } = setup({ trainCommand: `${TRAIN} --fail`, trainRetries: 2 });
  const result = await runRetraining(options);
  assert.equal(result.status, 'failed');
  assert.match(result.error ?? '', /exit code 1.*\(attempt 3 of 3; every attempt failed\)/);
  const event = eventLog.getRetrainingEvent(result.event.eventId)!;
  assert.equal(event.status, 'failed');
  assert.deepEqual(
    event.attempts?.map((a) => [a.attempt, a.exitCode]),
    [
      [1, 1],
      [2, 1],
      [3, 1],
    ],
  );
});

test('train-retries 0 runs the command once', async () => {
  const { eventLog, options } = setup({ trainCommand: `${TRAIN} --fail`, trainRetries: 0 });
  const result = await runRetraining(options);
  assert.equal(result.status, 'failed');
  assert.doesNotMatch(result.error ?? '', /attempt/);
  assert.equal(eventLog.getRetrainingEvent(result.event.eventId)!.attempts?.length, 1);
});

test('a running retraining records its start, a deadline of its attempts times the timeout plus a margin, and its finish', async () => {
  const { eventLog, options } = setup({ trainTimeoutMinutes: 30, trainRetries: 1 });
  const seen: { startedAt: string | null; deadlineAt: string | null; status: string }[] = [];
  const result = await runRetraining({
    ...options,
    log: (line) => {
      if (line.startsWith('Retraining event')) {
        const event = eventLog.listRetrainingEvents()[0];
        seen.push({
          startedAt: event.startedAt,
          deadlineAt: event.deadlineAt,
          status: event.status,
        });
      }
    },
  });
  assert.deepEqual(seen, [
    {
      startedAt: NOW.toISOString(),
      // 2 attempts × 30 min + 15 min margin.
      deadlineAt: new Date(NOW.getTime() + 75 * 60_000).toISOString(),
      status: 'running',
    },
  ]);
  assert.equal(result.event.finishedAt, NOW.toISOString());
});

test('a manual retraining records the model key and fingerprints it was given; a dispatched one keeps its own', async () => {
  const { eventLog, options } = setup();
  const fingerprints = {
    reference: `sha256:${'1'.repeat(64)}`,
    baseline: `sha256:${'2'.repeat(64)}`,
  };
  const manual = await runRetraining({ ...options, model: 'retrain.yml@main', fingerprints });
  assert.equal(manual.event.model, 'retrain.yml@main');
  assert.equal(manual.event.referenceFingerprint, fingerprints.reference);
  eventLog.createRetrainingEvent({
    eventId: EVENT_ID,
    triggerType: 'data_drift',
    model: 'retrain.yml@release',
    referenceFingerprint: `sha256:${'3'.repeat(64)}`,
    baselineFingerprint: null,
  });
  const dispatched = await runRetraining({
    ...options,
    eventId: EVENT_ID,
    model: 'retrain.yml@main',
    fingerprints,
  });
  assert.equal(dispatched.event.model, 'retrain.yml@release');
  assert.equal(dispatched.event.referenceFingerprint, `sha256:${'3'.repeat(64)}`);
});

test('the training data is also written as its recent rows alone, header and targets included', async () => {
  const { options } = setup();
  const result = await runRetraining(options);
  const recentRows = fs.readFileSync(result.prepared!.recentRowsPath!, 'utf8').trim().split('\n');
  const all = fs.readFileSync(result.prepared!.path, 'utf8').trim().split('\n');
  assert.equal(recentRows.length, 1 + result.prepared!.recentRows);
  assert.equal(recentRows[0], all[0]);
  assert.deepEqual(recentRows.slice(1), all.slice(1 + result.prepared!.referenceRows));
  assert.ok(
    recentRows.slice(1).every((line) => !line.endsWith(',')),
    'every recent row has its target',
  );
});

test('onRunning is called once with the running event, after it is recorded and before the data is prepared', async () => {
  const { eventLog, lines, options } = setup();
  const calls: { status: string; stored: string | undefined; linesBefore: number }[] = [];
  await runRetraining({
    ...options,
    onRunning: async (event) => {
      calls.push({
        status: event.status,
        stored: eventLog.getRetrainingEvent(event.eventId)?.status,
        linesBefore: lines.filter((line) => line.startsWith('Training data:')).length,
      });
    },
  });
  assert.deepEqual(calls, [{ status: 'running', stored: 'running', linesBefore: 0 }]);
});
