/**
 * The bundled action on pull_request events: one sticky comment per pull request,
 * never a dispatch, and a fork's read-only token only warns.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import { webhookPayload } from '../emulator/runner-env.ts';
import {
  DRIFTED_EXAMPLE,
  RETRAIN_INPUTS,
  UNDRIFTED_EXAMPLE,
  describeRun,
  errorAnnotations,
  runBundledAction,
  warningAnnotations,
} from './run-bundled-action.ts';

const MARKER = '<!-- drift-sentinel:default -->';
const COMMENTS_PATH = /\/issues\/\d+\/comments$/;
const COMMENT_PATH = /\/issues\/comments\/\d+$/;

describe('the bundled action on pull requests', () => {
  let emulator: GitHubEmulator;
  let tempRoot: string;

  before(async () => {
    emulator = await startGitHubEmulator();
    emulator.addWorkflow('retrain.yml', { inputs: RETRAIN_INPUTS });
    tempRoot = mkdtempSync(join(tmpdir(), 'action-pr-'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(tempRoot, { recursive: true, force: true });
  });

  /** A real pull_request payload, renumbered so each test has its own pull request. */
  const pullRequest = (number: number, fork = false) => {
    const payload = webhookPayload('pull_request', emulator, { fork });
    (payload.pull_request as { number: number }).number = number;
    payload.number = number;
    return payload;
  };

  test('a pull request run comments once and a second run updates that same comment, never dispatching', async () => {
    const number = 41;
    const inputs = { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml' };
    const first = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(number),
      inputs,
      tempRoot,
    });
    assert.equal(first.exitCode, 0, describeRun(first));
    assert.match(first.outputs.severity, /^(HIGH|CRITICAL)$/);
    const afterFirst = emulator.comments(emulator.owner, emulator.repo, number);
    assert.equal(afterFirst.length, 1);
    assert.ok(afterFirst[0].body?.startsWith(MARKER), afterFirst[0].body);
    assert.match(afterFirst[0].body ?? '', new RegExp(`drift-sentinel: ${first.outputs.severity}`));
    assert.equal(
      first.requests.filter((r) => r.method === 'POST' && COMMENTS_PATH.test(r.path)).length,
      1,
    );

    const second = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(number),
      inputs,
      tempRoot,
    });
    assert.equal(second.exitCode, 0, describeRun(second));
    const afterSecond = emulator.comments(emulator.owner, emulator.repo, number);
    assert.equal(afterSecond.length, 1, 'still one comment');
    assert.equal(afterSecond[0].id, afterFirst[0].id);
    const patches = second.requests.filter(
      (r) => r.method === 'PATCH' && COMMENT_PATH.test(r.path),
    );
    assert.deepEqual(
      patches.map((r) => r.path.split('/').pop()),
      [String(afterFirst[0].id)],
    );
    assert.equal(
      second.requests.filter((r) => r.method === 'POST' && COMMENTS_PATH.test(r.path)).length,
      0,
      'no new comment on the second run',
    );

    for (const run of [first, second]) {
      assert.equal(run.dispatches.length, 0, 'pull requests never dispatch');
      assert.ok(!run.requests.some((r) => r.path.endsWith('/dispatches')));
      assert.equal(run.outputs.triggered, 'true');
      assert.equal(run.outputs.dispatched, 'false');
      assert.match(run.summary, /pull-request runs never dispatch retraining/);
    }
  });

  test('a fork pull request with a read-only token passes, warns in the log and in the summary', async () => {
    const forkToken = 'ghs_forkreadonly';
    emulator.readOnlyToken(forkToken);
    const number = 42;
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(number, true),
      inputs: DRIFTED_EXAMPLE,
      token: forkToken,
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.deepEqual(errorAnnotations(run), []);
    const warning = warningAnnotations(run).find((w) => w.includes('Could not comment'));
    assert.ok(warning, describeRun(run));
    assert.match(warning, /#42/);
    assert.match(warning, /HTTP 403/);
    assert.ok(run.stdout.split('\n').some((l) => l.startsWith('::warning') && l.includes('#42')));
    assert.match(run.summary, /\[!WARNING\]/);
    assert.ok(run.summary.includes(warning), 'the summary repeats the warning');
    assert.match(run.summary, new RegExp(`drift-sentinel: ${run.outputs.severity}`));
    assert.equal(emulator.comments(emulator.owner, emulator.repo, number).length, 0);
  });

  test('a report too long for one GitHub comment is cut to fit instead of failing the step', async () => {
    // 600 features with long names: the Markdown report is far above GitHub's 65,536
    // characters per comment. Odd columns shift, even columns do not.
    const columns = 600;
    const names = Array.from(
      { length: columns },
      (_, c) => `sensor_reading_of_an_industrial_production_line_number_${c}`,
    );
    const table = (shift: number) =>
      [
        names.join(','),
        ...Array.from({ length: 30 }, (_, r) =>
          names.map((_, c) => ((r * 7 + c) % 30) + (c % 2) * shift).join(','),
        ),
      ].join('\n');
    // Inside the workspace: the action reads data nowhere else.
    const workspace = mkdtempSync(join(tempRoot, 'ws-'));
    const referenceData = join(workspace, 'wide-reference.csv');
    const recentData = join(workspace, 'wide-recent.csv');
    writeFileSync(referenceData, table(0));
    writeFileSync(recentData, table(25));
    const number = 43;
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(number),
      inputs: { 'reference-data': referenceData, 'recent-data': recentData, 'min-samples': '10' },
      tempRoot,
      workspace,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.ok(run.summary.length > 65536, `the full report is longer: ${run.summary.length}`);
    const comments = emulator.comments(emulator.owner, emulator.repo, number);
    assert.equal(comments.length, 1, describeRun(run));
    const body = comments[0].body ?? '';
    assert.ok(body.length <= 65536, `comment length ${body.length}`);
    assert.ok(body.startsWith(MARKER));
    // The renderer cuts the feature table to fit, before the poster's last-resort cut.
    assert.match(body, /features are not listed here, to fit GitHub's size limit for comments/);
    assert.equal((body.match(/^```/gm) ?? []).length % 2, 0, 'no code fence left open');
    assert.equal(
      (body.match(/<details>/g) ?? []).length,
      (body.match(/<\/details>/g) ?? []).length,
      'no <details> left open',
    );
  });

  test('a sticky comment that reported drift is updated when a later push has none', async () => {
    const number = 44;
    const drifted = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(number),
      inputs: DRIFTED_EXAMPLE,
      tempRoot,
    });
    assert.equal(drifted.exitCode, 0, describeRun(drifted));
    const clean = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(number),
      inputs: UNDRIFTED_EXAMPLE,
      tempRoot,
    });
    assert.equal(clean.exitCode, 0, describeRun(clean));
    assert.equal(clean.outputs.severity, 'NONE');
    const comments = emulator.comments(emulator.owner, emulator.repo, number);
    assert.equal(comments.length, 1);
    assert.match(comments[0].body ?? '', /drift-sentinel: NONE/);
  });

  test('a fork pull request uploads no event-log snapshot, which every later run would skip with a warning', async () => {
    const forkToken = 'ghs_forknoupload';
    emulator.readOnlyToken(forkToken);
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(46, true),
      inputs: DRIFTED_EXAMPLE,
      token: forkToken,
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    // Only its HTML report is uploaded, an artifact no run ever restores.
    const created = run.requests
      .filter((r) => r.path.endsWith('/CreateArtifact'))
      .map((r) => (r.body as { name?: string }).name);
    assert.deepEqual(
      created,
      ['drift-sentinel-report'],
      'no event-log artifact created by the fork run',
    );
    assert.ok(run.outputs['event-log'], 'the merged log is still left in RUNNER_TEMP');
    const later = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: UNDRIFTED_EXAMPLE,
      tempRoot,
    });
    assert.equal(later.exitCode, 0, describeRun(later));
    assert.deepEqual(
      warningAnnotations(later).filter((w) => w.includes('of a fork')),
      [],
      'no fork snapshot to skip',
    );
  });

  test('a fork pull request whose token cannot list artifacts warns and passes', async () => {
    emulator.failNext({ method: 'GET', pathPattern: /\/actions\/artifacts$/, status: 403 });
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(47, true),
      inputs: DRIFTED_EXAMPLE,
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.deepEqual(errorAnnotations(run), []);
    const warning = warningAnnotations(run).find((w) => w.includes('event log could not be read'));
    assert.ok(warning, describeRun(run));
    assert.match(warning, /actions: read/);
    assert.ok(run.summary.includes(warning), 'the summary repeats the warning');
    assert.ok(run.outputs.severity, 'outputs are written');
  });

  test('a same-repository pull request whose token cannot list artifacts still fails naming actions: read', async () => {
    emulator.failNext({ method: 'GET', pathPattern: /\/actions\/artifacts$/, status: 403 });
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(48),
      inputs: DRIFTED_EXAMPLE,
      tempRoot,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    assert.match(errorAnnotations(run).join('\n'), /actions: read/);
  });

  test('a clean pull request that was never commented on gets no comment', async () => {
    const number = 45;
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(number),
      inputs: UNDRIFTED_EXAMPLE,
      tempRoot,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.equal(run.outputs.severity, 'NONE');
    assert.equal(emulator.comments(emulator.owner, emulator.repo, number).length, 0);
    assert.match(run.summary, /drift-sentinel: NONE/);
  });
});
