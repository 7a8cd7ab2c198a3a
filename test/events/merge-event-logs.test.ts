import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { SCHEMA_VERSION } from '../../src/events/event-log-schema.ts';
import {
  driftCheckToRow,
  retrainingEventToRow,
  type DriftCheck,
  type RetrainingEvent,
} from '../../src/events/event-records.ts';
import { countRows, mergeEventLogs } from '../../src/events/merge-event-logs.ts';
import {
  eventLogConnection,
  openEventLog,
  type EventLog,
} from '../../src/events/open-event-log.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-sentinel-merge-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
let fileCounter = 0;
function tempPath(name = 'log'): string {
  return path.join(root, `${name}-${++fileCounter}.db`);
}

const EVENT_IDS = [
  '00000000-0000-4000-8000-00000000000a',
  '00000000-0000-4000-8000-00000000000b',
  '00000000-0000-4000-8000-00000000000c',
  '00000000-0000-4000-8000-00000000000d',
];
const CHECK_IDS = [
  '00000000-0000-4000-8000-0000000000c1',
  '00000000-0000-4000-8000-0000000000c2',
  '00000000-0000-4000-8000-0000000000c3',
];
// Few distinct instants, so that equal updated_at (the tie-break path) is common.
const TIMES = ['2026-05-01T00:00:00.000Z', '2026-05-01T00:00:00.001Z', '2026-05-02T00:00:00.000Z'];

function event(
  fields: Partial<RetrainingEvent> & Pick<RetrainingEvent, 'eventId'>,
): RetrainingEvent {
  return {
    triggeredAt: '2026-04-30T00:00:00.000Z',
    triggerType: 'data_drift',
    severity: null,
    confidence: null,
    reason: null,
    driftedFeatures: [],
    status: 'dispatched',
    executionSuccessful: null,
    metricsBefore: null,
    metricsAfter: null,
    improvementR2Percent: null,
    improvementRmsePercent: null,
    trainingDurationSeconds: null,
    totalDurationSeconds: null,
    estimatedCost: null,
    repository: null,
    commitSha: null,
    checkRunId: null,
    checkRunUrl: null,
    retrainRunId: null,
    retrainRunUrl: null,
    errorMessage: null,
    createdAt: '2026-04-30T00:00:00.000Z',
    updatedAt: TIMES[0],
    model: null,
    referenceFingerprint: null,
    baselineFingerprint: null,
    startedAt: null,
    deadlineAt: null,
    finishedAt: null,
    attempts: null,
    ...fields,
  };
}

function check(fields: Partial<DriftCheck> & Pick<DriftCheck, 'checkId'>): DriftCheck {
  return {
    checkedAt: '2026-04-30T00:00:00.000Z',
    eventName: 'schedule',
    severity: 'none',
    driftType: null,
    confidence: null,
    triggered: false,
    reason: null,
    referenceRows: null,
    recentRows: null,
    featuresTested: null,
    featuresDrifted: null,
    outlierShare: null,
    errorIncreasePercent: null,
    r2DropPercent: null,
    rmseIncreasePercent: null,
    signals: null,
    repository: null,
    commitSha: null,
    runId: null,
    runUrl: null,
    eventId: null,
    updatedAt: TIMES[0],
    model: null,
    referenceFingerprint: null,
    baselineFingerprint: null,
    decision: null,
    suppressedBy: null,
    decisionReason: null,
    blockingEventId: null,
    ...fields,
  };
}

interface Snapshot {
  events: RetrainingEvent[];
  checks: DriftCheck[];
}

// An empty log at the current schema, copied for every snapshot: creating the schema
// afresh costs several fsyncs per file, which dominated this file's run time.
const emptyLog = tempPath('empty-template');
openEventLog(emptyLog).close();

/** Writes rows exactly as given (including updated_at), as another run's upload would hold them. */
function writeSnapshot(file: string, snapshot: Snapshot, foreignKeys = true): string {
  fs.copyFileSync(emptyLog, file);
  const db = new Database(file);
  db.pragma('synchronous = OFF');
  db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  const insert = (table: string, row: Record<string, unknown>) =>
    db
      .prepare(
        `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
          .map((column) => '@' + column)
          .join(', ')})`,
      )
      .run(row);
  db.transaction(() => {
    for (const row of snapshot.events) insert('model_retraining_events', retrainingEventToRow(row));
    for (const row of snapshot.checks) insert('drift_checks', driftCheckToRow(row));
  })();
  db.close();
  return file;
}

/** Both tables, sorted by key, as comparable text. */
function dump(log: EventLog): string {
  const { db } = log[eventLogConnection];
  return JSON.stringify({
    events: db.prepare('SELECT * FROM model_retraining_events ORDER BY event_id').all(),
    checks: db.prepare('SELECT * FROM drift_checks ORDER BY check_id').all(),
  });
}

function mergedInto(paths: string[]): { log: EventLog; rowsChanged: number } {
  const log = openEventLog(':memory:');
  const result = mergeEventLogs(log, paths);
  assert.deepEqual(result.skipped, []);
  return { log, rowsChanged: result.rowsChanged };
}

const eventArbitrary = fc.record({
  eventId: fc.constantFrom(...EVENT_IDS),
  updatedAt: fc.constantFrom(...TIMES),
  status: fc.constantFrom('dispatched', 'running', 'succeeded', 'failed', 'rejected' as const),
  executionSuccessful: fc.option(fc.boolean()),
  improvementR2Percent: fc.option(fc.double({ min: -50, max: 50, noNaN: true })),
  reason: fc.option(fc.string({ maxLength: 8 })),
  driftedFeatures: fc.array(fc.constantFrom('age', 'income'), { maxLength: 2 }),
});

const snapshotArbitrary: fc.Arbitrary<Snapshot> = fc
  .uniqueArray(eventArbitrary, { selector: (row) => row.eventId, maxLength: EVENT_IDS.length })
  .chain((events) =>
    fc
      .uniqueArray(
        fc.record({
          checkId: fc.constantFrom(...CHECK_IDS),
          updatedAt: fc.constantFrom(...TIMES),
          severity: fc.constantFrom('none', 'high', 'critical'),
          // A consistent snapshot only links checks to events it holds.
          eventId: fc.constantFrom(null, ...events.map((row) => row.eventId)),
        }),
        { selector: (row) => row.checkId, maxLength: CHECK_IDS.length },
      )
      .map((checks) => ({ events: events.map(event), checks: checks.map(check) })),
  );

test('merging snapshots in any order, or twice, yields identical tables holding the newest version of every row', () => {
  fc.assert(
    fc.property(
      fc.array(snapshotArbitrary, { minLength: 1, maxLength: 4 }).chain((snapshots) =>
        fc.tuple(
          fc.constant(snapshots),
          fc.shuffledSubarray(
            snapshots.map((_, index) => index),
            { minLength: snapshots.length, maxLength: snapshots.length },
          ),
        ),
      ),
      ([snapshots, order]) => {
        const paths = snapshots.map((snapshot) => writeSnapshot(tempPath('snapshot'), snapshot));
        const inOrder = mergedInto(paths);
        const shuffled = mergedInto(order.map((index) => paths[index]));
        const twice = mergedInto(paths);
        const again = mergeEventLogs(twice.log, [...paths].reverse());

        assert.equal(again.rowsChanged, 0);
        assert.equal(dump(shuffled.log), dump(inOrder.log));
        assert.equal(dump(twice.log), dump(inOrder.log));

        const newest = new Map<string, string>();
        for (const row of snapshots.flatMap((snapshot) => snapshot.events)) {
          if ((newest.get(row.eventId) ?? '') < row.updatedAt)
            newest.set(row.eventId, row.updatedAt);
        }
        const events = inOrder.log.listRetrainingEvents();
        assert.equal(events.length, newest.size);
        for (const row of events) assert.equal(row.updatedAt, newest.get(row.eventId));
        const checkIds = new Set(snapshots.flatMap((s) => s.checks.map((row) => row.checkId)));
        assert.equal(inOrder.log.counts().checks, checkIds.size);

        for (const log of [inOrder.log, shuffled.log, twice.log]) log.close();
        for (const file of paths) fs.rmSync(file);
      },
    ),
    { numRuns: 25 },
  );
});

test('the version with the newest updatedAt wins whichever snapshot comes first', () => {
  const id = EVENT_IDS[0];
  const older = writeSnapshot(tempPath(), {
    events: [event({ eventId: id, status: 'running', updatedAt: '2026-05-01T10:00:00.000Z' })],
    checks: [],
  });
  const newer = writeSnapshot(tempPath(), {
    events: [event({ eventId: id, status: 'succeeded', updatedAt: '2026-05-01T11:00:00.000Z' })],
    checks: [],
  });
  for (const paths of [
    [older, newer],
    [newer, older],
  ]) {
    const { log } = mergedInto(paths);
    assert.equal(log.getRetrainingEvent(id)?.status, 'succeeded');
    log.close();
  }
});

test('a local update survives merging the older snapshot it started from', () => {
  const id = EVENT_IDS[1];
  const snapshot = writeSnapshot(tempPath(), {
    events: [event({ eventId: id, status: 'dispatched', updatedAt: '2026-05-01T10:00:00.000Z' })],
    checks: [],
  });
  // A runner clock behind the one that wrote the snapshot.
  const log = openEventLog(tempPath(), { now: () => new Date('2026-05-01T09:00:00.000Z') });
  mergeEventLogs(log, [snapshot]);
  log.updateRetrainingEvent(id, { status: 'running' });
  const result = mergeEventLogs(log, [snapshot]);
  assert.equal(result.rowsChanged, 0);
  assert.equal(log.getRetrainingEvent(id)?.status, 'running');
  log.close();
});

test('broken snapshots are skipped with a reason and never reduce the rows of the target', () => {
  const good = writeSnapshot(tempPath('good'), {
    events: [event({ eventId: EVENT_IDS[0] }), event({ eventId: EVENT_IDS[1] })],
    checks: [check({ checkId: CHECK_IDS[0], eventId: EVENT_IDS[0] })],
  });

  const text = tempPath('text');
  fs.writeFileSync(text, 'this is a CSV file, not a database\n'.repeat(10));
  const empty = tempPath('empty');
  fs.writeFileSync(empty, '');
  const missing = tempPath('missing');

  const big = writeSnapshot(tempPath('big'), {
    events: Array.from({ length: 40 }, (_, index) =>
      event({
        eventId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        reason: 'x'.repeat(400),
      }),
    ),
    checks: [],
  });
  const truncated = tempPath('truncated');
  const bigBytes = fs.readFileSync(big);
  fs.writeFileSync(truncated, bigBytes.subarray(0, bigBytes.length / 2));

  const newer = tempPath('newer');
  fs.copyFileSync(good, newer);
  const raw = new Database(newer);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();

  const blank = tempPath('blank');
  new Database(blank).exec('CREATE TABLE notes (body TEXT)');

  const inconsistent = writeSnapshot(
    tempPath('inconsistent'),
    {
      events: [event({ eventId: EVENT_IDS[2] })],
      checks: [check({ checkId: CHECK_IDS[1], eventId: EVENT_IDS[3] })],
    },
    false,
  );

  const log = openEventLog(tempPath('target'));
  const result = mergeEventLogs(log, [
    text,
    good,
    empty,
    missing,
    truncated,
    newer,
    blank,
    inconsistent,
  ]);
  assert.equal(result.merged, 1);
  assert.equal(result.rowsChanged, 3);
  const reasons = Object.fromEntries(
    result.skipped.map(({ path: file, reason }) => [path.basename(file).split('-')[0], reason]),
  );
  assert.deepEqual(Object.keys(reasons).sort(), [
    'blank',
    'empty',
    'inconsistent',
    'missing',
    'newer',
    'text',
    'truncated',
  ]);
  assert.match(reasons.text, /not a SQLite database/);
  assert.match(reasons.empty, /not a SQLite database/);
  assert.match(reasons.missing, /ENOENT/);
  assert.match(reasons.truncated, /truncated SQLite file: \d+ bytes, its header says \d+/);
  assert.match(reasons.newer, new RegExp(`schema version ${SCHEMA_VERSION + 1} is newer`));
  assert.match(reasons.blank, /not a drift-sentinel event log/);
  assert.match(reasons.inconsistent, /FOREIGN KEY/);
  // All or nothing: the inconsistent snapshot's valid event did not slip in either.
  assert.deepEqual(log.counts(), { events: 2, checks: 1 });
  assert.equal(log.getRetrainingEvent(EVENT_IDS[2]), undefined);
  log.close();
});

test('countRows counts an event log file and names the path of one it cannot read', () => {
  const file = writeSnapshot(tempPath(), {
    events: [event({ eventId: EVENT_IDS[0] })],
    checks: [check({ checkId: CHECK_IDS[0] }), check({ checkId: CHECK_IDS[1] })],
  });
  assert.deepEqual(countRows(file), { events: 1, checks: 2 });
  const text = tempPath('text');
  fs.writeFileSync(text, 'not sqlite');
  assert.throws(
    () => countRows(text),
    (error: Error) =>
      error.message.startsWith(`${text}: cannot count event log rows: not a SQLite`),
  );
});
