/**
 * The bundled action refusing bad inputs: the step fails with one error annotation that
 * names the input, the value and what is allowed, before anything is written to GitHub.
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
  describeRun,
  errorAnnotations,
  runBundledAction,
} from './run-bundled-action.ts';

describe('the bundled action with invalid inputs', () => {
  let emulator: GitHubEmulator;
  let tempRoot: string;

  before(async () => {
    emulator = await startGitHubEmulator();
    emulator.addWorkflow('retrain.yml', { inputs: RETRAIN_INPUTS });
    tempRoot = mkdtempSync(join(tmpdir(), 'action-inputs-'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(tempRoot, { recursive: true, force: true });
  });

  const failsWith = async (inputs: Record<string, string>, ...expected: string[]) => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...DRIFTED_EXAMPLE, 'retrain-workflow': 'retrain.yml', ...inputs },
      tempRoot,
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    const errors = errorAnnotations(run);
    assert.equal(errors.length, 1, describeRun(run));
    for (const text of expected) assert.ok(errors[0].includes(text), `'${text}' in: ${errors[0]}`);
    assert.equal(run.dispatches.length, 0);
    assert.ok(
      !run.requests.some((r) => r.method !== 'GET' && !r.path.startsWith('/twirp/')),
      'nothing is written to GitHub',
    );
    return errors[0];
  };

  test('a data-drift-threshold that is not a number fails naming the input and the value', async () => {
    await failsWith({ 'data-drift-threshold': 'abc' }, 'data-drift-threshold', "'abc'", 'number');
  });

  test('a data-drift-threshold out of range fails naming the input, not the internal field', async () => {
    const error = await failsWith(
      { 'data-drift-threshold': '1.5' },
      "Invalid input data-drift-threshold '1.5'",
      '<= 1',
    );
    assert.ok(!error.includes('dataDriftThreshold'), error);
  });

  test('a retrain-on outside the severities fails listing the allowed ones', async () => {
    await failsWith(
      { 'retrain-on': 'SOMETIMES' },
      'retrain-on',
      "'SOMETIMES'",
      'LOW, MEDIUM, HIGH, CRITICAL',
    );
  });

  test('retrain-on NONE is refused, since every report would reach it and dispatch', async () => {
    await failsWith(
      { 'retrain-on': 'NONE' },
      'retrain-on',
      "'NONE'",
      'LOW, MEDIUM, HIGH, CRITICAL',
    );
  });

  test('a comment-key that would end the hidden HTML marker early is refused', async () => {
    await failsWith({ 'comment-key': 'model a -->' }, 'comment-key', "'model a -->'");
  });

  test('a force-retrain that is not a boolean fails naming the input and the value', async () => {
    await failsWith({ 'force-retrain': 'yes' }, 'force-retrain', "'yes'", 'true or false');
  });

  test('a reference file that does not exist fails naming its path', async () => {
    await failsWith(
      { 'reference-data': 'data/missing-reference.csv' },
      'data/missing-reference.csv',
    );
  });

  test('a missing recent-data input fails naming the input', async () => {
    await failsWith({ 'recent-data': '' }, 'recent-data');
  });
});
