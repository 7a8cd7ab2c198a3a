/**
 * The bundled action on schedule and workflow_dispatch events: when it dispatches the
 * retraining workflow, with what, and what the step reports when GitHub says no.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import {
  DRIFTED_EXAMPLE,
  RETRAIN_INPUTS,
  UNDRIFTED_EXAMPLE,
  describeRun,
  errorAnnotations,
  runBundledAction,
} from './run-bundled-action.ts';

/**
 * Every test dispatches for a model of its own: the runs share one emulator, hence one
 * event log, and a retraining dispatched by one test would otherwise hold the next
 * test's dispatch back as in flight (the guards have test/e2e/loop-guards.test.ts).
 */
let models = 0;
const nextModel = () => `dispatch-test-${++models}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DISPATCH_PATH = /\/actions\/workflows\/[^/]+\/dispatches$/;

describe('the bundled action dispatching retraining', () => {
  let emulator: GitHubEmulator;
  /** A GitHub that ignores return_run_details and answers 204, as before 2026. */
  let legacyEmulator: GitHubEmulator;
  let tempRoot: string;

  before(async () => {
    emulator = await startGitHubEmulator();
    legacyEmulator = await startGitHubEmulator({
      azurite: emulator.azurite,
      dispatchReturnsRunDetails: false,
    });
    for (const github of [emulator, legacyEmulator]) {
      github.addWorkflow('retrain.yml', { inputs: RETRAIN_INPUTS, required: ['event-id'] });
    }
    // Declares only event-id: GitHub answers 422 to the three others.
    emulator.addWorkflow('retrain-old.yml', { inputs: ['event-id'] });
    tempRoot = mkdtempSync(join(tmpdir(), 'action-dispatch-'));
  });
  after(async () => {
    await legacyEmulator.stop();
    await emulator.stop();
    rmSync(tempRoot, { recursive: true, force: true });
  });

  test('a scheduled run with HIGH or CRITICAL drift dispatches retrain.yml once with event id, severity, drift type and reason', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.match(run.outputs.severity, /^(HIGH|CRITICAL)$/);
    assert.equal(run.outputs.triggered, 'true');

    assert.equal(run.dispatches.length, 1, describeRun(run));
    const [dispatch] = run.dispatches;
    assert.equal(dispatch.workflowId, 'retrain.yml');
    assert.equal(dispatch.ref, emulator.defaultBranch);
    assert.deepEqual(Object.keys(dispatch.inputs).sort(), [...RETRAIN_INPUTS].sort());
    assert.match(String(dispatch.inputs['event-id']), UUID);
    assert.equal(dispatch.inputs.severity, run.outputs.severity);
    assert.equal(dispatch.inputs['drift-type'], run.outputs['drift-type']);
    assert.notEqual(dispatch.inputs['drift-type'], 'none');
    assert.equal(dispatch.inputs.reason, run.outputs.reason);
    const request = run.requests.find((r) => r.method === 'POST' && DISPATCH_PATH.test(r.path));
    assert.equal((request?.body as { return_run_details?: unknown }).return_run_details, true);

    const runUrl = `${emulator.serverUrl}/${emulator.owner}/${emulator.repo}/actions/runs/${dispatch.runId}`;
    assert.equal(run.outputs.dispatched, 'true');
    assert.equal(run.outputs['event-id'], dispatch.inputs['event-id']);
    assert.equal(run.outputs['retrain-run-url'], runUrl);

    assert.match(run.summary, new RegExp(`drift-sentinel: ${run.outputs.severity}`));
    // The summary shows the reason Markdown-escaped (backslashes, zero-width spaces).
    const shown = run.summary.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');
    assert.ok(shown.includes(run.outputs.reason), run.summary);
    assert.ok(run.summary.includes(runUrl), 'the summary links the retraining run');
    assert.match(run.summary, /```mermaid\n(%%\{init: .*\}%%\n)?xychart-beta\n/);
  });

  test('a dispatch answered 204 without run details counts as dispatched, has no run URL and says the run will appear', async () => {
    const run = await runBundledAction({
      emulator: legacyEmulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.equal(run.dispatches.length, 1);
    assert.equal(run.dispatches[0].runId, undefined);
    const answer = run.requests.find((r) => r.method === 'POST' && DISPATCH_PATH.test(r.path));
    assert.equal(answer?.status, 204);
    assert.equal(run.outputs.dispatched, 'true');
    assert.equal(run.outputs['retrain-run-url'], '');
    assert.match(run.summary, /will appear/);
    // The one run link allowed is this run's own HTML-report artifact.
    const withoutReportLink = run.summary.replace(/^\*\*Full report:\*\*.*$/m, '');
    assert.ok(!withoutReportLink.includes('/actions/runs/'), 'no run link is made up');
  });

  test('workflow_dispatch with force-retrain and no drift dispatches with drift type manual', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'workflow_dispatch',
      variant: { inputs: { force: 'true' } },
      inputs: {
        ...UNDRIFTED_EXAMPLE,
        'retrain-workflow': 'retrain.yml',
        model: nextModel(),
        'force-retrain': 'true',
      },
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.equal(run.outputs.triggered, 'false');
    assert.equal(run.outputs['drifted-features'], '[]');
    assert.equal(run.dispatches.length, 1, describeRun(run));
    assert.equal(run.dispatches[0].inputs['drift-type'], 'manual');
    assert.equal(run.dispatches[0].inputs.severity, run.outputs.severity);
    assert.match(String(run.dispatches[0].inputs['event-id']), UUID);
    assert.equal(run.outputs.dispatched, 'true');
  });

  test('a dispatch answered 403 fails the step with a message naming the actions: write permission', async () => {
    emulator.failNext({ method: 'POST', pathPattern: DISPATCH_PATH, status: 403 });
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    assert.equal(run.dispatches.length, 0);
    const attempts = run.requests.filter((r) => r.method === 'POST' && DISPATCH_PATH.test(r.path));
    assert.deepEqual(
      attempts.map((r) => r.status),
      [403],
      'a 403 is not retried',
    );
    const [error] = errorAnnotations(run);
    assert.match(error, /actions: write/);
    assert.match(error, /HTTP 403/);
  });

  test('a dispatch of a workflow file that does not exist fails with a message about the workflow file', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrian.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    const [error] = errorAnnotations(run);
    assert.match(error, /HTTP 404/);
    assert.match(error, /'retrian\.yml'/);
    assert.match(error, /\.github\/workflows\//);
    assert.match(error, /retrain-workflow/);
  });

  test('a dispatch refused with 422 for undeclared inputs says the workflow must declare them', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain-old.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    const [error] = errorAnnotations(run);
    assert.match(error, /HTTP 422/);
    assert.match(error, /Unexpected inputs provided/);
    assert.match(error, /must declare the workflow_dispatch inputs/);
    for (const name of RETRAIN_INPUTS) assert.ok(error.includes(name), `${name} in: ${error}`);
  });

  test('a dispatch answered 500 once is retried and the step passes', async () => {
    emulator.failNext({ method: 'POST', pathPattern: DISPATCH_PATH, status: 500 });
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    const attempts = run.requests.filter((r) => r.method === 'POST' && DISPATCH_PATH.test(r.path));
    assert.deepEqual(
      attempts.map((r) => r.status),
      [500, 200],
    );
    assert.deepEqual(attempts[0].body, attempts[1].body, 'the retry resends the same dispatch');
    assert.equal(run.dispatches.length, 1);
    assert.equal(run.outputs.dispatched, 'true');
  });

  test('a dispatch hit by a secondary rate limit waits for retry-after and goes through', async () => {
    emulator.failNext({
      method: 'POST',
      pathPattern: DISPATCH_PATH,
      status: 403,
      rateLimit: 'secondary',
      retryAfterSeconds: 1,
    });
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    const attempts = run.requests.filter((r) => r.method === 'POST' && DISPATCH_PATH.test(r.path));
    assert.deepEqual(
      attempts.map((r) => r.status),
      [403, 200],
    );
    assert.equal(run.dispatches.length, 1);
    assert.match(run.stdout, /secondary rate limit/);
  });

  test('a refused dispatch still leaves the summary and outputs of the check that ran', async () => {
    emulator.failNext({ method: 'POST', pathPattern: DISPATCH_PATH, status: 403 });
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    assert.match(run.outputs.severity ?? '', /^(HIGH|CRITICAL)$/);
    assert.equal(run.outputs.dispatched, 'false');
    assert.match(run.summary, /drift-sentinel: (HIGH|CRITICAL)/);
    assert.match(run.summary, /actions: write/);
  });

  test('a check whose confidence is below min-confidence dispatches nothing, records why, and says so in the summary', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      // The example data grades CRITICAL with confidence 80/100.
      inputs: {
        ...DRIFTED_EXAMPLE,
        'retrain-workflow': 'retrain.yml',
        model: nextModel(),
        'min-confidence': '90',
      },
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.equal(run.outputs.triggered, 'true');
    assert.equal(run.dispatches.length, 0);
    assert.equal(run.outputs.dispatched, 'false');
    assert.equal(run.outputs.decision, 'suppressed');
    assert.equal(run.outputs['suppressed-by'], 'confidence');
    const shown = run.summary.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');
    assert.match(shown, /Retraining held back by the min-confidence guard/);
    assert.ok(
      shown.includes(`confidence ${run.outputs.confidence}/100 is below min-confidence 90`),
      run.summary,
    );
    assert.match(shown, /Dispatches held back \| 1 \(in flight 0, cooldown 0, confidence 1\)/);
  });

  test('min-confidence 0 (the default) never holds a dispatch back', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml', model: nextModel() },
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.equal(run.outputs['suppressed-by'], '');
    assert.equal(run.outputs.decision, 'dispatched');
    assert.equal(run.dispatches.length, 1);
  });

  test('fail-on HIGH with HIGH drift fails the step with an error annotation after writing the summary', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'fail-on': 'HIGH' },
      tempRoot,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    const errors = errorAnnotations(run);
    assert.equal(errors.length, 1, describeRun(run));
    assert.match(errors[0], /reached fail-on HIGH/);
    assert.match(run.summary, new RegExp(`drift-sentinel: ${run.outputs.severity}`));
    assert.match(run.summary, /```mermaid/);
    assert.match(run.outputs.severity, /^(HIGH|CRITICAL)$/);
  });
});
