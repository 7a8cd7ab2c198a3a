/**
 * The whole loop, end to end (issue 4, section 5; issue 9): a week of a repository that
 * uses drift-sentinel, on one loopback GitHub and one Azurite, each step the committed
 * bundle run as a child process like a runner runs it. The issue-9 table replays as
 * 1 | 1 | 1 | 1 dispatches (in-flight and cooldown guards), the loop converges once the
 * promote step commits the new reference and baseline, a forced check is held only by a
 * retraining in flight (also when two race), and a retraining that never starts is
 * marked lost. Afterwards the event log in the last artifact answers the quick
 * reference's four queries through the sqlite3 shell.
 *
 * The steps run in order and each test takes the next one, so a failure names the day
 * it happened on; the week itself lives in loop-steps.ts, shared with `npm run demo`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
    /** Dispatches so far after each step of the issue-9 table. */
    tableDispatches: [] as number[],
    lostEventId: '',
    racerRuns: [] as LoopRun[],
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

  /** The summary as a reader sees it: Markdown escapes and zero-width spaces removed. */
  function shown(summary: string): string {
    return summary.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');
  }

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
    assert.equal(run.outputs.decision, 'dispatched');
    seen.driftType = String(dispatch.inputs['drift-type']);
    seen.dispatchedEventIds.push(run.outputs['event-id']);
    seen.tableDispatches.push(run.dispatches.length);

    const log = await snapshot(run.uploaded[0]);
    assert.equal(log.checks.length, 3, 'the two quiet checks were restored');
    const event = log.events.find((e) => e.eventId === run.outputs['event-id']);
    assert.equal(event?.status, 'dispatched');
    assert.equal(event?.triggerType, seen.driftType);
    assert.equal(event?.retrainRunId, dispatch.runId);
    assert.equal(event?.model, `${RETRAIN_WORKFLOW}@${loop.emulator.defaultBranch}`);
    assert.match(event?.referenceFingerprint ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.match(event?.baselineFingerprint ?? '', /^sha256:[0-9a-f]{64}$/);
    const check = log.checks.find((c) => c.runId === run.runId);
    assert.equal(check?.eventId, event?.eventId);
    assert.equal(check?.referenceFingerprint, event?.referenceFingerprint);
    assert.equal(check?.decision, 'dispatched');
  });

  test('the next scheduled check while that retraining is queued dispatches nothing and its summary names the in-flight guard and the event', async () => {
    const { run, inFlightEventId } = await next('held-in-flight');
    seen.checkRunIds.push(run.runId);
    assert.match(run.outputs.severity, /^(HIGH|CRITICAL)$/, 'the same drift, still wanted');
    assert.equal(dispatchRequests(run).length, 0);
    assert.equal(run.outputs.dispatched, 'false');
    assert.equal(run.outputs.decision, 'suppressed');
    assert.equal(run.outputs['suppressed-by'], 'in_flight');
    assert.equal(run.outputs['blocking-event-id'], inFlightEventId);
    const summary = shown(run.summary);
    assert.match(summary, /Retraining held back by the in-flight guard/);
    assert.ok(summary.includes(`event ${inFlightEventId} is dispatched since`), run.summary);
    assert.match(summary, /\[run\]\(http[^)]*\/actions\/runs\/\d+\)/, 'it links the queued run');
    seen.tableDispatches.push(seen.tableDispatches.at(-1)! + run.dispatches.length);

    const log = await snapshot(run.uploaded[0]);
    const check = log.checks.find((c) => c.runId === run.runId);
    assert.equal(check?.decision, 'suppressed');
    assert.equal(check?.suppressedBy, 'in_flight');
    assert.equal(check?.blockingEventId, inFlightEventId);
    assert.equal(check?.triggered, false);
    assert.match(check?.decisionReason ?? '', /already in flight/);
  });

  test('a scheduled check while the retraining trains sees it running from its start snapshot, links its run and says when it would count as lost', async () => {
    const { run, inFlightEventId, retrainRunId } = await next('held-running');
    seen.checkRunIds.push(run.runId);
    assert.equal(dispatchRequests(run).length, 0);
    assert.equal(run.outputs['suppressed-by'], 'in_flight');
    assert.equal(run.outputs['blocking-event-id'], inFlightEventId);
    const summary = shown(run.summary);
    assert.ok(summary.includes(`event ${inFlightEventId} is running since`), run.summary);
    assert.ok(summary.includes(`/actions/runs/${retrainRunId})`), 'it links the retraining run');
    assert.match(
      summary,
      /It counts as lost from \S+ \(its own deadline: train-timeout-minutes × attempts\)/,
    );
  });

  test('the retraining run it dispatched trains with the example script, is promoted, records the improvement and writes the new reference and baseline', async () => {
    const { run, dispatch } = await next('retraining');
    assert.equal(run.runId, dispatch.runId, 'it runs as the run the dispatch created');
    assert.equal(run.eventName, 'workflow_dispatch');
    assert.equal(run.outputs['event-id'], dispatch.inputs['event-id']);
    assert.equal(run.outputs.status, 'succeeded');
    assert.equal(run.outputs.promote, 'true');
    assert.match(run.stdout, /train\.mjs: validation \{/, "the script's output is in the step log");
    assert.match(run.summary, /## drift-sentinel retraining: succeeded/);
    assert.match(run.summary, /Promote step: replace the reference data/);
    assert.match(run.stdout, /is running: snapshot uploaded for checks meanwhile/);
    assert.match(run.stdout, /This run already uploaded 'drift-sentinel-events' .*replaced it/);
    assert.ok(run.restored.length > 0, describeRun(run));
    seen.tableDispatches.push(seen.tableDispatches.at(-1)! + run.dispatches.length);

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
    assert.deepEqual(
      event.attempts?.map((a) => [a.attempt, a.exitCode]),
      [[1, 0]],
    );
    assert.ok(event.startedAt && event.deadlineAt && event.finishedAt);
    assert.equal(log.checks.length, 4, 'a retraining records no check');
    seen.succeededEventId = event.eventId;
    seen.improvement = { r2: event.improvementR2Percent!, rmse: event.improvementRmsePercent! };

    const baseline = JSON.parse(readFileSync(run.outputs['new-baseline-metrics'], 'utf8'));
    assert.deepEqual(Object.keys(baseline).sort(), ['mae', 'r2', 'rmse']);
    assert.equal(baseline.r2, event.metricsAfter?.r2);
    const reference = readFileSync(run.outputs['new-reference-data'], 'utf8').trim().split('\n');
    assert.equal(reference[0], 'sqft,bedrooms,age_years,distance_km,neighborhood,condition,price');
    assert.equal(reference.length, 1 + 600, 'the 600 recent rows, each with its price');
  });

  test('the next scheduled check on the same reference and baseline is held by the cooldown and says the reference still describes the old model', async () => {
    const { run, promotedEventId } = await next('held-cooldown');
    seen.checkRunIds.push(run.runId);
    assert.match(run.outputs.severity, /^(HIGH|CRITICAL)$/);
    assert.equal(dispatchRequests(run).length, 0);
    assert.equal(run.outputs['suppressed-by'], 'cooldown');
    assert.equal(run.outputs['blocking-event-id'], promotedEventId);
    const summary = shown(run.summary);
    assert.match(summary, /Retraining held back by the cooldown guard/);
    assert.match(summary, /within retrain-cooldown-hours 24/);
    assert.ok(
      summary.includes(
        `The reference data and baseline metrics still describe the model before event ${promotedEventId} was promoted`,
      ),
      run.summary,
    );
    assert.match(summary, /update them in the promote step/);
    seen.tableDispatches.push(seen.tableDispatches.at(-1)! + run.dispatches.length);
    assert.deepEqual(seen.tableDispatches, [1, 1, 1, 1], 'the issue-9 table');
  });

  test('a pull-request check comments once, dispatches nothing and still records its check', async () => {
    const { run, comments } = await next('pull-request');
    seen.checkRunIds.push(run.runId);
    assert.equal(run.outputs.triggered, 'true', 'the drift is severe enough to retrain');
    assert.equal(run.outputs.dispatched, 'false');
    assert.equal(run.outputs.decision, 'not_allowed');
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

  test('a forced retrain passes the cooldown and says so, its training script fails on both attempts, and the failed retraining is recorded with each attempt while the failed step still uploads the log', async () => {
    const { forced, dispatch, run } = await next('failed-retraining');
    seen.checkRunIds.push(forced.runId);
    assert.equal(dispatch.inputs['drift-type'], 'manual');
    assert.equal(forced.outputs.decision, 'dispatched');
    assert.ok(
      shown(forced.summary).includes(
        `force-retrain passes the cooldown after event ${seen.succeededEventId}`,
      ),
      forced.summary,
    );
    seen.dispatchedEventIds.push(String(dispatch.inputs['event-id']));
    seen.manualEventIds.push(String(dispatch.inputs['event-id']));
    assert.equal(run.outputs.status, 'failed');
    assert.equal(run.outputs.promote, 'false');
    assert.equal(run.outputs['new-reference-data'], '');
    const errors = errorAnnotations(run);
    assert.equal(errors.length, 1, describeRun(run));
    assert.match(errors[0], /retraining failed/);
    assert.match(errors[0], /attempt 2 of 2; every attempt failed/);
    assert.match(run.stdout, /Attempt 1 of 2 failed/);
    assert.match(run.summary, /\| Training attempts \| 1: exit 1 after [^;]+; 2: exit 1 after /);

    const log = await snapshot(run.uploaded[0]);
    const event = log.events.find((e) => e.eventId === dispatch.inputs['event-id']);
    assert.equal(event?.triggerType, 'manual');
    assert.equal(event?.status, 'failed');
    assert.equal(event?.executionSuccessful, false);
    assert.match(event?.errorMessage ?? '', /exit code 1/);
    assert.equal(event?.improvementR2Percent, null);
    assert.deepEqual(
      event?.attempts?.map((a) => [a.attempt, a.exitCode, a.timedOut]),
      [
        [1, 1, false],
        [2, 1, false],
      ],
    );
    for (const attempt of event?.attempts ?? []) assert.ok(attempt.durationSeconds > 0);
    assert.equal(
      log.events.find((e) => e.eventId === seen.succeededEventId)?.status,
      'succeeded',
      'the earlier success is kept',
    );
  });

  test('after the promote step replaces reference and baseline and the new model is deployed, the next check reads NONE or LOW and dispatches nothing', async () => {
    const { run, promoted } = await next('converged');
    seen.checkRunIds.push(run.runId);
    assert.equal(promoted.length, 3);
    assert.match(run.outputs.severity, /^(NONE|LOW)$/, run.outputs.reason);
    assert.equal(run.outputs.dispatched, 'false');
    assert.equal(run.outputs.decision, 'not_due');
    assert.equal(dispatchRequests(run).length, 0);
    assert.doesNotMatch(shown(run.summary), /still describe the model before/);
    const log = await snapshot(run.uploaded[0]);
    const check = log.checks.find((c) => c.runId === run.runId);
    const promotedEvent = log.events.find((e) => e.eventId === seen.succeededEventId);
    assert.notEqual(check?.referenceFingerprint, promotedEvent?.referenceFingerprint);
    assert.notEqual(check?.baselineFingerprint, promotedEvent?.baselineFingerprint);
  });

  test('two forced checks racing while a retraining is in flight both restore the same snapshot, both are held by the in-flight guard, and say force does not pass it', async () => {
    const { forced, dispatch, runs } = await next('race');
    seen.checkRunIds.push(forced.runId);
    seen.dispatchedEventIds.push(String(dispatch.inputs['event-id']));
    seen.manualEventIds.push(String(dispatch.inputs['event-id']));
    seen.lostEventId = String(dispatch.inputs['event-id']);
    const [a, b] = runs;
    assert.ok(a.restored.length > 0);
    assert.deepEqual(a.restored, b.restored, 'both started from the same history');
    assert.notEqual(a.uploaded[0], b.uploaded[0]);
    for (const run of runs) {
      seen.checkRunIds.push(run.runId);
      seen.racerRuns.push(run);
      assert.equal(dispatchRequests(run).length, 0, `${run.label} dispatched`);
      assert.equal(run.outputs['suppressed-by'], 'in_flight');
      assert.equal(run.outputs['blocking-event-id'], dispatch.inputs['event-id']);
      assert.match(shown(run.summary), /force-retrain does not pass this guard/);
    }
    // Each racer's own snapshot lacks the other's check: only the next merge brings them together.
    const ofA = await snapshot(a.uploaded[0]);
    assert.ok(!ofA.checks.some((c) => c.runId === b.runId));
  });

  test('the retraining that never started is marked lost after the timeout with its reason, and that check dispatches again and merges both racers', async () => {
    const { run, lostEventId, dispatch } = await next('lost');
    seen.checkRunIds.push(run.runId);
    assert.equal(lostEventId, seen.lostEventId);
    assert.equal(dispatchRequests(run).length, 1);
    assert.equal(run.outputs.dispatched, 'true');
    assert.equal(dispatch.inputs['drift-type'], 'manual');
    seen.dispatchedEventIds.push(run.outputs['event-id']);
    seen.manualEventIds.push(run.outputs['event-id']);
    const summary = shown(run.summary);
    assert.ok(summary.includes(`Retraining event ${lostEventId} was marked lost`), run.summary);
    // The annotation's title escapes ':' as a workflow command property must.
    assert.ok(
      run.stdout.includes(
        `::warning title=drift-sentinel%3A retraining lost::Retraining event ${lostEventId} marked lost.`,
      ),
      describeRun(run),
    );
    for (const racer of seen.racerRuns) {
      assert.ok(run.restored.includes(racer.uploaded[0]), `merged ${racer.label}'s snapshot`);
    }

    const log = await snapshot(run.uploaded[0]);
    const lost = log.events.find((e) => e.eventId === lostEventId);
    assert.equal(lost?.status, 'lost');
    assert.equal(lost?.executionSuccessful, false);
    assert.match(
      lost?.errorMessage ?? '',
      /^Lost: it was dispatched at .* and recorded no result within in-flight-timeout-minutes 0\.05/,
    );
    assert.ok(lost?.finishedAt);
    for (const racer of seen.racerRuns) {
      assert.equal(
        log.checks.find((c) => c.runId === racer.runId)?.suppressedBy,
        'in_flight',
        `${racer.label}'s check survives the race`,
      );
    }
    assert.match(
      summary,
      /Dispatches held back \| 5 \(in flight 4, cooldown 1, confidence 0\); 1 retraining lost/,
    );
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

    // 2. Counts per trigger type: the one drift dispatch, and three forced ones.
    assert.deepEqual(
      Object.fromEntries(perTrigger.rows.map((r) => [r.trigger_type, r['COUNT(*)']])),
      { [seen.driftType]: 1, manual: 3 },
    );
    assert.match(perTrigger.table, /trigger_type\s+COUNT\(\*\)/);

    // 3. Only Tuesday's retraining succeeded (Thursday's failed, Friday's was lost, Saturday's is queued).
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

  test('drift_checks in the last artifact holds one row per check run of the week with its decision, and none for retraining runs', async () => {
    assert.ok(finalLog, 'the previous test downloaded the log');
    const { rows } = await querySqlite(
      finalLog.path,
      'SELECT run_id, event_name, severity, triggered, event_id, decision, suppressed_by FROM drift_checks ORDER BY checked_at;',
    );
    assert.deepEqual(
      rows.map((r) => Number(r.run_id)).sort((x, y) => x - y),
      [...seen.checkRunIds].sort((x, y) => x - y),
    );
    const byEvent: Record<string, number> = {};
    for (const r of rows) byEvent[String(r.event_name)] = (byEvent[String(r.event_name)] ?? 0) + 1;
    assert.deepEqual(byEvent, { schedule: 7, pull_request: 1, workflow_dispatch: 5 });
    assert.deepEqual(
      rows
        .filter((r) => r.triggered === 1)
        .map((r) => r.event_id)
        .sort(),
      [...seen.dispatchedEventIds].sort(),
      'every dispatching check names its event',
    );
    const decisions: Record<string, number> = {};
    for (const r of rows) {
      const key = `${r.decision}${r.suppressed_by ? `:${r.suppressed_by}` : ''}`;
      decisions[key] = (decisions[key] ?? 0) + 1;
    }
    assert.deepEqual(decisions, {
      not_due: 3,
      dispatched: 4,
      'suppressed:in_flight': 4,
      'suppressed:cooldown': 1,
      not_allowed: 1,
    });
  });
});
