/**
 * Data paths of the action stay inside the workspace and RUNNER_TEMP and out of `.git`:
 * a pull request that swaps a data file for a symlink to `.git/config` (where
 * actions/checkout keeps the job token) must fail the step without showing the file.
 * The bundled action runs against the loopback GitHub emulator.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { confineFileInputs, parseActionInputs } from '../../src/action/input-helper.ts';
import { InputError } from '../../src/shared/input-error.ts';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import { webhookPayload } from '../emulator/runner-env.ts';
import {
  REPO_ROOT,
  describeRun,
  errorAnnotations,
  runBundledAction,
} from '../action/run-bundled-action.ts';

/** What actions/checkout writes into .git/config (base64 of `x-access-token:<token>`). */
const SECRET = 'eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';
const GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`;

/** A checked-out repository: .git/config with the token, the example data, a PR's edits. */
function makeWorkspace(root: string): string {
  const workspace = mkdtempSync(join(root, 'ws-'));
  mkdirSync(join(workspace, '.git'));
  writeFileSync(join(workspace, '.git/config'), GIT_CONFIG);
  mkdirSync(join(workspace, 'data'));
  copyFileSync(
    join(REPO_ROOT, 'examples/data/reference.csv'),
    join(workspace, 'data/reference.csv'),
  );
  copyFileSync(join(REPO_ROOT, 'examples/data/recent.csv'), join(workspace, 'data/recent.csv'));
  return workspace;
}

const settingsFor = (inputs: Record<string, string>) =>
  parseActionInputs((name) => inputs[name] ?? '');

describe('path confinement of the action', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'confine-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const rejects = async (inputs: Record<string, string>, workspace: string, pattern: RegExp) => {
    await assert.rejects(
      confineFileInputs(settingsFor(inputs), {
        workspace,
        runnerTemp: join(root, 'temp'),
        cwd: workspace,
      }),
      (error: Error) => {
        assert.ok(error instanceof InputError, String(error));
        assert.match(error.message, pattern);
        return true;
      },
    );
  };

  test('a data file that is a symlink to .git/config is refused, naming the input', async () => {
    const workspace = makeWorkspace(root);
    rmSync(join(workspace, 'data/recent.csv'));
    symlinkSync('../.git/config', join(workspace, 'data/recent.csv'));
    await rejects(
      { 'reference-data': 'data/reference.csv', 'recent-data': 'data/recent.csv' },
      workspace,
      /^Input 'recent-data' \('data\/recent\.csv'\) resolves to .*\.git[\\/]config, inside a \.git directory\./,
    );
  });

  test('a path into .git given directly, or spelled .GIT, is refused', async () => {
    const workspace = makeWorkspace(root);
    await rejects(
      { 'reference-data': '.git/config', 'recent-data': 'data/recent.csv' },
      workspace,
      /Input 'reference-data'.*inside a \.git directory/,
    );
    await rejects(
      {
        'reference-data': 'data/reference.csv',
        'recent-data': 'data/recent.csv',
        'baseline-metrics': './data/../.git/config',
      },
      workspace,
      /Input 'baseline-metrics'.*inside a \.git directory/,
    );
  });

  test('absolute paths, ../ and symlinks that leave the workspace are refused', async () => {
    const workspace = makeWorkspace(root);
    await rejects(
      {
        'reference-data': 'data/reference.csv',
        'recent-data': 'data/recent.csv',
        'reference-predictions': '/etc/hostname',
      },
      workspace,
      /Input 'reference-predictions' \('\/etc\/hostname'\).*outside the workspace/,
    );
    await rejects(
      { 'reference-data': '/etc/passwd', 'recent-data': 'data/recent.csv' },
      workspace,
      /Input 'reference-data' \('\/etc\/passwd'\) resolves to \/etc\/passwd, outside the workspace and RUNNER_TEMP/,
    );
    symlinkSync('/etc', join(workspace, 'data/etc'));
    await rejects(
      { 'reference-data': 'data/reference.csv', 'recent-data': 'data/etc/hostname' },
      workspace,
      /Input 'recent-data'.*outside the workspace/,
    );
    await rejects(
      { 'reference-data': 'data/reference.csv', 'recent-data': '../../../etc/hostname' },
      workspace,
      /Input 'recent-data'.*outside the workspace/,
    );
  });

  test('a dangling symlink, an output in a missing directory and a glob are judged by where they lead', async () => {
    const workspace = makeWorkspace(root);
    symlinkSync('/nonexistent-dir/file.csv', join(workspace, 'data/dangling.csv'));
    await rejects(
      { 'reference-data': 'data/reference.csv', 'recent-data': 'data/dangling.csv' },
      workspace,
      /Input 'recent-data'.*resolves to \/nonexistent-dir\/file\.csv, outside/,
    );
    await rejects(
      {
        mode: 'retrain',
        'reference-data': 'data/reference.csv',
        'recent-data': 'data/recent.csv',
        'profile-output': 'data/etc-link/new/profile.gz',
      },
      (symlinkSync('/etc', join(workspace, 'data/etc-link')), workspace),
      /Input 'profile-output'.*outside the workspace/,
    );
    symlinkSync('../.git/config', join(workspace, 'data/part-2.csv'));
    await rejects(
      { engine: 'duckdb', 'reference-data': 'data/part-*.csv', 'recent-data': 'data/recent.csv' },
      workspace,
      /Input 'reference-data' \('data\/part-\*\.csv'\).*inside a \.git directory/,
    );
  });

  test('files in the workspace, in RUNNER_TEMP, symlinks between them and inline JSON pass', async () => {
    const workspace = makeWorkspace(root);
    const runnerTemp = mkdtempSync(join(root, 'temp-'));
    writeFileSync(join(runnerTemp, 'metrics.json'), '{}');
    symlinkSync('reference.csv', join(workspace, 'data/alias.csv'));
    await confineFileInputs(
      settingsFor({
        'reference-data': 'data/alias.csv',
        'recent-data': join(workspace, 'data/recent.csv'),
        'baseline-metrics': '{"r2": 0.9}',
        'profile-output': 'profiles/not-yet/ref.profile.gz',
        'metrics-file': join(runnerTemp, 'metrics.json'),
        mode: 'retrain',
      }),
      { workspace, runnerTemp, cwd: workspace },
    );
  });
});

describe('path confinement through the bundled action', () => {
  let emulator: GitHubEmulator;
  let root: string;
  before(async () => {
    emulator = await startGitHubEmulator({ azurite: null });
    root = mkdtempSync(join(tmpdir(), 'confine-action-'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('a pull request replacing data/recent.csv by a symlink to ../.git/config fails the step and leaks nothing', async () => {
    const workspace = makeWorkspace(root);
    rmSync(join(workspace, 'data/recent.csv'));
    symlinkSync('../.git/config', join(workspace, 'data/recent.csv'));
    const payload = webhookPayload('pull_request', emulator, { fork: true });
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload,
      workspace,
      tempRoot: root,
      inputs: {
        'reference-data': 'data/reference.csv',
        'recent-data': 'data/recent.csv',
        comment: 'always',
      },
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    const [error] = errorAnnotations(run);
    assert.match(
      error,
      /^Input 'recent-data' \('data\/recent\.csv'\) resolves to .*\.git\/config, inside a \.git directory\./,
    );
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      assert.doesNotMatch(text, /extraheader|AUTHORIZATION|eC1hY2Nlc3M/);
    }
    assert.equal(
      run.requests.filter((r) => /comments/.test(r.path)).length,
      0,
      'no comment was read or written',
    );
  });
});
