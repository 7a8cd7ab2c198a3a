/**
 * The bundled action checks against a saved reference profile (`reference-profile`):
 * one written now (format version 2) and one of format version 1, committed, both
 * giving the outputs of the check against the data itself.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadCsv } from '../../src/data/load-csv.ts';
import { encodeProfile } from '../../src/engines/profile-codec.ts';
import { profileTable } from '../../src/profile/saved-profile.ts';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import { describeRun, runBundledAction } from './run-bundled-action.ts';

describe('the bundled action with a saved reference profile', () => {
  let emulator: GitHubEmulator;
  let tempRoot: string;
  /** The step's workspace: the action reads no file outside it (or RUNNER_TEMP). */
  let workspace: string;

  before(async () => {
    emulator = await startGitHubEmulator();
    tempRoot = mkdtempSync(join(tmpdir(), 'action-profile-'));
    workspace = join(tempRoot, 'workspace');
    mkdirSync(workspace);
    copyFileSync('examples/data/reference.csv', join(workspace, 'reference.csv'));
    copyFileSync('examples/data/recent.csv', join(workspace, 'recent.csv'));
    copyFileSync(
      'test/fixtures/profiles/reference-exact-v1.profile',
      join(workspace, 'reference-v1.profile'),
    );
    writeFileSync(
      join(workspace, 'reference-v2.profile'),
      encodeProfile(
        profileTable(await loadCsv('examples/data/reference.csv'), { toolVersion: 'test' }),
      ),
    );
  });
  after(async () => {
    await emulator.stop();
    rmSync(tempRoot, { recursive: true, force: true });
  });

  const run = (reference: Record<string, string>) =>
    runBundledAction({
      emulator,
      eventName: 'schedule',
      inputs: { ...reference, 'recent-data': 'recent.csv' },
      tempRoot,
      workspace,
    });

  test('profiles of format versions 2 and 1 give the outputs of the check against the data', async () => {
    const fromData = await run({ 'reference-data': 'reference.csv' });
    assert.equal(fromData.exitCode, 0, describeRun(fromData));
    const profiles = {
      'version 2': await run({ 'reference-profile': 'reference-v2.profile' }),
      'version 1': await run({ 'reference-profile': 'reference-v1.profile' }),
    };
    for (const [label, result] of Object.entries(profiles)) {
      assert.equal(result.exitCode, 0, `${label}: ${describeRun(result)}`);
      for (const output of ['severity', 'drift-type', 'confidence', 'reason', 'drifted-features']) {
        assert.equal(result.outputs[output], fromData.outputs[output], `${label}: ${output}`);
      }
    }
    assert.match(fromData.outputs.severity, /^(LOW|MEDIUM|HIGH|CRITICAL)$/);
  });
});
