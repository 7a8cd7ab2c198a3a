/**
 * The dispatch decision in-process: every combination of drift, force, event,
 * retrain-workflow and event-log history (the guards of issue 9) that the
 * bundled-action tests would otherwise each spawn a run for.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideDispatch } from '../../src/action/decide-dispatch.ts';
import type {
  DispatchHistory,
  DispatchRun,
  DispatchSettings,
  GuardedEvent,
} from '../../src/action/decide-dispatch.ts';
import type { DispatchGuard } from '../../src/events/event-records.ts';
import { resolveDetectionConfig } from '../../src/detect/detection-config.ts';
import type { Severity } from '../../src/detect/detection-config.ts';

const MODEL = 'retrain.yml@main';
const NOW = new Date('2026-05-10T12:00:00.000Z');
const REFERENCE = `sha256:${'a'.repeat(64)}`;
const BASELINE = `sha256:${'b'.repeat(64)}`;
const FINGERPRINTS = { reference: REFERENCE, baseline: BASELINE };

const SCHEDULE: DispatchRun = { eventName: 'schedule', isPullRequest: false, canDispatch: true };
const PULL_REQUEST: DispatchRun = {
  eventName: 'pull_request',
  isPullRequest: true,
  canDispatch: false,
};
const ISSUE_COMMENT: DispatchRun = {
  eventName: 'issue_comment',
  isPullRequest: false,
  canDispatch: false,
};

function settings(overrides: Partial<DispatchSettings> = {}): DispatchSettings {
  return {
    forceRetrain: false,
    retrainWorkflow: 'retrain.yml',
    config: resolveDetectionConfig({}),
    minConfidence: 0,
    retrainCooldownHours: 24,
    inFlightTimeoutMinutes: 360,
    ...overrides,
  };
}

interface Case {
  readonly name: string;
  readonly severity: Severity;
  readonly triggered: boolean;
  readonly settings?: Partial<DispatchSettings>;
  readonly run?: DispatchRun;
  readonly dispatch: boolean;
  readonly forced: boolean;
  readonly why: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: 'a scheduled HIGH check dispatches the retrain workflow',
    severity: 'HIGH',
    triggered: true,
    dispatch: true,
    forced: false,
    why: /^Severity HIGH reached retrain-on HIGH: dispatching retrain\.yml\.$/,
  },
  {
    name: 'a scheduled check below retrain-on does not dispatch and names both severities',
    severity: 'MEDIUM',
    triggered: false,
    dispatch: false,
    forced: false,
    why: /^No retraining: severity MEDIUM is below retrain-on HIGH\.$/,
  },
  {
    name: 'force-retrain without drift dispatches as forced',
    severity: 'NONE',
    triggered: false,
    settings: { forceRetrain: true },
    dispatch: true,
    forced: true,
    why: /^Retraining was forced: dispatching retrain\.yml\.$/,
  },
  {
    name: 'force-retrain with drift that triggers anyway is not counted as forced',
    severity: 'CRITICAL',
    triggered: true,
    settings: { forceRetrain: true },
    dispatch: true,
    forced: false,
    why: /^Severity CRITICAL reached retrain-on HIGH/,
  },
  {
    name: 'a pull request never dispatches, even forced',
    severity: 'CRITICAL',
    triggered: true,
    settings: { forceRetrain: true },
    run: PULL_REQUEST,
    dispatch: false,
    forced: false,
    why: /pull-request runs never dispatch retraining/,
  },
  {
    name: 'an event that may not dispatch says which event it was',
    severity: 'HIGH',
    triggered: true,
    run: ISSUE_COMMENT,
    dispatch: false,
    forced: false,
    why: /'issue_comment' events do not dispatch retraining/,
  },
  {
    name: 'no retrain-workflow means nothing to dispatch',
    severity: 'HIGH',
    triggered: true,
    settings: { retrainWorkflow: '' },
    dispatch: false,
    forced: false,
    why: /no 'retrain-workflow' input is set/,
  },
];

describe('decideDispatch', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const decision = decideDispatch(
        { severity: c.severity, triggered: c.triggered, confidence: 80 },
        settings(c.settings),
        c.run ?? SCHEDULE,
        { model: MODEL, fingerprints: FINGERPRINTS, events: [], now: NOW },
      );
      assert.equal(decision.dispatch, c.dispatch);
      assert.equal(decision.forced, c.forced);
      assert.match(decision.why, c.why);
    });
  }
});

/** An hour offset from NOW as an ISO timestamp (negative: before). */
function at(hours: number): string {
  return new Date(NOW.getTime() + hours * 3_600_000).toISOString();
}

let eventCounter = 0;
function event(fields: Partial<GuardedEvent>): GuardedEvent {
  eventCounter += 1;
  return {
    eventId: `00000000-0000-4000-8000-${String(eventCounter).padStart(12, '0')}`,
    model: MODEL,
    status: 'succeeded',
    severity: 'CRITICAL',
    triggeredAt: at(-10),
    startedAt: null,
    deadlineAt: null,
    finishedAt: null,
    updatedAt: at(-10),
    referenceFingerprint: REFERENCE,
    baselineFingerprint: BASELINE,
    retrainRunUrl: null,
    ...fields,
  };
}

interface GuardCase {
  readonly name: string;
  readonly severity?: Severity;
  readonly triggered?: boolean;
  readonly confidence?: number;
  readonly settings?: Partial<DispatchSettings>;
  readonly events: readonly GuardedEvent[];
  readonly fingerprints?: DispatchHistory['fingerprints'];
  readonly dispatch: boolean;
  readonly guard: DispatchGuard | null;
  readonly why: RegExp;
  /** Ids (by index into `events`) that the decision marks lost. */
  readonly lost?: readonly number[];
  /** Index into `events` of the event the guard names. */
  readonly blocking?: number;
  readonly staleReference?: boolean;
}

const DISPATCHED_2H_AGO = event({ status: 'dispatched', triggeredAt: at(-2), updatedAt: at(-2) });
const RUNNING = event({
  status: 'running',
  triggeredAt: at(-3),
  startedAt: at(-1),
  updatedAt: at(-1),
  deadlineAt: at(1),
  retrainRunUrl: 'https://github.com/acme/app/actions/runs/77',
});
const DISPATCHED_7H_AGO = event({ status: 'dispatched', triggeredAt: at(-7), updatedAt: at(-7) });
const RUNNING_PAST_DEADLINE = event({
  status: 'running',
  triggeredAt: at(-3),
  startedAt: at(-2.5),
  updatedAt: at(-2.5),
  deadlineAt: at(-0.5),
});
const PROMOTED_2H_AGO = event({ status: 'succeeded', severity: 'HIGH', finishedAt: at(-2) });
const PROMOTED_30H_AGO = event({ status: 'succeeded', severity: 'HIGH', finishedAt: at(-30) });
const REJECTED_1H_AGO = event({ status: 'rejected', severity: 'CRITICAL', finishedAt: at(-1) });
const FAILED_1H_AGO = event({ status: 'failed', finishedAt: at(-1) });
const OTHER_MODEL_RUNNING = event({
  model: 'retrain-churn.yml@main',
  status: 'running',
  startedAt: at(-1),
});
const V1_DISPATCHED = event({
  model: null,
  status: 'dispatched',
  triggeredAt: at(-1),
  referenceFingerprint: null,
  baselineFingerprint: null,
});
const CONFIDENCE_NOTE = /confidence 40\/100 is below min-confidence 60/;

const GUARD_CASES: readonly GuardCase[] = [
  {
    name: 'a retraining dispatched two hours ago and not started holds the next check back as in flight',
    events: [DISPATCHED_2H_AGO],
    dispatch: false,
    guard: 'in_flight',
    blocking: 0,
    why: /retraining is already in flight: event \S+ is dispatched since .* Not dispatching another retraining of retrain\.yml@main\. It counts as lost from 2026-05-10T16:00:00\.000Z \(in-flight-timeout-minutes 360\)\.$/,
  },
  {
    name: 'a running retraining holds the check back and the reason links its run',
    events: [RUNNING],
    dispatch: false,
    guard: 'in_flight',
    blocking: 0,
    why: /is running since .*\(\[run\]\(https:\/\/github\.com\/acme\/app\/actions\/runs\/77\)\)\..* It counts as lost from 2026-05-10T13:00:00\.000Z \(its own deadline: train-timeout-minutes × attempts\)\.$/,
  },
  {
    name: 'force-retrain does not pass the in-flight guard, and says so',
    severity: 'NONE',
    triggered: false,
    settings: { forceRetrain: true },
    events: [RUNNING],
    dispatch: false,
    guard: 'in_flight',
    blocking: 0,
    why: /^Retraining was forced, but retraining is already in flight.*force-retrain does not pass this guard/,
  },
  {
    name: 'a dispatched retraining older than in-flight-timeout-minutes is marked lost and the check dispatches',
    events: [DISPATCHED_7H_AGO],
    dispatch: true,
    guard: null,
    lost: [0],
    why: /^Severity HIGH reached retrain-on HIGH: dispatching retrain\.yml\.$/,
  },
  {
    name: 'a running retraining past its own deadline is lost before in-flight-timeout-minutes',
    events: [RUNNING_PAST_DEADLINE],
    dispatch: true,
    guard: null,
    lost: [0],
    why: /dispatching retrain\.yml/,
  },
  {
    name: 'a shorter in-flight-timeout-minutes makes a two-hour-old dispatch lost',
    settings: { inFlightTimeoutMinutes: 90 },
    events: [DISPATCHED_2H_AGO],
    dispatch: true,
    guard: null,
    lost: [0],
    why: /dispatching/,
  },
  {
    name: "another model's running retraining does not hold this model back",
    events: [OTHER_MODEL_RUNNING],
    dispatch: true,
    guard: null,
    why: /dispatching retrain\.yml/,
  },
  {
    name: 'an in-flight event from a version-1 log (no model) counts for every model',
    events: [V1_DISPATCHED],
    dispatch: false,
    guard: 'in_flight',
    blocking: 0,
    why: /already in flight/,
  },
  {
    name: 'a check below min-confidence does not dispatch and names both numbers',
    confidence: 40,
    settings: { minConfidence: 60 },
    events: [],
    dispatch: false,
    guard: 'confidence',
    why: CONFIDENCE_NOTE,
  },
  {
    name: 'a check at min-confidence dispatches (the floor is inclusive)',
    confidence: 60,
    settings: { minConfidence: 60 },
    events: [],
    dispatch: true,
    guard: null,
    why: /^Severity HIGH reached retrain-on HIGH: dispatching retrain\.yml\.$/,
  },
  {
    name: 'force-retrain passes min-confidence and says so',
    confidence: 40,
    settings: { minConfidence: 60, forceRetrain: true },
    events: [],
    dispatch: true,
    guard: null,
    why: /force-retrain passes min-confidence 60 \(confidence 40\/100\)/,
  },
  {
    name: 'the in-flight guard holds before the confidence guard',
    confidence: 40,
    settings: { minConfidence: 60 },
    events: [RUNNING],
    dispatch: false,
    guard: 'in_flight',
    blocking: 0,
    why: /already in flight/,
  },
  {
    name: 'same fingerprints two hours after a promotion at the same severity: cooldown, and the reference is stale',
    events: [PROMOTED_2H_AGO],
    dispatch: false,
    guard: 'cooldown',
    blocking: 0,
    staleReference: true,
    why: /retrained and promoted the model on the same reference data and baseline metrics 2 h ago: not dispatching again for the same fingerprints within retrain-cooldown-hours 24 \(22 h left\)/,
  },
  {
    name: 'a severity higher than the one that triggered the last retraining passes the cooldown',
    severity: 'CRITICAL',
    events: [PROMOTED_2H_AGO],
    dispatch: true,
    guard: null,
    staleReference: true,
    why: /severity CRITICAL is higher than HIGH, which triggered event \S+ \(succeeded 2 h ago\), so the cooldown does not hold/,
  },
  {
    name: 'force-retrain passes the cooldown and says so',
    settings: { forceRetrain: true },
    events: [PROMOTED_2H_AGO],
    dispatch: true,
    guard: null,
    staleReference: true,
    why: /force-retrain passes the cooldown after event \S+ \(succeeded 2 h ago\)/,
  },
  {
    name: 'after retrain-cooldown-hours the same fingerprints dispatch again, still warning that the reference is stale',
    events: [PROMOTED_30H_AGO],
    dispatch: true,
    guard: null,
    staleReference: true,
    why: /^Severity HIGH reached retrain-on HIGH: dispatching retrain\.yml\.$/,
  },
  {
    name: 'retrain-cooldown-hours 0 turns the cooldown off',
    settings: { retrainCooldownHours: 0 },
    events: [PROMOTED_2H_AGO],
    dispatch: true,
    guard: null,
    staleReference: true,
    why: /dispatching retrain\.yml\.$/,
  },
  {
    name: 'a promote step that updated the reference (new fingerprint) lifts the cooldown and the warning',
    fingerprints: { reference: `sha256:${'c'.repeat(64)}`, baseline: BASELINE },
    events: [PROMOTED_2H_AGO],
    dispatch: true,
    guard: null,
    staleReference: false,
    why: /^Severity HIGH reached retrain-on HIGH: dispatching retrain\.yml\.$/,
  },
  {
    name: 'updated baseline metrics alone also count as a new fingerprint',
    fingerprints: { reference: REFERENCE, baseline: `sha256:${'d'.repeat(64)}` },
    events: [PROMOTED_2H_AGO],
    dispatch: true,
    guard: null,
    staleReference: false,
    why: /dispatching/,
  },
  {
    name: 'a rejected retraining on the same fingerprints starts the cooldown too (same data, same model)',
    severity: 'CRITICAL',
    events: [REJECTED_1H_AGO],
    dispatch: false,
    guard: 'cooldown',
    blocking: 0,
    staleReference: false,
    why: /retrained and was rejected for the model/,
  },
  {
    name: 'a failed retraining does not start the cooldown: it produced no model',
    events: [FAILED_1H_AGO],
    dispatch: true,
    guard: null,
    why: /dispatching/,
  },
  {
    name: 'a check without a reference fingerprint never matches a cooldown',
    fingerprints: { reference: null, baseline: null },
    events: [PROMOTED_2H_AGO],
    dispatch: true,
    guard: null,
    staleReference: false,
    why: /dispatching/,
  },
  {
    name: 'a check below retrain-on is not_due even with a retraining in flight, and still marks stale ones lost',
    severity: 'LOW',
    triggered: false,
    events: [DISPATCHED_7H_AGO],
    dispatch: false,
    guard: null,
    lost: [0],
    why: /^No retraining: severity LOW is below retrain-on HIGH\.$/,
  },
];

describe('decideDispatch with the event log as the lock', () => {
  for (const c of GUARD_CASES) {
    test(c.name, () => {
      const decision = decideDispatch(
        {
          severity: c.severity ?? 'HIGH',
          triggered: c.triggered ?? true,
          confidence: c.confidence ?? 80,
        },
        settings(c.settings),
        SCHEDULE,
        { model: MODEL, fingerprints: c.fingerprints ?? FINGERPRINTS, events: c.events, now: NOW },
      );
      assert.equal(decision.dispatch, c.dispatch, decision.why);
      assert.equal(decision.suppressedBy, c.guard);
      assert.equal(
        decision.outcome,
        c.dispatch ? 'dispatched' : c.guard ? 'suppressed' : 'not_due',
      );
      assert.match(decision.why, c.why);
      // A dispatch lists the guards it passed by force or severity, and says so in `why`.
      assert.equal(
        decision.passed.length > 0,
        decision.dispatch && /passes|so the cooldown does not hold/.test(decision.why),
      );
      for (const clause of decision.passed) assert.ok(decision.why.includes(clause));
      assert.deepEqual(
        decision.lost.map((l) => l.eventId),
        (c.lost ?? []).map((i) => c.events[i].eventId),
      );
      for (const lost of decision.lost)
        assert.match(lost.reason, /^Lost: it (was dispatched|started running) at /);
      assert.equal(
        decision.blockingEvent?.eventId ?? null,
        c.blocking === undefined ? null : c.events[c.blocking].eventId,
      );
      if (c.staleReference !== undefined) {
        assert.equal(decision.staleReference !== null, c.staleReference);
      }
      if (decision.staleReference) {
        assert.match(
          decision.staleReference,
          /^The reference data and baseline metrics still describe the model before event \S+ was promoted .*update them in the promote step/,
        );
      }
    });
  }

  test('the reason of a running retraining lost at its deadline names the deadline, not the timeout', () => {
    const decision = decideDispatch(
      { severity: 'HIGH', triggered: true, confidence: 80 },
      settings(),
      SCHEDULE,
      { model: MODEL, fingerprints: FINGERPRINTS, events: [RUNNING_PAST_DEADLINE], now: NOW },
    );
    assert.match(
      decision.lost[0].reason,
      /after its own deadline .*train-timeout-minutes × attempts/,
    );
  });

  test('replaying the issue table (CRITICAL, in flight, promoted, same reference) dispatches once', () => {
    const dispatched: boolean[] = [];
    const events: GuardedEvent[] = [];
    const check = (now: Date) =>
      decideDispatch(
        { severity: 'CRITICAL', triggered: true, confidence: 80 },
        settings(),
        SCHEDULE,
        {
          model: MODEL,
          fingerprints: FINGERPRINTS,
          events,
          now,
        },
      );
    const first = check(NOW);
    dispatched.push(first.dispatch);
    events.push(
      event({ status: 'dispatched', severity: 'CRITICAL', triggeredAt: NOW.toISOString() }),
    );
    const second = check(new Date(NOW.getTime() + 6 * 3_600_000));
    dispatched.push(second.dispatch);
    events[0] = { ...events[0], status: 'succeeded', finishedAt: at(7) };
    dispatched.push(false); // the retraining run itself dispatches nothing
    const fourth = check(new Date(NOW.getTime() + 12 * 3_600_000));
    dispatched.push(fourth.dispatch);
    assert.deepEqual(dispatched, [true, false, false, false]);
    assert.equal(second.suppressedBy, 'in_flight');
    assert.equal(fourth.suppressedBy, 'cooldown');
    assert.ok(fourth.staleReference);
  });
});
