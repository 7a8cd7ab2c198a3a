/**
 * The action glue of `mode: retrain` (src/action/run-retrain.ts), run as a runner would
 * run it: a child process with the runner environment, against the emulator and
 * Azurite, with the example training script.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { openEventLog } from '../../src/events/open-event-log.ts';
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/github-emulator.ts';
import { readOutputs, runnerEnvironment, webhookPayload } from '../emulator/runner-env.ts';
import { readZip } from '../emulator/zip-archive.ts';

const run = promisify(execFile);
const ACTION = new URL('../../src/action/index.ts', import.meta.url).pathname;
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const EVENT_ID = '0b7e4a52-8c1f-4f57-9d3e-2f6a1c9b8e10';

let emulator: GitHubEmulator;
let root: string;

before(async () => {
  emulator = await startGitHubEmulator();
  root = fs.mkdtempSync(path.join(tmpdir(), 'run-retrain-action-'));
});
after(async () => {
  await emulator.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

async function runAction(name: string, trainCommand: string, artifactName = 'events-action') {
  const workspace = path.join(root, name, 'workspace');
  const tempDir = path.join(root, name, 'temp');
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(tempDir, { recursive: true });
  // The action reads data only inside the workspace (or RUNNER_TEMP), as checked out.
  fs.cpSync(path.join(EXAMPLES, 'data'), path.join(workspace, 'data'), { recursive: true });
  const env = runnerEnvironment({
    emulator,
    eventName: 'workflow_dispatch',
    payload: webhookPayload('workflow_dispatch', emulator, {
      inputs: {
        'event-id': EVENT_ID,
        severity: 'HIGH',
        'drift-type': 'concept_drift',
        reason: 'RMSE up 70%',
      },
    }),
    inputs: {
      mode: 'retrain',
      'reference-data': path.join(workspace, 'data/reference.csv'),
      'recent-data': path.join(workspace, 'data/recent.csv'),
      'recent-actuals': path.join(workspace, 'data/actuals.npy'),
      'baseline-metrics': '{"r2": 0.7782, "rmse": 42.13}',
      'train-command': trainCommand,
      'event-log-artifact': artifactName,
      'cost-per-minute': '0.5',
      'max-regression': '0.02',
    },
    workspace,
    tempDir,
    token: 'ghs_jobtoken',
  });
  const child = await run(process.execPath, [ACTION], { env, timeout: 60_000 }).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  return {
    outputs: readOutputs(env.GITHUB_OUTPUT as string),
    summary: fs.readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
    stdout: child.stdout,
    exitCode: 'code' in child ? child.code : 0,
  };
}

test('a dispatched retraining restores the log, records the event from the dispatch inputs, uploads the log and writes the summary', async () => {
  const train = `"${process.execPath}" "${path.join(EXAMPLES, 'train/train.mjs')}"`;
  const result = await runAction('ok', train);
  assert.equal(result.exitCode, 0, result.stdout);
  assert.equal(result.outputs['event-id'], EVENT_ID);
  assert.equal(result.outputs.status, 'succeeded');
  assert.equal(result.outputs.promote, 'true');
  assert.match(result.summary, /## drift-sentinel retraining: succeeded/);
  assert.match(result.summary, /## Key metrics/);

  const uploaded = emulator.artifacts.filter((a) => a.name === 'events-action' && a.uploaded);
  assert.equal(uploaded.length, 1);
  const file = path.join(root, 'downloaded.db');
  fs.writeFileSync(
    file,
    readZip(await emulator.artifactContent(uploaded[0].id)).get('events.db') as Buffer,
  );
  const log = openEventLog(file, { readonly: true });
  const event = log.getRetrainingEvent(EVENT_ID);
  assert.equal(event?.triggerType, 'concept_drift');
  assert.equal(event?.status, 'succeeded');
  assert.equal(event?.retrainRunUrl?.includes('/actions/runs/'), true);
  log.close();
});

test('a failing training command fails the step but still uploads the log with the failure merged', async () => {
  const train = `"${process.execPath}" "${path.join(EXAMPLES, 'train/train.mjs')}" --fail`;
  const result = await runAction('fail', train);
  assert.equal(result.exitCode, 1);
  assert.match(result.stdout, /::error::drift-sentinel retraining failed \(event 0b7e4a52/);
  assert.equal(result.outputs.status, 'failed');
  assert.equal(result.outputs.promote, 'false');
  const uploaded = emulator.artifacts.filter((a) => a.name === 'events-action' && a.uploaded);
  assert.equal(uploaded.length, 2);
  const newest = uploaded.at(-1)!;
  const file = path.join(root, 'downloaded-2.db');
  fs.writeFileSync(
    file,
    readZip(await emulator.artifactContent(newest.id)).get('events.db') as Buffer,
  );
  const log = openEventLog(file, { readonly: true });
  assert.equal(log.getRetrainingEvent(EVENT_ID)?.status, 'failed');
  log.close();
});

test('a failed log upload fails the step but still writes the training outcome to the outputs and the summary', async () => {
  // 403 is not retried by the artifact client, so each upload attempt fails once: the
  // snapshot at the start of the retraining (one attempt), then the three of the final upload.
  emulator.failNext({ pathPattern: /\/CreateArtifact$/, status: 403, times: 4 });
  const train = `"${process.execPath}" "${path.join(EXAMPLES, 'train/train.mjs')}" --fail`;
  const result = await runAction('upload-fails', train, 'events-upload-fails');
  assert.equal(result.exitCode, 1);
  assert.equal(result.outputs.status, 'failed', 'the outcome is an output despite the upload');
  assert.equal(result.outputs.promote, 'false');
  assert.ok(result.outputs['event-log'] && fs.existsSync(result.outputs['event-log']));
  assert.match(result.summary, /## drift-sentinel retraining: failed/);
  assert.match(result.summary, /event log could not be uploaded/);
  const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
  assert.match(errors.join('\n'), /retraining failed/, 'the training failure is not hidden');
  assert.match(errors.join('\n'), /failed after 3 attempts/);
  assert.match(
    result.stdout,
    /::warning::The event log could not be uploaded at the start of the retraining .*checks until it ends see event \S+ as dispatched/,
    'a failed start snapshot only warns',
  );
});
