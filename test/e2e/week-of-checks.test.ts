/**
 * The whole loop, end to end (issue 4, section 5): a week of a repository that uses
 * drift-sentinel, on one loopback GitHub and one Azurite, each step the committed
 * bundle run as a child process like a runner runs it. Afterwards the event log in the
 * last artifact answers the quick reference's four queries through the sqlite3 shell.
 *
 * The steps run in order and each test takes the next one, so a failure names the day
 * it happened on; the week itself lives in loop-steps.ts, shared with `npm run demo`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openEventLog } from '../../src/events/open-event-log.ts';
import type { DriftCheck, RetrainingEvent } from '../../src/events/event-records.ts';
import { RETRAIN_INPUTS, describeRun, errorAnnotations } from '../action/run-bundled-action.ts';
import {
  EVENT_LOG_ARTIFACT,
  QUICK_REFERENCE_QUERIES,
  RETRAIN_WORKFLOW,
  downloadEventLog,
  findSqlite3,
  playWeek,
  querySqlite,
  startLoop,
  stepProblems,
} from './loop-steps.ts';
import type { Loop, LoopRun, WeekStep } from './loop-steps.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DISPATCH_PATH = /\/actions\/workflows\/[^/]+\/dispatches$/;
const TOLERANCE = 1e-9;

type StepOf<K extends WeekStep['kind']> = Extract<WeekStep, { kind: K }>;

describe('a week of drift checks and retraining on one emulated repository', () => {
  let loop: Loop;
  let week: AsyncGenerator<WeekStep, void, undefined>;
  /** Filled as the week goes, for the assertions on the final log. */
  const seen = {
    checkRunIds: [] as number[],
    dispatchedEventIds: [] as string[],
    driftType: '',
    succeededEventId: '',
    improvement: { r2: Number.NaN, rmse: Number.NaN },
    manualEventIds: [] as string[],
  };

  before(async () => {
    loop = await startLoop();
    week = playWeek(loop);
  });
  after(async () => {
    await week?.return();
    await loop?.stop();
  });

  /** Plays the next step, checks it is the expected one and did what a step must. */
  async function next<K extends WeekStep['kind']>(kind: K): Promise<StepOf<K>> {
    const { value, done } = await week.next();
    assert.ok(!done, `the week ended before step '${kind}'`);
    assert.equal(value.kind, kind, `expected step '${kind}', the week played '${value.kind}'`);
    assert.deepEqual(stepProblems(value), []);
    return value as StepOf<K>;
  }

  /** The rows of the snapshot an artifact holds, read with the project's own reader. */
  async function snapshot(
    artifactId: number,
  ): Promise<{ events: RetrainingEvent[]; checks: DriftCheck[] }> {
    const log = openEventLog(await downloadEventLog(loop, artifactId), { readonly: true });
    try {
      return { events: log.listRetrainingEvents(), checks: log.listChecks() };
    } finally {
      log.close();
    }
  }

  function dispatchRequests(run: LoopRun) {
    return run.requests.filter((r) => r.method === 'POST' && DISPATCH_PATH.test(r.path));
  }

  test('the sqlite3 shell is on PATH, so the quick-reference queries can run unchanged', () => {
    assert.match(findSqlite3(), /sqlite3$/);
  });

  test('two scheduled checks without drift report NONE, dispatch nothing, and the second restores the snapshot the first uploaded', async () => {
    const { runs } = await next('quiet-checks');
    const [first, second] = runs;
    for (const run of runs) {
      assert.equal(run.outputs.triggered, 'false', describeRun(run));
      assert.equal(run.outputs.dispatched, 'false');
      assert.equal(run.outputs['event-id'], '');
      assert.equal(dispatchRequests(run).length, 0);
      assert.match(run.summary, /drift-sentinel: NONE/);
      assert.match(run.summary, /No retraining/);
      seen.checkRunIds.push(run.runId);
    }
    assert.deepEqual(first.restored, [], 'the first run of the repository finds no log');
    assert.deepEqual(second.restored, first.uploaded);

    const afterFirst = await snapshot(first.uploaded[0]);
    const afterSecond = await snapshot(second.uploaded[0]);
    assert.equal(afterFirst.checks.length, 1);
    assert.deepEqual(
      afterSecond.checks.map((c) => c.runId).sort(),
      [first.runId, second.runId].sort(),
    );
    assert.ok(afterSecond.checks.every((c) => c.severity === 'NONE' && !c.triggered));
    assert.equal(afterSecond.events.length, 0);
  });

  test('a scheduled check on the drifted example data dispatches retrain.yml once with event id, severity, drift type and reason', async () => {
    const { run, dispatch } = await next('drift-check');
    seen.checkRunIds.push(run.runId);
    assert.equal(dispatchRequests(run).length, 1, 'one dispatch request, no retries');
    assert.equal(dispatch.workflowId, RETRAIN_WORKFLOW);
    assert.equal(dispatch.ref, loop.emulator.defaultBranch);
    assert.deepEqual(Object.keys(dispatch.inputs).sort(), [...RETRAIN_INPUTS].sort());
    assert.match(String(dispatch.inputs['event-id']), UUID);
    assert.equal(dispatch.inputs['event-id'], run.outputs['event-id']);
    assert.equal(dispatch.inputs.severity, run.outputs.severity);
    assert.equal(dispatch.inputs['drift-type'], run.outputs['drift-type']);
    assert.equal(dispatch.inputs.reason, run.outputs.reason);
    assert.notEqual(dispatch.inputs['drift-type'], 'none');
    assert.ok(dispatch.runId !== undefined, 'the emulator returned the run details');
    assert.match(run.outputs['retrain-run-url'], new RegExp(`/actions/runs/${dispatch.runId}$`));
    seen.driftType = String(dispatch.inputs['drift-type']);
    seen.dispatchedEventIds.push(run.outputs['event-id']);

    const log = await snapshot(run.uploaded[0]);
    assert.equal(log.checks.length, 3, 'the two quiet checks were restored');
    const event = log.events.find((e) => e.eventId === run.outputs['event-id']);
    assert.equal(event?.status, 'dispatched');
    assert.equal(event?.triggerType, seen.driftType);
    assert.equal(event?.retrainRunId, dispatch.runId);
    assert.equal(log.checks.find((c) => c.runId === run.runId)?.eventId, event?.eventId);
  });

  test('the retraining run it dispatched trains with the example script, is promoted and records the improvement', async () => {
    const { run, dispatch } = await next('retraining');
    assert.equal(run.runId, dispatch.runId, 'it runs as the run the dispatch created');
    assert.equal(run.eventName, 'workflow_dispatch');
    assert.equal(run.outputs['event-id'], dispatch.inputs['event-id']);
    assert.equal(run.outputs.status, 'succeeded');
    assert.equal(run.outputs.promote, 'true');
    assert.match(run.stdout, /train\.mjs: validation \{/, "the script's output is in the step log");
    assert.match(run.summary, /## drift-sentinel retraining: succeeded/);
    assert.ok(run.restored.length > 0, describeRun(run));

    const log = await snapshot(run.uploaded[0]);
    const event = log.events.find((e) => e.eventId === dispatch.inputs['event-id']);
    assert.ok(event, 'the dispatched event is in the uploaded log');
    assert.equal(event.status, 'succeeded');
    assert.equal(event.executionSuccessful, true);
    assert.equal(event.retrainRunId, run.runId);
    assert.ok(
      (event.improvementR2Percent ?? 0) > 0,
      `R² improvement ${event.improvementR2Percent}`,
    );
    assert.ok((event.improvementRmsePercent ?? 0) > 0);
    assert.ok((event.metricsAfter?.r2 ?? 0) > (event.metricsBefore?.r2 ?? 1));
    assert.ok((event.trainingDurationSeconds ?? 0) > 0);
    assert.ok((event.estimatedCost ?? 0) > 0, 'cost-per-minute 0.008 gives a cost');
    assert.equal(log.checks.length, 3, 'a retraining records no check');
    seen.succeededEventId = event.eventId;
    seen.improvement = { r2: event.improvementR2Percent!, rmse: event.improvementRmsePercent! };
  });

  test('a pull-request check comments once, dispatches nothing and still records its check', async () => {
    const { run, comments } = await next('pull-request');
    seen.checkRunIds.push(run.runId);
    assert.equal(run.outputs.triggered, 'true', 'the drift is severe enough to retrain');
    assert.equal(run.outputs.dispatched, 'false');
    assert.equal(dispatchRequests(run).length, 0);
    const [comment] = comments;
    assert.equal(comment.user?.login, 'github-actions[bot]');
    assert.match(comment.body ?? '', /drift-sentinel: (HIGH|CRITICAL)/);
    assert.match(comment.body ?? '', /pull-request runs never dispatch retraining/);

    const log = await snapshot(run.uploaded[0]);
    const check = log.checks.find((c) => c.runId === run.runId);
    assert.equal(check?.eventName, 'pull_request');
    assert.equal(check?.triggered, false);
    assert.equal(check?.eventId, null);
  });

  test('a forced retrain whose training script fails is recorded as failed, and the failed step still uploads the log', async () => {
    const { forced, dispatch, run } = await next('failed-retraining');
    seen.checkRunIds.push(forced.runId);
    assert.equal(dispatch.inputs['drift-type'], 'manual');
    seen.dispatchedEventIds.push(String(dispatch.inputs['event-id']));
    seen.manualEventIds.push(String(dispatch.inputs['event-id']));
    assert.equal(run.outputs.status, 'failed');
    assert.equal(run.outputs.promote, 'false');
    const errors = errorAnnotations(run);
    assert.equal(errors.length, 1, describeRun(run));
    assert.match(errors[0], /retraining failed/);

    const log = await snapshot(run.uploaded[0]);
    const event = log.events.find((e) => e.eventId === dispatch.inputs['event-id']);
    assert.equal(event?.triggerType, 'manual');
    assert.equal(event?.status, 'failed');
    assert.equal(event?.executionSuccessful, false);
    assert.match(event?.errorMessage ?? '', /exit code 1/);
    assert.equal(event?.improvementR2Percent, null);
    assert.equal(
      log.events.find((e) => e.eventId === seen.succeededEventId)?.status,
      'succeeded',
      'the earlier success is kept',
    );
  });

  test('two checks racing on the log both restore the same snapshot, and the next check merges both of their events and checks', async () => {
    const { runs, next: following } = await next('race');
    const [a, b] = runs;
    assert.ok(a.restored.length > 0);
    assert.deepEqual(a.restored, b.restored, 'both started from the same history');
    assert.notEqual(a.uploaded[0], b.uploaded[0]);
    const racedIds = runs.map((r) => r.outputs['event-id']);
    assert.equal(new Set(racedIds).size, 2);
    for (const id of racedIds) assert.match(id, UUID);
    seen.checkRunIds.push(a.runId, b.runId, following.runId);
    seen.dispatchedEventIds.push(...racedIds);

    // Each racer's own snapshot lacks the other's rows: only the merge brings them together.
    const ofA = await snapshot(a.uploaded[0]);
    assert.ok(!ofA.events.some((e) => e.eventId === b.outputs['event-id']));
    assert.ok(!ofA.checks.some((c) => c.runId === b.runId));

    const merged = await snapshot(following.uploaded[0]);
    for (const run of runs) {
      assert.equal(
        merged.events.find((e) => e.eventId === run.outputs['event-id'])?.status,
        'dispatched',
        `${run.label}'s event survives the race`,
      );
      assert.ok(
        merged.checks.some((c) => c.runId === run.runId),
        `${run.label}'s check survives`,
      );
    }
    assert.equal(merged.checks.length, 8);
    assert.equal(merged.events.length, 4);
  });

  test('a forced retrain without drift dispatches with drift type manual', async () => {
    const { run, dispatch } = await next('forced-retrain');
    seen.checkRunIds.push(run.runId);
    assert.equal(run.eventName, 'workflow_dispatch');
    assert.equal(run.outputs.severity, 'NONE');
    assert.equal(run.outputs.triggered, 'false');
    assert.equal(run.outputs['drifted-features'], '[]');
    assert.equal(run.outputs.dispatched, 'true');
    assert.equal(dispatch.inputs['drift-type'], 'manual');
    assert.equal(dispatch.inputs.severity, 'NONE');
    assert.equal(dispatch.inputs['event-id'], run.outputs['event-id']);
    seen.dispatchedEventIds.push(run.outputs['event-id']);
    seen.manualEventIds.push(run.outputs['event-id']);
  });

  let finalLog: StepOf<'event-log'>;

  test('the log in the last artifact answers the four quick-reference queries through the sqlite3 shell', async () => {
    finalLog = await next('event-log');
    // Each detect run also uploads its HTML report: the newest event-log artifact counts.
    const newestUpload = Math.max(
      ...loop.emulator.artifacts.filter((x) => x.name === EVENT_LOG_ARTIFACT).map((x) => x.id),
    );
    assert.equal(finalLog.artifactId, newestUpload);
    const [latest, perTrigger, successful, improvements] = finalLog.answers;
    assert.deepEqual(
      finalLog.answers.map((a) => a.sql),
      [...QUICK_REFERENCE_QUERIES],
    );

    // 1. Every retraining of the week, newest first.
    assert.deepEqual(
      latest.rows.map((r) => r.event_id).sort(),
      [...seen.dispatchedEventIds].sort(),
    );
    const times = latest.rows.map((r) => String(r.triggered_at));
    assert.deepEqual(times, [...times].sort().reverse(), 'ORDER BY triggered_at DESC');
    assert.equal(latest.rows[0].event_id, seen.manualEventIds.at(-1), "Saturday's is the newest");

    // 2. Counts per trigger type: the drift check and both racers, and two manual ones.
    assert.deepEqual(
      Object.fromEntries(perTrigger.rows.map((r) => [r.trigger_type, r['COUNT(*)']])),
      { [seen.driftType]: 3, manual: 2 },
    );
    assert.match(perTrigger.table, /trigger_type\s+COUNT\(\*\)/);

    // 3. Only Tuesday's retraining succeeded (Thursday's failed, the others never ran).
    assert.deepEqual(
      successful.rows.map((r) => [r.event_id, r.status, r.execution_successful]),
      [[seen.succeededEventId, 'succeeded', 1]],
    );

    // 4. Its improvements, as the retraining run recorded them.
    assert.equal(improvements.rows.length, 1);
    const [row] = improvements.rows;
    assert.equal(row.trigger_type, seen.driftType);
    assert.ok(Math.abs(Number(row.improvement_r2_percent) - seen.improvement.r2) < TOLERANCE);
    assert.ok(Math.abs(Number(row.improvement_rmse_percent) - seen.improvement.rmse) < TOLERANCE);
    assert.equal(row.triggered_at, successful.rows[0].triggered_at);
  });

  test('drift_checks in the last artifact holds one row per check run of the week, and none for retraining runs', async () => {
    assert.ok(finalLog, 'the previous test downloaded the log');
    const { rows } = await querySqlite(
      finalLog.path,
      'SELECT run_id, event_name, severity, triggered, event_id FROM drift_checks ORDER BY checked_at;',
    );
    assert.deepEqual(
      rows.map((r) => Number(r.run_id)).sort((x, y) => x - y),
      [...seen.checkRunIds].sort((x, y) => x - y),
    );
    const byEvent: Record<string, number> = {};
    for (const r of rows) byEvent[String(r.event_name)] = (byEvent[String(r.event_name)] ?? 0) + 1;
    assert.deepEqual(byEvent, { schedule: 6, pull_request: 1, workflow_dispatch: 2 });
    assert.deepEqual(
      rows
        .filter((r) => r.triggered === 1)
        .map((r) => r.event_id)
        .sort(),
      [...seen.dispatchedEventIds].sort(),
      'every dispatching check names its event',
    );
    assert.equal(rows.filter((r) => r.severity === 'NONE').length, 5);
  });
});
