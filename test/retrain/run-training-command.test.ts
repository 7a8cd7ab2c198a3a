import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runTrainingCommand } from '../../src/retrain/run-training-command.ts';

test('runTrainingCommand streams stdout and stderr lines, passes the variables and reports the exit code', async () => {
  const lines: string[] = [];
  const result = await runTrainingCommand({
    command:
      'echo "data=$DRIFT_SENTINEL_TRAINING_DATA"; echo oops >&2; printf "no newline"; exit 3',
    env: { DRIFT_SENTINEL_TRAINING_DATA: '/tmp/train.csv' },
    timeoutMs: 10_000,
    log: (line, stream) => lines.push(`${stream}: ${line}`),
  });
  assert.equal(result.exitCode, 3);
  assert.equal(result.timedOut, false);
  assert.equal(result.signal, null);
  assert.deepEqual(lines.sort(), [
    'stderr: oops',
    'stdout: data=/tmp/train.csv',
    'stdout: no newline',
  ]);
  assert.ok(result.durationSeconds >= 0);
});

/** A killed child whose new parent has not reaped it yet is a zombie ('Z'): dead all the same. */
function processState(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X' ? 'gone or zombie' : `running (${state})`;
  } catch {
    return 'gone or zombie';
  }
}

test('runTrainingCommand kills the whole process group on timeout, background children included', async () => {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'train-timeout-'));
  const pidFile = path.join(dir, 'pid');
  const result = await runTrainingCommand({
    command: `sleep 30 & echo $! > "${pidFile}"; wait`,
    env: {},
    timeoutMs: 300,
    killGraceMs: 200,
    log: () => {},
  });
  assert.equal(result.timedOut, true);
  assert.equal(result.exitCode, null);
  const backgroundPid = Number(fs.readFileSync(pidFile, 'utf8'));
  assert.equal(processState(backgroundPid), 'gone or zombie');
});

test('runTrainingCommand rejects when the command cannot be started', async () => {
  await assert.rejects(
    runTrainingCommand({
      command: 'true',
      cwd: '/nonexistent/dir',
      env: {},
      timeoutMs: 1000,
      log: () => {},
    }),
    /Cannot start the training command: .*ENOENT/,
  );
});

test('runTrainingCommand with a timeout beyond what a Node timer holds (train-timeout-minutes 50000) lets the command finish', async () => {
  const result = await runTrainingCommand({
    command: 'sleep 0.2',
    env: {},
    timeoutMs: 50_000 * 60_000,
    log: () => {},
  });
  assert.equal(result.timedOut, false);
  assert.equal(result.exitCode, 0);
});
