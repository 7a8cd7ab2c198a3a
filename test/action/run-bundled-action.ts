/**
 * Runs the committed bundle (`dist/index.js`) as a runner would: a child process of the
 * current Node 24, the step environment from `runnerEnvironment`, pointed at a loopback
 * GitHub emulator. Returns what a workflow author can observe: exit code, log, outputs,
 * job summary, and the requests and dispatches the emulator saw during this run only,
 * so several runs can share one emulator.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type {
  GitHubEmulator,
  RecordedDispatch,
  RecordedRequest,
} from '../emulator/github-emulator.ts';
import { readOutputs, runnerEnvironment, webhookPayload } from '../emulator/runner-env.ts';
import type { PayloadVariant } from '../emulator/runner-env.ts';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUNDLE = join(REPO_ROOT, 'dist/index.js');

/** The job token the runner hands the action through `github-token`. */
export const JOB_TOKEN = 'ghs_jobtoken';

/** Inputs that make the repository's example data grade HIGH or CRITICAL. */
export const DRIFTED_EXAMPLE: Readonly<Record<string, string>> = {
  'reference-data': 'examples/data/reference.csv',
  'recent-data': 'examples/data/recent.csv',
  'recent-predictions': 'examples/data/predictions.npy',
  'recent-actuals': 'examples/data/actuals.npy',
  'baseline-metrics': 'examples/data/baseline-metrics.json',
  'exclude-columns': 'price',
};

/**
 * Every fourth row of examples/data/reference.csv without `price`: the same population
 * as the reference, so nothing drifts.
 */
export const UNDRIFTED_EXAMPLE: Readonly<Record<string, string>> = {
  'reference-data': 'examples/data/reference.csv',
  'recent-data': 'test/fixtures/action/recent-without-drift.csv',
  'exclude-columns': 'price',
};

/** Inputs the retraining workflow of every test declares. */
export const RETRAIN_INPUTS = ['event-id', 'severity', 'drift-type', 'reason'];

export interface BundledActionOptions {
  emulator: GitHubEmulator;
  eventName: 'schedule' | 'pull_request' | 'workflow_dispatch' | 'push';
  /** Action inputs by their action.yml names (defaults are NOT filled in, as on a runner they are). */
  inputs: Record<string, string>;
  /** Payload variant (fork, dispatch inputs); or a full payload. */
  variant?: PayloadVariant;
  payload?: Record<string, unknown>;
  /** Where temp dirs are created; one fresh RUNNER_TEMP per run below it. */
  tempRoot: string;
  token?: string;
  /** GITHUB_WORKSPACE and working directory of the step; default the repository root. */
  workspace?: string;
}

export interface BundledActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Requests the emulator recorded while this run was alive. */
  requests: RecordedRequest[];
  dispatches: RecordedDispatch[];
  /** Milliseconds from spawn to exit. */
  elapsedMs: number;
}

/**
 * The `default:` of every input in action.yml, which the runner passes as INPUT_* even
 * when the workflow sets nothing (@actions/core itself knows no defaults). `${{ ... }}`
 * expressions are left out: the runner evaluates them, and runnerEnvironment passes the
 * token.
 */
export function actionDefaults(): Record<string, string> {
  const action = load(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, input]) => input.default !== undefined && !String(input.default).includes('${{'))
      .map(([name, input]) => [name, String(input.default)]),
  );
}

export async function runBundledAction(options: BundledActionOptions): Promise<BundledActionRun> {
  const { emulator } = options;
  const tempDir = mkdtempSync(join(options.tempRoot, 'run-'));
  const payload =
    options.payload ?? webhookPayload(options.eventName, emulator, options.variant ?? {});
  const env = runnerEnvironment({
    emulator,
    eventName: options.eventName,
    payload,
    inputs: { ...actionDefaults(), ...options.inputs },
    workspace: options.workspace ?? REPO_ROOT,
    tempDir,
    token: options.token ?? JOB_TOKEN,
  });
  const firstRequest = emulator.requests.length;
  const firstDispatch = emulator.dispatches.length;
  const started = performance.now();
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: options.workspace ?? REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolveExit, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolveExit(code));
  });
  return {
    exitCode,
    stdout,
    stderr,
    outputs: readOutputs(env.GITHUB_OUTPUT as string),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
    requests: emulator.requests.slice(firstRequest),
    dispatches: emulator.dispatches.slice(firstDispatch),
    elapsedMs: performance.now() - started,
  };
}

/** The `::error::` workflow-command lines the run printed, unescaped. */
export function errorAnnotations(run: BundledActionRun): string[] {
  return annotations(run, 'error');
}

export function warningAnnotations(run: BundledActionRun): string[] {
  return annotations(run, 'warning');
}

function annotations(run: BundledActionRun, kind: 'error' | 'warning'): string[] {
  return run.stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) =>
      line
        .slice(line.indexOf('::', 2) + 2)
        .replaceAll('%0D', '\r')
        .replaceAll('%0A', '\n')
        .replaceAll('%25', '%'),
    );
}

/** For assertion messages: the log of a run that did not do what the test expected. */
export function describeRun(run: BundledActionRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}
