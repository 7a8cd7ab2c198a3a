import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as core from '@actions/core';
import { startGitHubEmulator } from './github-emulator.ts';
import type { GitHubEmulator } from './github-emulator.ts';
import {
  FORK_OWNER,
  inputVariableName,
  readOutputs,
  runnerEnvironment,
  webhookPayload,
} from './runner-env.ts';

describe('runner environment', () => {
  let emulator: GitHubEmulator;
  let root: string;

  before(async () => {
    emulator = await startGitHubEmulator({ owner: 'acme', repo: 'churn-model', azurite: null });
    root = mkdtempSync(join(tmpdir(), 'runner-env-'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('inputVariableName upper-cases, turns spaces into underscores and keeps hyphens', () => {
    assert.equal(inputVariableName('drift threshold'), 'INPUT_DRIFT_THRESHOLD');
    assert.equal(inputVariableName('github-token'), 'INPUT_GITHUB-TOKEN');
  });

  test('a pull request from a fork gets the merge ref, head ref, a fork-headed run and the token input', () => {
    const payload = webhookPayload('pull_request', emulator, { fork: true });
    const env = runnerEnvironment({
      emulator,
      eventName: 'pull_request',
      payload,
      inputs: { 'reference-data': 'data/ref.csv' },
      workspace: root,
      tempDir: root,
      token: 'ghs_readonly',
    });
    const pr = payload.pull_request as { number: number; head: { ref: string } };
    assert.equal(env.GITHUB_REF, `refs/pull/${pr.number}/merge`);
    assert.equal(env.GITHUB_HEAD_REF, pr.head.ref);
    assert.equal(env.GITHUB_REPOSITORY, 'acme/churn-model');
    assert.equal(env['INPUT_REFERENCE-DATA'], 'data/ref.csv');
    assert.equal(env['INPUT_GITHUB-TOKEN'], 'ghs_readonly');
    assert.equal(env.ACTIONS_RESULTS_URL, `${emulator.url}/`);
    assert.match(env.GITHUB_SERVER_URL as string, /^http:\/\/github\.localhost:\d+$/);
    const run = emulator.runs.find((r) => String(r.id) === env.GITHUB_RUN_ID);
    assert.equal(run?.headRepositoryId, emulator.repositoryId + 1);
    assert.equal(run?.runtimeToken, env.ACTIONS_RUNTIME_TOKEN);
    assert.deepEqual(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH as string, 'utf8')), payload);
    for (const file of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
      assert.equal(readFileSync(env[file] as string, 'utf8'), '', file);
    }
  });

  test('runner variables of the host process do not leak into the step environment', () => {
    process.env.GITHUB_LEAK_CHECK = 'from-host';
    try {
      const env = runnerEnvironment({
        emulator,
        eventName: 'schedule',
        payload: webhookPayload('schedule', emulator),
        workspace: root,
        tempDir: root,
        token: 't',
      });
      assert.equal(env.GITHUB_LEAK_CHECK, undefined);
      assert.equal(env.PATH, process.env.PATH);
    } finally {
      delete process.env.GITHUB_LEAK_CHECK;
    }
  });

  test('readOutputs reads the heredoc blocks @actions/core writes to GITHUB_OUTPUT', () => {
    const env = runnerEnvironment({
      emulator,
      eventName: 'push',
      payload: webhookPayload('push', emulator),
      workspace: root,
      tempDir: root,
      token: 't',
    });
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = env.GITHUB_OUTPUT;
    try {
      core.setOutput('severity', 'HIGH');
      core.setOutput('report', 'line one\nline two');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
    }
    assert.deepEqual(readOutputs(env.GITHUB_OUTPUT as string), {
      severity: 'HIGH',
      report: 'line one\nline two',
    });
  });
});

describe('webhook payloads', () => {
  const target = { owner: 'acme', repo: 'churn-model', repositoryId: 42, defaultBranch: 'main' };

  test('a same-repository pull request names only the target repository', () => {
    const payload = webhookPayload('pull_request', target);
    const pr = payload.pull_request as {
      head: { repo: { full_name: string; fork: boolean } };
      base: { repo: { id: number } };
    };
    assert.equal(pr.head.repo.full_name, 'acme/churn-model');
    assert.equal(pr.head.repo.fork, false);
    assert.equal(pr.base.repo.id, 42);
    assert.equal(JSON.stringify(payload).includes('Codertocat/Hello-World'), false);
  });

  test('a fork pull request has a head repository of another owner marked fork', () => {
    const pr = webhookPayload('pull_request', target, { fork: true }).pull_request as {
      head: { repo: { full_name: string; fork: boolean; id: number } };
      base: { repo: { full_name: string } };
    };
    assert.equal(pr.head.repo.full_name, `${FORK_OWNER}/churn-model`);
    assert.equal(pr.head.repo.fork, true);
    assert.equal(pr.head.repo.id, 43);
    assert.equal(pr.base.repo.full_name, 'acme/churn-model');
  });

  test('workflow_dispatch carries the given inputs and the default branch ref', () => {
    const payload = webhookPayload('workflow_dispatch', target, {
      inputs: { 'force-retrain': 'true' },
    });
    assert.deepEqual(payload.inputs, { 'force-retrain': 'true' });
    assert.equal(payload.ref, 'refs/heads/main');
    assert.equal((payload.repository as { full_name: string }).full_name, 'acme/churn-model');
  });

  test('schedule is built as GitHub documents it, with the six-hour cron', () => {
    const payload = webhookPayload('schedule', target);
    assert.equal(payload.schedule, '0 */6 * * *');
    assert.equal((payload.repository as { id: number }).id, 42);
  });

  test('push targets the default branch of the target repository', () => {
    const payload = webhookPayload('push', target);
    assert.equal(payload.ref, 'refs/heads/main');
    assert.equal((payload.repository as { default_branch: string }).default_branch, 'main');
  });
});
