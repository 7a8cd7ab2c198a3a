import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { InputError } from '../../src/shared/input-error.ts';
import { SCHEMA_VERSION } from '../../src/events/event-log-schema.ts';
import { eventLogConnection, openEventLog } from '../../src/events/open-event-log.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-sentinel-events-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
let fileCounter = 0;
function tempPath(): string {
  return path.join(root, `log-${++fileCounter}.db`);
}

/** A clock that returns the given instants in turn and then keeps returning the last. */
function clockOf(...isoTimes: string[]): () => Date {
  let index = 0;
  return () => new Date(isoTimes[Math.min(index++, isoTimes.length - 1)]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('openEventLog creates a single-file database at the current schema version with foreign keys on', () => {
  const file = tempPath();
  const log = openEventLog(file);
  const { db } = log[eventLogConnection];
  assert.equal(db.pragma('journal_mode', { simple: true }), 'delete');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  log.createRetrainingEvent({ triggerType: 'manual' });
  log.close();

  assert.deepEqual(
    fs.readdirSync(root).filter((name) => name.startsWith(path.basename(file))),
    [path.basename(file)],
  );
  const raw = new Database(file, { readonly: true });
  assert.equal(raw.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.deepEqual(
    raw
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`,
      )
      .pluck()
      .all(),
    [
      'drift_checks_checked_at',
      'drift_checks_event_id',
      'model_retraining_events_model_status',
      'model_retraining_events_triggered_at',
    ],
  );
  raw.close();
});

test('createRetrainingEvent stores every field and reads it back unchanged', () => {
  const log = openEventLog(tempPath(), { now: clockOf('2026-05-01T12:00:00.000Z') });
  const input = {
    eventId: '0b7e4a52-8c1f-4f57-9d3e-2f6a1c9b8e10',
    triggeredAt: '2026-05-01T11:59:00.000Z',
    triggerType: 'data_drift',
    severity: 'high',
    confidence: 0.93,
    reason: 'income drifted (KS D = 0.41)',
    driftedFeatures: ['income', 'age'],
    status: 'succeeded',
    executionSuccessful: true,
    metricsBefore: { r2: 0.71, rmse: 12.5 },
    metricsAfter: { r2: 0.8, rmse: 10, accuracy: null },
    improvementR2Percent: 12.676056338028168,
    improvementRmsePercent: 20,
    trainingDurationSeconds: 312.5,
    totalDurationSeconds: 401,
    estimatedCost: 0.42,
    repository: 'octo/model',
    commitSha: 'a'.repeat(40),
    checkRunId: 9001,
    checkRunUrl: 'https://github.com/octo/model/actions/runs/9001',
    retrainRunId: 9002,
    retrainRunUrl: 'https://github.com/octo/model/actions/runs/9002',
    errorMessage: null,
    model: 'retrain.yml@main',
    referenceFingerprint: `sha256:${'1'.repeat(64)}`,
    baselineFingerprint: `sha256:${'2'.repeat(64)}`,
    startedAt: '2026-05-01T11:59:30.000Z',
    deadlineAt: '2026-05-01T14:09:30.000Z',
    finishedAt: '2026-05-01T12:05:00.000Z',
    attempts: [
      {
        attempt: 1,
        startedAt: '2026-05-01T11:59:31.000Z',
        durationSeconds: 12.5,
        exitCode: 1,
        signal: null,
        timedOut: false,
      },
      {
        attempt: 2,
        startedAt: '2026-05-01T11:59:44.000Z',
        durationSeconds: 300,
        exitCode: 0,
        signal: null,
        timedOut: false,
      },
    ],
  } as const;
  const created = log.createRetrainingEvent({
    ...input,
    driftedFeatures: [...input.driftedFeatures],
    attempts: input.attempts.map((a) => ({ ...a })),
  });
  const expected = {
    ...input,
    driftedFeatures: ['income', 'age'],
    attempts: input.attempts.map((a) => ({ ...a })),
    createdAt: '2026-05-01T12:00:00.000Z',
    updatedAt: '2026-05-01T12:00:00.000Z',
  };
  assert.deepEqual(created, expected);
  assert.deepEqual(log.getRetrainingEvent(input.eventId), expected);
  log.close();
});

test('createRetrainingEvent fills in a UUID, now, status dispatched and no drifted features', () => {
  const log = openEventLog(tempPath(), { now: clockOf('2026-05-02T00:00:00.000Z') });
  const event = log.createRetrainingEvent({ triggerType: 'manual' });
  assert.match(event.eventId, UUID);
  assert.equal(event.triggeredAt, '2026-05-02T00:00:00.000Z');
  assert.equal(event.status, 'dispatched');
  assert.deepEqual(event.driftedFeatures, []);
  assert.equal(event.executionSuccessful, null);
  assert.equal(event.metricsBefore, null);
  log.close();
});

test('timestamps are normalised to UTC with milliseconds so that text order is time order', () => {
  const log = openEventLog(tempPath());
  const event = log.createRetrainingEvent({
    triggerType: 'scheduled',
    triggeredAt: '2026-05-01T14:00:00+02:00',
  });
  assert.equal(event.triggeredAt, '2026-05-01T12:00:00.000Z');
  assert.throws(
    () => log.createRetrainingEvent({ triggerType: 'manual', triggeredAt: 'yesterday' }),
    /Invalid retraining event triggeredAt: "yesterday"\. Expected an ISO-8601 timestamp/,
  );
  log.close();
});

test('createRetrainingEvent rejects an id that is not a UUID or already exists, naming it', () => {
  const log = openEventLog(tempPath());
  assert.throws(
    () => log.createRetrainingEvent({ triggerType: 'manual', eventId: 'event-1' }),
    /Invalid retraining event eventId: "event-1"\. Expected a UUID/,
  );
  const { eventId } = log.createRetrainingEvent({ triggerType: 'manual' });
  assert.throws(
    () => log.createRetrainingEvent({ triggerType: 'manual', eventId }),
    new RegExp(`a retraining event with id ${eventId} already exists`),
  );
  assert.equal(log.counts().events, 1);
  log.close();
});

test('updateRetrainingEvent changes only the patched fields and bumps updatedAt', () => {
  const log = openEventLog(tempPath(), {
    now: clockOf('2026-05-01T12:00:00.000Z', '2026-05-01T12:10:00.000Z'),
  });
  const created = log.createRetrainingEvent({ triggerType: 'concept_drift', severity: 'critical' });
  const updated = log.updateRetrainingEvent(created.eventId, {
    status: 'succeeded',
    executionSuccessful: true,
    improvementR2Percent: 5.5,
    metricsAfter: { r2: 0.9 },
  });
  assert.deepEqual(updated, {
    ...created,
    status: 'succeeded',
    executionSuccessful: true,
    improvementR2Percent: 5.5,
    metricsAfter: { r2: 0.9 },
    updatedAt: '2026-05-01T12:10:00.000Z',
  });
  log.close();
});

test('updateRetrainingEvent moves updatedAt forward by a millisecond when the clock has not moved', () => {
  const log = openEventLog(tempPath(), { now: clockOf('2026-05-01T12:00:00.000Z') });
  const created = log.createRetrainingEvent({ triggerType: 'manual' });
  const first = log.updateRetrainingEvent(created.eventId, { status: 'running' });
  const second = log.updateRetrainingEvent(created.eventId, { status: 'failed' });
  assert.equal(first.updatedAt, '2026-05-01T12:00:00.001Z');
  assert.equal(second.updatedAt, '2026-05-01T12:00:00.002Z');
  assert.equal(second.createdAt, '2026-05-01T12:00:00.000Z');
  log.close();
});

test('updateRetrainingEvent throws naming the id when there is no such event', () => {
  const log = openEventLog(tempPath());
  const missing = '11111111-2222-4333-8444-555555555555';
  assert.throws(
    () => log.updateRetrainingEvent(missing, { status: 'failed' }),
    new RegExp(`no retraining event with id ${missing}`),
  );
  log.close();
});

test('recordCheck stores a check linked to its event and refuses one naming an unknown event', () => {
  const log = openEventLog(tempPath(), { now: clockOf('2026-05-03T06:00:00.000Z') });
  const event = log.createRetrainingEvent({ triggerType: 'data_drift' });
  const check = log.recordCheck({
    eventName: 'schedule',
    severity: 'high',
    triggered: true,
    driftType: 'data_drift',
    confidence: 0.8,
    referenceRows: 1000,
    recentRows: 250,
    featuresTested: 12,
    featuresDrifted: 3,
    outlierShare: 0.04,
    signals: [{ feature: 'income', statistic: 0.41, pAdjusted: 1e-9 }],
    eventId: event.eventId,
  });
  assert.match(check.checkId, UUID);
  assert.equal(check.checkedAt, '2026-05-03T06:00:00.000Z');
  assert.equal(check.updatedAt, '2026-05-03T06:00:00.000Z');
  assert.equal(check.triggered, true);
  assert.deepEqual(check.signals, [{ feature: 'income', statistic: 0.41, pAdjusted: 1e-9 }]);
  assert.equal(check.eventId, event.eventId);
  assert.equal(check.r2DropPercent, null);

  const unknown = '99999999-8888-4777-8666-555555555555';
  assert.throws(
    () =>
      log.recordCheck({
        eventName: 'schedule',
        severity: 'high',
        triggered: true,
        eventId: unknown,
      }),
    new RegExp(`names retraining event ${unknown}, which is not in the log`),
  );
  assert.deepEqual(log.counts(), { events: 1, checks: 1 });
  log.close();
});

test('listRetrainingEvents and listChecks return newest first and honour the limit', () => {
  const log = openEventLog(tempPath());
  for (const day of ['03', '01', '02']) {
    log.createRetrainingEvent({ triggerType: 'manual', triggeredAt: `2026-05-${day}T00:00:00Z` });
    log.recordCheck({
      eventName: 'schedule',
      severity: 'none',
      triggered: false,
      checkedAt: `2026-05-${day}T00:00:00Z`,
    });
  }
  assert.deepEqual(
    log.listRetrainingEvents().map((event) => event.triggeredAt.slice(0, 10)),
    ['2026-05-03', '2026-05-02', '2026-05-01'],
  );
  assert.deepEqual(
    log.listChecks({ limit: 2 }).map((check) => check.checkedAt.slice(0, 10)),
    ['2026-05-03', '2026-05-02'],
  );
  assert.throws(
    () => log.listChecks({ limit: 0 }),
    /Invalid limit: 0\. Expected a positive integer/,
  );
  assert.deepEqual(log.counts(), { events: 3, checks: 3 });
  log.close();
});

test('an event log keeps its rows across close and reopen, also read-only', () => {
  const file = tempPath();
  const log = openEventLog(file);
  const { eventId } = log.createRetrainingEvent({ triggerType: 'scheduled' });
  log.close();
  const reopened = openEventLog(file, { readonly: true });
  assert.equal(reopened.getRetrainingEvent(eventId)?.triggerType, 'scheduled');
  assert.throws(() => reopened.createRetrainingEvent({ triggerType: 'manual' }), /readonly/);
  reopened.close();
});

test('openEventLog on an empty file creates the schema in it', () => {
  const file = tempPath();
  fs.writeFileSync(file, '');
  const log = openEventLog(file);
  assert.deepEqual(log.counts(), { events: 0, checks: 0 });
  log.close();
});

test('openEventLog rejects a file that is not SQLite with an InputError naming the path', () => {
  const file = tempPath();
  fs.writeFileSync(file, 'event_id,triggered_at\n1,2026-05-01\n'.repeat(20));
  assert.throws(
    () => openEventLog(file),
    (error: unknown) =>
      error instanceof InputError &&
      error.message.startsWith(`${file}: not a SQLite database`) &&
      /file is not a database/.test(error.message),
  );
});

test('openEventLog rejects a log from a newer schema naming the path and both versions', () => {
  const file = tempPath();
  const raw = new Database(file);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  for (const readonly of [false, true]) {
    assert.throws(
      () => openEventLog(file, { readonly }),
      (error: Error) =>
        error instanceof InputError &&
        error.message.startsWith(
          `${file}: written by a newer drift-sentinel (event log schema version ${SCHEMA_VERSION + 1}; this drift-sentinel `,
        ) &&
        error.message.includes(`reads up to version ${SCHEMA_VERSION}). Upgrade drift-sentinel`),
    );
  }
  const after = new Database(file);
  assert.equal(after.pragma('user_version', { simple: true }), SCHEMA_VERSION + 1, 'unchanged');
  after.close();
});

test("openEventLog refuses to add its tables to another application's database", () => {
  const file = tempPath();
  const raw = new Database(file);
  raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
  raw.close();
  for (const readonly of [false, true]) {
    assert.throws(
      () => openEventLog(file, { readonly }),
      (error: Error) =>
        error instanceof InputError &&
        error.message ===
          `${file}: not a drift-sentinel event log: a SQLite database with tables invoices and no event log schema version (PRAGMA user_version = 0). Expected a drift-sentinel event log or a new file; it was left unchanged.`,
    );
  }
});

test('openEventLog refuses a database that claims the schema version but holds other tables', () => {
  const file = tempPath();
  const raw = new Database(file);
  raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
  raw.pragma('user_version = 1');
  raw.close();
  assert.throws(
    () => openEventLog(file),
    (error: Error) =>
      error instanceof InputError &&
      /: claims event log schema version \d+ \(PRAGMA user_version\) but has no table model_retraining_events with column event_id \(tables: invoices.*\)\. Expected a drift-sentinel event log/.test(
        error.message,
      ),
  );
});

test('openEventLog refuses a directory naming it and what was expected', () => {
  const dir = path.dirname(tempPath());
  assert.throws(
    () => openEventLog(dir),
    (error: Error) =>
      error instanceof InputError &&
      error.message.startsWith(`${dir}: is a directory. Expected the path of an event log file`),
  );
});

test('openEventLog finds a corrupt table or index page and says to restore or move the file aside', () => {
  for (const victim of ['drift_checks', 'drift_checks_checked_at']) {
    const file = tempPath();
    const log = openEventLog(file);
    for (let i = 0; i < 40; i++) {
      log.recordCheck({
        eventName: 'schedule',
        severity: 'NONE',
        triggered: false,
        reason: 'x'.repeat(200),
      });
    }
    log.close();
    const raw = new Database(file, { readonly: true });
    const rootPage = raw
      .prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?')
      .pluck()
      .get(victim) as number;
    raw.close();
    // Garbage over the b-tree page header and cell pointers of the table or index root.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, (rootPage - 1) * pageSize, (rootPage - 1) * pageSize + 64);
    fs.writeFileSync(file, bytes);
    for (const readonly of [false, true]) {
      assert.throws(
        () => openEventLog(file, { readonly }),
        (error: Error) =>
          error instanceof InputError &&
          error.message.startsWith(`${file}: the event log is corrupt (`) &&
          error.message.endsWith('or move it aside to start a new log.'),
        `${victim}, readonly ${readonly}`,
      );
    }
  }
});

test('openEventLog read-only refuses a missing file naming it', () => {
  const file = tempPath();
  assert.throws(() => openEventLog(file, { readonly: true }), new RegExp('event log not found'));
  assert.equal(fs.existsSync(file), false);
});

test('the four quick-reference queries run unchanged in the sqlite3 shell', () => {
  const file = tempPath();
  const log = openEventLog(file);
  const rows = [
    ['2026-05-01T00:00:00Z', 'data_drift', true, 10, 4],
    ['2026-05-02T00:00:00Z', 'manual', false, -2, -1],
    ['2026-05-03T00:00:00Z', 'data_drift', null, null, null],
    ['2026-05-04T00:00:00Z', 'concept_drift', true, 3.5, 1.25],
  ] as const;
  for (const [triggeredAt, triggerType, executionSuccessful, r2, rmse] of rows) {
    log.createRetrainingEvent({
      triggeredAt,
      triggerType,
      executionSuccessful,
      improvementR2Percent: r2,
      improvementRmsePercent: rmse,
    });
  }
  log.close();
  const sqlite = (query: string) =>
    JSON.parse(
      execFileSync('/usr/bin/sqlite3', ['-json', file, query], { encoding: 'utf8' }) || '[]',
    );

  const latest = sqlite(
    'SELECT * FROM model_retraining_events ORDER BY triggered_at DESC LIMIT 10;',
  );
  assert.deepEqual(
    latest.map((row: { trigger_type: string }) => row.trigger_type),
    ['concept_drift', 'data_drift', 'manual', 'data_drift'],
  );
  assert.deepEqual(
    sqlite('SELECT trigger_type, COUNT(*) FROM model_retraining_events GROUP BY trigger_type;'),
    [
      { trigger_type: 'concept_drift', 'COUNT(*)': 1 },
      { trigger_type: 'data_drift', 'COUNT(*)': 2 },
      { trigger_type: 'manual', 'COUNT(*)': 1 },
    ],
  );
  const successful = sqlite(
    'SELECT * FROM model_retraining_events WHERE execution_successful = TRUE ORDER BY triggered_at DESC;',
  );
  assert.deepEqual(
    successful.map((row: { triggered_at: string }) => row.triggered_at),
    ['2026-05-04T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
  );
  assert.deepEqual(
    sqlite(
      'SELECT triggered_at, trigger_type, improvement_r2_percent, improvement_rmse_percent FROM model_retraining_events WHERE execution_successful = TRUE;',
    ).sort((a: { triggered_at: string }, b: { triggered_at: string }) =>
      a.triggered_at.localeCompare(b.triggered_at),
    ),
    [
      {
        triggered_at: '2026-05-01T00:00:00.000Z',
        trigger_type: 'data_drift',
        improvement_r2_percent: 10.0,
        improvement_rmse_percent: 4.0,
      },
      {
        triggered_at: '2026-05-04T00:00:00.000Z',
        trigger_type: 'concept_drift',
        improvement_r2_percent: 3.5,
        improvement_rmse_percent: 1.25,
      },
    ],
  );
});

test('non-finite numbers are stored as NULL and a fractional run id is refused naming the field', () => {
  const log = openEventLog(tempPath());
  const event = log.createRetrainingEvent({
    triggerType: 'performance_degradation',
    improvementR2Percent: Number.NaN,
    estimatedCost: Number.POSITIVE_INFINITY,
  });
  assert.equal(event.improvementR2Percent, null);
  assert.equal(event.estimatedCost, null);
  assert.throws(
    () => log.updateRetrainingEvent(event.eventId, { retrainRunId: 1.5 }),
    /Invalid retraining event retrainRunId: 1\.5\. Expected an integer\./,
  );
  log.close();
});
