/**
 * No data-derived line of the action's log starts a workflow command. The runner treats
 * any stdout line that begins with `::` as a command; a feature named
 * `x\n::error title=Injected::owned\n::add-mask::CRITICAL` printed raw by core.info
 * would add an annotation and mask the word CRITICAL in every later line.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import { webhookPayload } from '../emulator/runner-env.ts';
import { describeRun, runBundledAction, warningAnnotations } from '../action/run-bundled-action.ts';
import { HOSTILE_INPUTS, hostileWorkspace } from './hostile-workspace.ts';
import { runCli } from '../../src/cli/main.ts';
import { logLine } from '../../src/report/escape.ts';
import { PassThrough } from 'node:stream';

/**
 * Workflow commands drift-sentinel and its toolkit issue: annotations, and the masks
 * @actions/artifact sets for its signed URLs.
 */
const OWN_COMMANDS = /^::(warning|error|debug|notice|add-mask)( [^:]*)?::/;

function commandLines(log: string): string[] {
  return log.split(/\r?\n/).filter((line) => /^\s*::/.test(line));
}

describe('workflow commands in the log', () => {
  let emulator: GitHubEmulator;
  let root: string;
  before(async () => {
    emulator = await startGitHubEmulator();
    root = mkdtempSync(join(tmpdir(), 'log-injection-'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('a feature named "x\\n::error title=Injected::owned\\n::add-mask::CRITICAL" starts no workflow command through the bundled action', async () => {
    const workspace = hostileWorkspace(root);
    const payload = webhookPayload('pull_request', emulator, {});
    const run = await runBundledAction({
      emulator,
      eventName: 'pull_request',
      payload,
      workspace,
      tempRoot: root,
      inputs: { ...HOSTILE_INPUTS, comment: 'always' },
    });
    assert.equal(run.exitCode, 0, describeRun(run));
    assert.match(run.outputs.severity, /^(MEDIUM|HIGH|CRITICAL)$/, describeRun(run));
    for (const line of commandLines(run.stdout + '\n' + run.stderr)) {
      assert.match(line, OWN_COMMANDS, `only drift-sentinel's own commands: ${line}`);
      assert.doesNotMatch(line, /::error title=Injected::|::add-mask::CRITICAL/, line);
    }
    // The name is still shown, made visible: ␊ for the newlines, `::` broken.
    assert.ok(run.stdout.includes('x␊:\u200B:error title=Injected:\u200B:owned'), run.stdout);
    const [drift] = warningAnnotations(run).filter((w) => w.startsWith('Data drift'));
    assert.ok(drift, describeRun(run));
    assert.doesNotMatch(drift, /\n/, 'the annotation holds the name on one line');
  });
});

test('the CLI writes an error that quotes data on one line that starts no workflow command', async () => {
  const root = mkdtempSync(join(tmpdir(), 'log-injection-cli-'));
  try {
    const workspace = hostileWorkspace(root);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk) => (err += chunk));
    const code = await runCli(
      [
        'check',
        '--reference-data',
        join(workspace, 'data/reference.csv'),
        '--recent-data',
        join(workspace, 'data/recent.csv'),
        '--categorical',
        'not-a-column',
        '--no-event-log',
      ],
      { stdout, stderr },
    );
    assert.equal(code, 2, err);
    assert.equal(err.trimEnd().split('\n').length, 1, err);
    assert.match(
      err,
      /^drift-sentinel: .*"x␊:\u200B:error title=Injected:\u200B:owned␊:\u200B:add-mask/,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('logLine keeps a line one line, breaks every "::" and cuts a 50 MB value to a readable length', () => {
  assert.equal(logLine('x\n::add-mask::CRITICAL'), 'x␊:\u200B:add-mask:\u200B:CRITICAL');
  assert.equal(logLine('\r::stop-commands::t'), '␍:\u200B:stop-commands:\u200B:t');
  const long = logLine('v'.repeat(50 * 1024 * 1024));
  assert.ok(long.length < 4100, String(long.length));
  assert.match(long, /… \(52,428,800 characters\)$/);
});
