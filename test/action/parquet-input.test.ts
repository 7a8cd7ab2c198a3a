/**
 * The bundled action reads Parquet and Arrow inputs: a directory of Parquet parts as the
 * reference, an Arrow IPC stream as the recent window with predictions and actuals as
 * its columns, and reports exactly what it reports for the same data as CSV.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import { describeRun, errorAnnotations, runBundledAction } from './run-bundled-action.ts';

const fixtures = 'test/fixtures/data/parquet';

describe('the bundled action with Parquet and Arrow inputs', () => {
  let emulator: GitHubEmulator;
  let tempRoot: string;

  before(async () => {
    emulator = await startGitHubEmulator();
    tempRoot = mkdtempSync(join(tmpdir(), 'action-parquet-'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(tempRoot, { recursive: true, force: true });
  });

  const run = (reference: string, recent: string) =>
    runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: {
        'reference-data': join(fixtures, reference),
        'recent-data': join(fixtures, recent),
        'prediction-column': 'prediction',
        'target-column': 'target',
      },
      tempRoot,
    });

  test('a directory of Parquet parts and an Arrow stream give the outputs of the same data as CSV', async () => {
    const csv = await run('reference.csv', 'recent.csv');
    assert.equal(csv.exitCode, 0, describeRun(csv));
    const columnar = await run('reference-parts', 'recent.arrows');
    assert.equal(columnar.exitCode, 0, describeRun(columnar));
    assert.match(columnar.outputs.severity, /^(LOW|MEDIUM|HIGH|CRITICAL)$/);
    assert.notEqual(columnar.outputs['drifted-features'], '', 'the data set drifts');
    for (const output of ['severity', 'drift-type', 'confidence', 'reason', 'drifted-features']) {
      assert.equal(columnar.outputs[output], csv.outputs[output], output);
    }
  });

  test('a nested Parquet column fails the step with a message naming the column', async () => {
    const result = await run('nested.parquet', 'recent.parquet');
    assert.notEqual(result.exitCode, 0, describeRun(result));
    assert.ok(
      errorAnnotations(result).some((line) => /column "tags" is a nested LIST column/.test(line)),
      describeRun(result),
    );
  });
});
