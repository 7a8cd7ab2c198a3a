/**
 * A hostile pull request through the bundled action, against the loopback GitHub
 * emulator: the comment and summary render with no mention, link, image, extra heading
 * or marker from data, the verdict is the one the same numbers under plain names get,
 * and the sticky comment of this check is never someone else's, nor another check's.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import { webhookPayload } from '../emulator/runner-env.ts';
import { describeRun, runBundledAction } from '../action/run-bundled-action.ts';
import type { BundledActionRun } from '../action/run-bundled-action.ts';
import { liveMarkupFromData, markdownShape, textOutsideCode } from '../report/inspect-markdown.ts';
import { HOSTILE_INPUTS, hostileWorkspace } from './hostile-workspace.ts';

const marker = (key: string) => `<!-- drift-sentinel:${key} -->`;

describe('a hostile pull request through the bundled action', () => {
  let emulator: GitHubEmulator;
  let root: string;
  let hostile: string;
  before(async () => {
    emulator = await startGitHubEmulator();
    root = mkdtempSync(join(tmpdir(), 'hostile-pr-'));
    hostile = hostileWorkspace(root);
  });
  after(async () => {
    await emulator.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const pullRequest = (number: number) => {
    const payload = webhookPayload('pull_request', emulator, {});
    (payload.pull_request as { number: number }).number = number;
    payload.number = number;
    return payload;
  };
  const runOn = (number: number, workspace: string, inputs: Record<string, string> = {}) =>
    runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload: pullRequest(number),
      workspace,
      tempRoot: root,
      inputs: { ...HOSTILE_INPUTS, comment: 'always', ...inputs },
    });
  const comments = (number: number) => emulator.comments(emulator.owner, emulator.repo, number);

  test('the comment and the summary render no data-derived mention, link, image, heading or marker, with the verdict the data deserves', async () => {
    const plain = await runOn(61, hostileWorkspace(root, true));
    const run = await runOn(62, hostile);
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.equal(run.outputs.severity, plain.outputs.severity, 'the same verdict as plain names');
    assert.equal(run.outputs['drift-type'], plain.outputs['drift-type']);
    const [comment] = comments(62);
    const [plainComment] = comments(61);
    const body = comment.body ?? '';
    assert.ok(body.startsWith(`${marker('default')}\n`));
    const rest = body.slice(marker('default').length + 1);
    const plainRest = (plainComment.body ?? '').slice(marker('default').length + 1);
    for (const [markdown, reference] of [
      [rest, plainRest],
      // The summary's one link is the action's own: this run's HTML-report artifact.
      [withoutReportLink(run.summary), withoutReportLink(plain.summary)],
    ]) {
      assert.deepEqual(liveMarkupFromData(markdown), []);
      const shape = markdownShape(markdown);
      const expected = markdownShape(reference);
      assert.deepEqual(shape.headings, expected.headings, 'no heading added');
      assert.deepEqual(shape.fences, expected.fences, 'no fence opened or closed');
      assert.deepEqual(shape.tags, expected.tags, 'no HTML tag added');
      assert.doesNotMatch(textOutsideCode(markdown), /<img/i, 'no image outside code');
    }
  });

  test('a participant comment starting with the marker is never edited; the action writes its own and updates that one', async () => {
    const planted = emulator.addComment(63, `${marker('default')}\nLGTM`, {
      login: 'octocat',
      id: 583231,
    });
    const first = await runOn(63, hostile);
    const second = await runOn(63, hostile);
    for (const run of [first, second]) {
      assert.equal(run.exitCode, 0, describeRun(run));
      assert.equal(run.requests.filter((r) => r.method === 'PATCH' && r.status === 403).length, 0);
    }
    const all = comments(63);
    assert.equal(all.length, 2);
    assert.equal(all[0].body, planted.body);
    assert.equal(all[1].user?.login, 'github-actions[bot]');
    assert.match(second.stdout, /Pull-request comment updated/);
  });

  test('two checks with keys default and main on one pull request keep separate comments although a column is named <!-- drift-sentinel:main -->', async () => {
    const runs: BundledActionRun[] = [];
    for (const key of ['default', 'main', 'default', 'main']) {
      runs.push(await runOn(64, hostile, { 'comment-key': key }));
    }
    for (const run of runs) assert.equal(run.exitCode, 0, describeRun(run));
    const all = comments(64);
    assert.deepEqual(
      all.map((c) => (c.body ?? '').split('\n')[0]),
      [marker('default'), marker('main')],
    );
    for (const c of all) {
      assert.equal((c.body ?? '').split('<!-- drift-sentinel:').length, 2, 'one marker, first');
    }
  });
});

/** The summary without its `**Full report:**` line, which links this run's HTML-report artifact. */
function withoutReportLink(summary: string): string {
  assert.match(
    summary,
    /^\*\*Full report:\*\* \[drift-sentinel-report\]\(http:\/\/[^)\s]+\/artifacts\/\d+\)/m,
  );
  return summary.replace(/^\*\*Full report:\*\*.*$/m, '');
}
