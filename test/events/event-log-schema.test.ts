/**
 * Schema version 2 (issue 9) as an upgrade: a version-1 log, written the way the
 * released drift-sentinel wrote it, opens, migrates and merges without losing a row or
 * a value, and the quick reference's columns stay where its queries expect them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/events/event-log-schema.ts';
import { countRows, mergeEventLogs } from '../../src/events/merge-event-logs.ts';
import { openEventLog } from '../../src/events/open-event-log.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-sentinel-schema-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
let counter = 0;
const tempPath = () => path.join(root, `log-${++counter}.db`);

const EVENT_ID = '00000000-0000-4000-8000-0000000000e1';
const CHECK_ID = '00000000-0000-4000-8000-0000000000c1';

/** A log at schema version 1 with one succeeded event and the check that dispatched it. */
function writeVersion1Log(file: string): void {
  const db = new Database(file);
  MIGRATIONS[0].up(db);
  db.pragma('user_version = 1');
  db.prepare(
    `INSERT INTO model_retraining_events (event_id, triggered_at, trigger_type, severity, confidence, reason,
       drifted_features, status, execution_successful, metrics_before, metrics_after, improvement_r2_percent,
       improvement_rmse_percent, training_duration_seconds, total_duration_seconds, estimated_cost,
       created_at, updated_at)
     VALUES (?, '2026-05-01T12:00:00.000Z', 'data_drift', 'CRITICAL', 80, 'sqft drifted', '["sqft"]', 'succeeded', 1,
       '{"r2":0.9}', '{"r2":0.95}', 5.5, 3.25, 42, 300, 0.5, '2026-05-01T12:00:00.000Z', '2026-05-01T12:05:00.000Z')`,
  ).run(EVENT_ID);
  db.prepare(
    `INSERT INTO drift_checks (check_id, checked_at, event_name, severity, triggered, reason, event_id, updated_at)
     VALUES (?, '2026-05-01T12:00:00.000Z', 'schedule', 'CRITICAL', 1, 'sqft drifted', ?, '2026-05-01T12:00:00.000Z')`,
  ).run(CHECK_ID, EVENT_ID);
  db.close();
}

test('schema version 2 is the code version, one migration after the first', () => {
  assert.equal(SCHEMA_VERSION, 2);
  assert.equal(MIGRATIONS.length, 2);
});

test('a version-1 log opened writable migrates to version 2 and keeps every row and value', () => {
  const file = tempPath();
  writeVersion1Log(file);
  const log = openEventLog(file);
  const event = log.getRetrainingEvent(EVENT_ID);
  assert.ok(event);
  assert.equal(event.status, 'succeeded');
  assert.equal(event.executionSuccessful, true);
  assert.deepEqual(event.driftedFeatures, ['sqft']);
  assert.deepEqual(event.metricsAfter, { r2: 0.95 });
  assert.equal(event.improvementR2Percent, 5.5);
  assert.equal(event.improvementRmsePercent, 3.25);
  assert.equal(event.updatedAt, '2026-05-01T12:05:00.000Z', 'migration does not touch rows');
  assert.equal(event.model, null);
  assert.equal(event.attempts, null);
  const [check] = log.listChecks();
  assert.equal(check.checkId, CHECK_ID);
  assert.equal(check.eventId, EVENT_ID);
  assert.equal(check.decision, null);
  assert.equal(check.suppressedBy, null);
  log.close();
  const raw = new Database(file, { readonly: true });
  assert.equal(raw.pragma('user_version', { simple: true }), 2);
  raw.close();
});

test('the quick reference columns of model_retraining_events keep their names and order after the migration', () => {
  const file = tempPath();
  writeVersion1Log(file);
  const v1 = new Database(file, { readonly: true });
  const v1Columns = v1
    .prepare(`SELECT name FROM pragma_table_info('model_retraining_events') ORDER BY cid`)
    .pluck()
    .all() as string[];
  v1.close();
  openEventLog(file).close();
  const db = new Database(file, { readonly: true });
  const v2Columns = db
    .prepare(`SELECT name FROM pragma_table_info('model_retraining_events') ORDER BY cid`)
    .pluck()
    .all() as string[];
  assert.deepEqual(v2Columns.slice(0, v1Columns.length), v1Columns, 'columns are only appended');
  for (const name of [
    'triggered_at',
    'trigger_type',
    'execution_successful',
    'improvement_r2_percent',
    'improvement_rmse_percent',
  ]) {
    assert.ok(v2Columns.includes(name), name);
  }
  const rows = db
    .prepare(
      'SELECT triggered_at, trigger_type, improvement_r2_percent, improvement_rmse_percent FROM model_retraining_events WHERE execution_successful = TRUE',
    )
    .all();
  assert.deepEqual(rows, [
    {
      triggered_at: '2026-05-01T12:00:00.000Z',
      trigger_type: 'data_drift',
      improvement_r2_percent: 5.5,
      improvement_rmse_percent: 3.25,
    },
  ]);
  db.close();
});

test('a version-1 snapshot merges row by row into a version-2 log that already holds newer rows', () => {
  const snapshot = tempPath();
  writeVersion1Log(snapshot);
  assert.deepEqual(countRows(snapshot), { events: 1, checks: 1 });
  const target = openEventLog(tempPath());
  target.createRetrainingEvent({
    eventId: '00000000-0000-4000-8000-0000000000e2',
    triggerType: 'manual',
    model: 'retrain.yml@main',
    attempts: [
      {
        attempt: 1,
        startedAt: '2026-05-02T00:00:00.000Z',
        durationSeconds: 3,
        exitCode: 0,
        signal: null,
        timedOut: false,
      },
    ],
  });
  const result = mergeEventLogs(target, [snapshot]);
  assert.deepEqual(result.skipped, []);
  assert.equal(result.rowsChanged, 2);
  assert.deepEqual(target.counts(), { events: 2, checks: 1 });
  assert.equal(target.getRetrainingEvent(EVENT_ID)?.improvementR2Percent, 5.5);
  assert.equal(
    target.getRetrainingEvent('00000000-0000-4000-8000-0000000000e2')?.attempts?.[0].exitCode,
    0,
  );
  // Merging the same old snapshot again changes nothing: its rows are not newer.
  assert.equal(mergeEventLogs(target, [snapshot]).rowsChanged, 0);
  target.close();
});
