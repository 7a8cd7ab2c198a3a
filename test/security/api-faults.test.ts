/**
 * GitHub failing under the bundled action: each failure names the operation, the HTTP
 * status and the retries made, and a failed comment still leaves the job summary.
 * The emulator injects the failures; the action's own Octokit retries 3 times with
 * backoff (1 + 4 + 9 s), so each retried case takes about 15 s; they run one after the
 * other because an injected failure answers whichever request matches first.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import { webhookPayload } from '../emulator/runner-env.ts';
import {
  DRIFTED_EXAMPLE,
  describeRun,
  errorAnnotations,
  runBundledAction,
  warningAnnotations,
} from '../action/run-bundled-action.ts';

describe('GitHub API faults through the bundled action', () => {
  let emulator: GitHubEmulator;
  let root: string;
  before(async () => {
    emulator = await startGitHubEmulator();
    root = mkdtempSync(join(tmpdir(), 'api-faults-'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('listing the event-log artifacts answering 500 fails the step naming the operation, the status and 3 retries, not a permission', async () => {
    emulator.failNext({
      method: 'GET',
      pathPattern: /\/actions\/artifacts$/,
      status: 500,
      times: 4,
    });
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'event-log-artifact': 'events-fault' },
      tempRoot: root,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    const [error] = errorAnnotations(run);
    assert.match(
      error,
      /^Listing the event-log artifacts 'events-fault' of .+ failed: HTTP 500 \(.*\), after 3 retries\. GitHub answered with a server error; rerun the job later\.$/,
    );
    assert.doesNotMatch(error, /actions: read/);
  });

  test('listing the comments answering 500 still writes the job summary and warns naming the operation', async () => {
    const payload = webhookPayload('pull_request', emulator, {});
    (payload.pull_request as { number: number }).number = 71;
    payload.number = 71;
    emulator.failNext({
      method: 'GET',
      pathPattern: /\/issues\/71\/comments$/,
      status: 500,
      times: 4,
    });
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload,
      inputs: { ...DRIFTED_EXAMPLE, comment: 'always', 'event-log-artifact': 'events-pr-fault' },
      tempRoot: root,
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    const warning = warningAnnotations(run).find((w) => w.startsWith('Listing the comments'));
    assert.equal(
      warning?.replace(/\(.*\)/, '(…)'),
      'Listing the comments of pull request #71 failed: HTTP 500 (…), after 3 retries. GitHub answered with a server error; rerun the job later. The report is in the job summary.',
      describeRun(run),
    );
    assert.match(run.summary, /drift-sentinel: (HIGH|CRITICAL)/);
    assert.match(run.summary, /> \[!WARNING\]\n> Listing the comments of pull request #71 failed/);
    assert.equal(emulator.comments(emulator.owner, emulator.repo, 71).length, 0);
  });

  test('an empty github-token fails the step with a message naming the input', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'github-token': '' },
      tempRoot: root,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    assert.match(errorAnnotations(run)[0], /^The GitHub token is empty \(input 'github-token'\)\./);
    assert.doesNotMatch(run.stdout, /opts\.auth/);
  });
});
