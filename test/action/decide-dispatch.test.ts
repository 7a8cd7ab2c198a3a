/**
 * The dispatch decision in-process: every combination of drift, force, event and
 * retrain-workflow that the bundled-action tests would otherwise each spawn a run for.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideDispatch } from '../../src/action/decide-dispatch.ts';
import type { DispatchRun, DispatchSettings } from '../../src/action/decide-dispatch.ts';
import { resolveDetectionConfig } from '../../src/detect/detection-config.ts';
import type { Severity } from '../../src/detect/detection-config.ts';

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
        { severity: c.severity, triggered: c.triggered },
        settings(c.settings),
        c.run ?? SCHEDULE,
      );
      assert.equal(decision.dispatch, c.dispatch);
      assert.equal(decision.forced, c.forced);
      assert.match(decision.why, c.why);
    });
  }
});
