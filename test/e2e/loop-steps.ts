/**
 * A week of a real repository that uses drift-sentinel, played against the loopback
 * GitHub emulator and Azurite: every step runs the committed bundle (`dist/index.js`)
 * as a child process, with the environment, webhook payload, runtime token, temp
 * directory and file-command files a runner gives that one run. Shared by the
 * end-to-end test (which asserts) and `npm run demo` (which prints), so both play
 * exactly the same loop.
 *
 * @example
 * const loop = await startLoop();
 * try {
 *   for await (const step of playWeek(loop)) console.log(step.title, stepProblems(step));
 * } finally {
 *   await loop.stop();
 * }
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { EmulatedRun, GitHubEmulator, RecordedDispatch } from '../emulator/github-emulator.ts';
import { readOutputs, runnerEnvironment, webhookPayload } from '../emulator/runner-env.ts';
import type { PayloadVariant } from '../emulator/runner-env.ts';
import { readZip } from '../emulator/zip-archive.ts';
import {
  BUNDLE,
  DRIFTED_EXAMPLE,
  JOB_TOKEN,
  REPO_ROOT,
  RETRAIN_INPUTS,
  actionDefaults,
  describeRun,
} from '../action/run-bundled-action.ts';
import type { BundledActionRun } from '../action/run-bundled-action.ts';
import { startListingBarrier } from './listing-barrier.ts';

const execFileP = promisify(execFile);

/** The action's default `event-log-artifact`. */
export const EVENT_LOG_ARTIFACT = 'drift-sentinel-events';
/** The retraining workflow, declared with the inputs the check dispatches. */
export const RETRAIN_WORKFLOW = 'retrain.yml';
/** A child that runs longer than this is killed: a hung step must not hang the week. */
const STEP_TIMEOUT_MS = 60_000;

/** The repository's example data: buyers moved to bigger homes further out (HIGH or CRITICAL). */
export const DRIFTED_DATA: Readonly<Record<string, string>> = {
  ...DRIFTED_EXAMPLE,
  'retrain-workflow': RETRAIN_WORKFLOW,
};

/** Reference rows as "recent" data, scored by the deployed model: nothing drifts (NONE). */
export const QUIET_DATA: Readonly<Record<string, string>> = {
  'reference-data': 'examples/data/reference.csv',
  'recent-data': 'test/fixtures/e2e/recent-without-drift.csv',
  'recent-predictions': 'test/fixtures/e2e/predictions-without-drift.npy',
  'recent-actuals': 'test/fixtures/e2e/actuals-without-drift.npy',
  'baseline-metrics': 'examples/data/baseline-metrics.json',
  'exclude-columns': 'price',
  'retrain-workflow': RETRAIN_WORKFLOW,
};

/**
 * After the promote step: the same recent data, scored by the deployed (new) model,
 * against the reference and baseline the promote step committed.
 */
export const CURRENT_DATA: Readonly<Record<string, string>> = {
  ...DRIFTED_DATA,
  'recent-predictions': 'examples/data/predictions.json',
};

/** Where the example training script leaves the candidate model, and where the promote step deploys it. */
const CANDIDATE_MODEL = 'models/candidate.json';
const DEPLOYED_MODEL = 'models/current.json';

/** The retraining step of examples/workflows/retrain.yml, with the example script as the model's training. */
export const RETRAIN_STEP: Readonly<Record<string, string>> = {
  mode: 'retrain',
  'reference-data': 'examples/data/reference.csv',
  'recent-data': 'examples/data/recent.csv',
  'recent-actuals': 'examples/data/actuals.npy',
  'baseline-metrics': 'examples/data/baseline-metrics.json',
  'train-command': `node examples/train/train.mjs --model-out ${CANDIDATE_MODEL}`,
  'train-timeout-minutes': '5',
  'cost-per-minute': '0.008',
  'max-regression': '0.02',
};

/** The quick reference's four queries, verbatim. */
export const QUICK_REFERENCE_QUERIES = [
  'SELECT * FROM model_retraining_events ORDER BY triggered_at DESC LIMIT 10;',
  'SELECT trigger_type, COUNT(*) FROM model_retraining_events GROUP BY trigger_type;',
  'SELECT * FROM model_retraining_events WHERE execution_successful = TRUE ORDER BY triggered_at DESC;',
  'SELECT triggered_at, trigger_type, improvement_r2_percent, improvement_rmse_percent FROM model_retraining_events WHERE execution_successful = TRUE;',
] as const;

/** One emulator + Azurite for the whole week, and a temp root every run's directories go below. */
export interface Loop {
  emulator: GitHubEmulator;
  tempRoot: string;
  /**
   * The repository's checkout (`GITHUB_WORKSPACE`): copies of the example data, the
   * training script and the e2e fixtures, which the week's promote step updates as a
   * real promote step commits to the repository.
   */
  workspace: string;
  /** Runs of the action still going; `stop()` ends them, so an interrupted week leaves none behind. */
  readonly children: Set<ChildProcess>;
  /** Ends running steps, stops the emulator and Azurite, removes the temp root. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startLoop(): Promise<Loop> {
  const emulator = await startGitHubEmulator({ owner: 'acme', repo: 'house-prices' });
  emulator.addWorkflow(RETRAIN_WORKFLOW, { inputs: RETRAIN_INPUTS });
  const tempRoot = mkdtempSync(join(tmpdir(), 'drift-sentinel-week-'));
  const workspace = join(tempRoot, 'workspace');
  for (const part of ['examples/data', 'examples/train', 'test/fixtures/e2e']) {
    cpSync(join(REPO_ROOT, part), join(workspace, part), { recursive: true });
  }
  const children = new Set<ChildProcess>();
  let stopping: Promise<void> | undefined;
  return {
    emulator,
    tempRoot,
    workspace,
    children,
    stop() {
      stopping ??= (async () => {
        try {
          await Promise.all([...children].map((child) => endChild(child)));
          await emulator.stop();
        } finally {
          rmSync(tempRoot, { recursive: true, force: true });
        }
      })();
      return stopping;
    },
  };
}

/** SIGTERM, then SIGKILL after two seconds; resolves when the child has exited. */
async function endChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 2_000);
  await exited;
  clearTimeout(killer);
}

/** One run of the bundled action, as a workflow author sees it. */
export interface LoopRun extends BundledActionRun {
  /** What the run is, for headings and assertion messages. */
  label: string;
  eventName: string;
  /** `GITHUB_RUN_ID`. */
  runId: number;
  /** Action inputs as the workflow set them (defaults left out). */
  inputs: Record<string, string>;
  /** Ids of the event-log artifacts this run uploaded. */
  uploaded: number[];
  /** Ids of the snapshots it merged at the start, newest first, read from its log. */
  restored: number[];
}

interface RunSpec {
  label: string;
  eventName: 'schedule' | 'pull_request' | 'workflow_dispatch';
  inputs: Record<string, string>;
  variant?: PayloadVariant;
  payload?: Record<string, unknown>;
  /** The run the step belongs to (a dispatched run); default a fresh one. */
  run?: EmulatedRun;
  /** `GITHUB_API_URL` when REST should go through a proxy (the race's barrier). */
  apiUrl?: string;
}

/** Runs `dist/index.js` once, as the runner runs a `uses:` step. */
export async function runAction(loop: Loop, spec: RunSpec): Promise<LoopRun> {
  const { emulator } = loop;
  const tempDir = mkdtempSync(join(loop.tempRoot, 'runner-temp-'));
  const payload = spec.payload ?? webhookPayload(spec.eventName, emulator, spec.variant ?? {});
  const env = runnerEnvironment({
    emulator,
    eventName: spec.eventName,
    payload,
    inputs: { ...actionDefaults(), ...spec.inputs },
    workspace: loop.workspace,
    tempDir,
    token: JOB_TOKEN,
    run: spec.run,
  });
  if (spec.apiUrl) env.GITHUB_API_URL = spec.apiUrl;
  const runId = Number(env.GITHUB_RUN_ID);
  const firstRequest = emulator.requests.length;
  const firstDispatch = emulator.dispatches.length;
  const started = performance.now();
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: loop.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: STEP_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  loop.children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  }).finally(() => loop.children.delete(child));
  return {
    label: spec.label,
    eventName: spec.eventName,
    runId,
    inputs: spec.inputs,
    exitCode,
    stdout,
    stderr,
    outputs: readOutputs(env.GITHUB_OUTPUT as string),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
    // Concurrent runs share these; the race step tells them apart by event id.
    requests: emulator.requests.slice(firstRequest),
    dispatches: emulator.dispatches.slice(firstDispatch),
    elapsedMs: performance.now() - started,
    uploaded: emulator.artifacts
      .filter((a) => a.runId === runId && a.uploaded && a.name === EVENT_LOG_ARTIFACT)
      .map((a) => a.id),
    restored: restoredSnapshots(stdout),
  };
}

/** Snapshot ids from the restore line ("Event log: merged 2 snapshots (#3, #1) into ..."). */
export function restoredSnapshots(stdout: string): number[] {
  const merged = /Event log: merged \d+ snapshots? \(([^)]*)\)/.exec(stdout);
  return merged ? [...merged[1].matchAll(/#(\d+)/g)].map((m) => Number(m[1])) : [];
}

/** The dispatch a detect run made (matched by the event id it reported). */
export function dispatchOf(run: LoopRun): RecordedDispatch | undefined {
  const eventId = run.outputs['event-id'];
  return run.dispatches.find((d) => eventId && d.inputs['event-id'] === eventId);
}

/** One day (or a few hours) of the week, with everything the runs left behind. */
export type WeekStep =
  | { kind: 'quiet-checks'; title: string; runs: [LoopRun, LoopRun] }
  | { kind: 'drift-check'; title: string; run: LoopRun; dispatch: RecordedDispatch }
  | {
      kind: 'held-in-flight';
      title: string;
      run: LoopRun;
      /** The event the check found in flight (the drift check's). */
      inFlightEventId: string;
    }
  | {
      kind: 'held-running';
      title: string;
      /** A scheduled check while the retraining trains, after its start snapshot. */
      run: LoopRun;
      inFlightEventId: string;
      /** The retraining run it found running. */
      retrainRunId: number;
    }
  | { kind: 'retraining'; title: string; dispatch: RecordedDispatch; run: LoopRun }
  | { kind: 'held-cooldown'; title: string; run: LoopRun; promotedEventId: string }
  | {
      kind: 'pull-request';
      title: string;
      run: LoopRun;
      pullNumber: number;
      comments: { body?: string; html_url: string; user: { login: string } | null }[];
    }
  | {
      kind: 'converged';
      title: string;
      /** What the promote step replaced in the repository, as `from → to` lines. */
      promoted: string[];
      run: LoopRun;
    }
  | {
      kind: 'failed-retraining';
      title: string;
      forced: LoopRun;
      dispatch: RecordedDispatch;
      run: LoopRun;
    }
  | {
      kind: 'race';
      title: string;
      /** The forced check whose retraining never starts. */
      forced: LoopRun;
      dispatch: RecordedDispatch;
      /** Two forced checks racing while that retraining is in flight. */
      runs: [LoopRun, LoopRun];
      /** Listings the barrier held until both runs had listed (2 unless it timed out). */
      heldListings: number;
      barrierTimedOut: boolean;
    }
  | {
      kind: 'lost';
      title: string;
      /** The next check, with a short in-flight-timeout-minutes standing in for six hours. */
      run: LoopRun;
      lostEventId: string;
      dispatch: RecordedDispatch;
    }
  | {
      kind: 'event-log';
      title: string;
      /** The newest event-log artifact, the one downloaded. */
      artifactId: number;
      /** The downloaded `events.db`. */
      path: string;
      answers: QueryAnswer[];
    };

/** A query's answer through the sqlite3 shell: parsed (`-json`) and as the shell prints it (`-header -column`). */
export interface QueryAnswer {
  sql: string;
  rows: Record<string, unknown>[];
  table: string;
}

/**
 * Plays the week step by step. Each step is yielded once its runs have exited, so the
 * caller can assert or print before the next starts. Throws only when the week cannot
 * go on (e.g. the drift check dispatched nothing, so there is no retraining to run).
 */
export async function* playWeek(loop: Loop): AsyncGenerator<WeekStep, void, undefined> {
  const { emulator } = loop;

  const monday = await runAction(loop, {
    label: 'scheduled check (no drift)',
    eventName: 'schedule',
    inputs: { ...QUIET_DATA },
  });
  const mondayLater = await runAction(loop, {
    label: 'scheduled check (no drift), six hours later',
    eventName: 'schedule',
    inputs: { ...QUIET_DATA },
  });
  yield {
    kind: 'quiet-checks',
    title: 'Monday 00:00 and 06:00 · two scheduled checks, nothing drifted',
    runs: [monday, mondayLater],
  };

  const drift = await runAction(loop, {
    label: 'scheduled check (drifted data)',
    eventName: 'schedule',
    inputs: { ...DRIFTED_DATA },
  });
  const driftDispatch = requireDispatch(drift);
  yield {
    kind: 'drift-check',
    title: 'Tuesday 12:00 · scheduled check: buyers moved to bigger homes further out',
    run: drift,
    dispatch: driftDispatch,
  };

  yield {
    kind: 'held-in-flight',
    title: 'Tuesday 18:00 · next scheduled check while that retraining is still queued',
    run: await runAction(loop, {
      label: 'scheduled check (same data, retraining in flight)',
      eventName: 'schedule',
      inputs: { ...DRIFTED_DATA },
    }),
    inFlightEventId: String(driftDispatch.inputs['event-id']),
  };

  // The training takes a few seconds longer here, so a check can run while it trains.
  const training = retrainingRun(loop, driftDispatch, 'retraining run (example training script)', {
    'train-command': `sleep ${TRAINING_SECONDS} && ${RETRAIN_STEP['train-command']}`,
  });
  await startSnapshot(loop, driftDispatch);
  const duringTraining = await runAction(loop, {
    label: 'scheduled check (same data, retraining running)',
    eventName: 'schedule',
    inputs: { ...DRIFTED_DATA },
  });
  const retraining = await training;
  yield {
    kind: 'held-running',
    title: `Tuesday 18:03 · ${RETRAIN_WORKFLOW}, dispatched by the 12:00 check, started at 18:01; a check while it trains`,
    run: duringTraining,
    inFlightEventId: String(driftDispatch.inputs['event-id']),
    retrainRunId: retraining.runId,
  };
  yield {
    kind: 'retraining',
    title: `Tuesday 18:10 · that ${RETRAIN_WORKFLOW} run ends: trained with the example script, validated, promoted`,
    dispatch: driftDispatch,
    run: retraining,
  };

  yield {
    kind: 'held-cooldown',
    title: 'Wednesday 00:00 · next scheduled check, nobody has updated the reference yet',
    run: await runAction(loop, {
      label: 'scheduled check (same reference and baseline as before the promotion)',
      eventName: 'schedule',
      inputs: { ...DRIFTED_DATA },
    }),
    promotedEventId: String(driftDispatch.inputs['event-id']),
  };

  const pullPayload = webhookPayload('pull_request', emulator);
  const pullNumber = (pullPayload.pull_request as { number: number }).number;
  const pull = await runAction(loop, {
    label: `pull-request check (#${pullNumber})`,
    eventName: 'pull_request',
    inputs: { ...DRIFTED_DATA, comment: 'auto' },
    payload: pullPayload,
  });
  yield {
    kind: 'pull-request',
    title: `Wednesday · pull request #${pullNumber} updates the recent data`,
    run: pull,
    pullNumber,
    comments: emulator.comments(emulator.owner, emulator.repo, pullNumber),
  };

  const forced = await runAction(loop, {
    label: 'forced retrain (workflow_dispatch, force-retrain: true)',
    eventName: 'workflow_dispatch',
    variant: { inputs: { force: 'true' }, workflowFile: 'drift-check.yml' },
    // The reference and baseline of Tuesday's promoted retraining: the cooldown holds,
    // and force-retrain passes it.
    inputs: { ...QUIET_DATA, 'force-retrain': 'true' },
  });
  const forcedDispatch = requireDispatch(forced);
  yield {
    kind: 'failed-retraining',
    title:
      'Wednesday 09:00 · someone forces a retrain anyway (force passes the cooldown); the training script crashes on both attempts',
    forced,
    dispatch: forcedDispatch,
    run: await retrainingRun(loop, forcedDispatch, 'retraining run (script fails on purpose)', {
      'train-command': 'node examples/train/train.mjs --fail',
    }),
  };

  const promoted = await promoteStep(loop, retraining);
  yield {
    kind: 'converged',
    title:
      'Thursday · the promote step commits the new reference and baseline, the new model is deployed; the next check',
    promoted,
    run: await runAction(loop, {
      label: 'scheduled check (new reference, baseline and model)',
      eventName: 'schedule',
      inputs: { ...CURRENT_DATA },
    }),
  };

  const queued = await runAction(loop, {
    label: 'forced retrain whose run never starts',
    eventName: 'workflow_dispatch',
    variant: { inputs: { force: 'true' }, workflowFile: 'drift-check.yml' },
    inputs: { ...CURRENT_DATA, 'force-retrain': 'true' },
  });
  const queuedDispatch = requireDispatch(queued);
  // Both runs list the artifacts before either uploads, so both merge the same snapshot.
  const barrier = await startListingBarrier(emulator.url, 2);
  let racers: [LoopRun, LoopRun];
  try {
    racers = (await Promise.all(
      (['A', 'B'] as const).map((name) =>
        runAction(loop, {
          label: `forced check ${name} (racing, retraining in flight)`,
          eventName: 'workflow_dispatch',
          variant: { inputs: { force: 'true' }, workflowFile: 'drift-check.yml' },
          inputs: { ...CURRENT_DATA, 'force-retrain': 'true' },
          apiUrl: barrier.url,
        }),
      ),
    )) as [LoopRun, LoopRun];
  } finally {
    await barrier.stop();
  }
  yield {
    kind: 'race',
    title:
      'Friday · a forced retraining stays queued (runner outage); two more forced checks race each other meanwhile',
    forced: queued,
    dispatch: queuedDispatch,
    runs: racers,
    heldListings: barrier.held,
    barrierTimedOut: barrier.timedOut,
  };

  // Six hours (in-flight-timeout-minutes 360) stand in as three seconds here.
  const timeoutSeconds = 3;
  const queuedAt = Date.parse(
    (await snapshotEvent(loop, queued, String(queuedDispatch.inputs['event-id']))) ??
      new Date().toISOString(),
  );
  const wait = queuedAt + timeoutSeconds * 1000 + 250 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const saturday = await runAction(loop, {
    label: `forced check after the timeout (in-flight-timeout-minutes ${timeoutSeconds / 60})`,
    eventName: 'workflow_dispatch',
    variant: { inputs: { force: 'true' }, workflowFile: 'drift-check.yml' },
    inputs: {
      ...CURRENT_DATA,
      'force-retrain': 'true',
      'in-flight-timeout-minutes': String(timeoutSeconds / 60),
    },
  });
  yield {
    kind: 'lost',
    title:
      "Saturday · Friday's retraining never started: the next check marks it lost and dispatches again",
    run: saturday,
    lostEventId: String(queuedDispatch.inputs['event-id']),
    dispatch: requireDispatch(saturday),
  };

  const newest = emulator.artifacts
    .filter((a) => a.uploaded && a.name === EVENT_LOG_ARTIFACT)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)[0];
  if (!newest) throw new Error(`playWeek: no '${EVENT_LOG_ARTIFACT}' artifact was uploaded`);
  const path = await downloadEventLog(loop, newest.id);
  const answers: QueryAnswer[] = [];
  for (const sql of QUICK_REFERENCE_QUERIES) answers.push(await querySqlite(path, sql));
  yield {
    kind: 'event-log',
    title: 'Sunday · the event log from the last artifact, through the sqlite3 shell',
    artifactId: newest.id,
    path,
    answers,
  };
}

/** How long the Tuesday training waits before it starts, so a check can run meanwhile. */
const TRAINING_SECONDS = 12;

/**
 * Waits until the retraining run for `dispatch` has uploaded its start snapshot (the
 * event `running`), which a check then restores.
 */
async function startSnapshot(loop: Loop, dispatch: RecordedDispatch): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const uploaded = loop.emulator.artifacts.some(
      (a) => a.runId === dispatch.runId && a.uploaded && a.name === EVENT_LOG_ARTIFACT,
    );
    if (uploaded) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the retraining run ${dispatch.runId} uploaded no start snapshot`);
}

/** `triggered_at` of an event in the snapshot a run uploaded. */
async function snapshotEvent(
  loop: Loop,
  run: LoopRun,
  eventId: string,
): Promise<string | undefined> {
  const artifactId = run.uploaded[0];
  if (artifactId === undefined) return undefined;
  const { rows } = await querySqlite(
    await downloadEventLog(loop, artifactId),
    `SELECT triggered_at FROM model_retraining_events WHERE event_id = '${eventId}';`,
  );
  return rows[0]?.triggered_at as string | undefined;
}

/**
 * The promote step of examples/workflows/retrain.yml, as a commit would leave the
 * checkout: the retraining's `new-reference-data` and `new-baseline-metrics` replace the
 * reference and the baseline, and the candidate model is deployed (here: it scores the
 * recent rows, as production would, into the predictions the next check reads).
 */
async function promoteStep(loop: Loop, retraining: LoopRun): Promise<string[]> {
  const newReference = retraining.outputs['new-reference-data'];
  const newBaseline = retraining.outputs['new-baseline-metrics'];
  if (retraining.outputs.promote !== 'true' || !newReference || !newBaseline) {
    throw new Error(
      `${retraining.label} did not promote a model with new-reference-data and new-baseline-metrics.\n${describeRun(retraining)}`,
    );
  }
  const into = (path: string) => join(loop.workspace, path);
  copyFileSync(newReference, into('examples/data/reference.csv'));
  copyFileSync(newBaseline, into('examples/data/baseline-metrics.json'));
  mkdirSync(dirname(into(DEPLOYED_MODEL)), { recursive: true });
  copyFileSync(into(CANDIDATE_MODEL), into(DEPLOYED_MODEL));
  await execFileP(
    process.execPath,
    [
      'examples/train/predict.mjs',
      '--model',
      DEPLOYED_MODEL,
      '--data',
      'examples/data/recent.csv',
      '--out',
      CURRENT_DATA['recent-predictions'],
    ],
    { cwd: loop.workspace },
  );
  return [
    `new-reference-data → examples/data/reference.csv`,
    `new-baseline-metrics → examples/data/baseline-metrics.json`,
    `${CANDIDATE_MODEL} → ${DEPLOYED_MODEL}, which now scores the recent rows into ${CURRENT_DATA['recent-predictions']}`,
  ];
}

function requireDispatch(run: LoopRun): RecordedDispatch {
  const dispatch = dispatchOf(run);
  if (!dispatch) {
    throw new Error(
      `${run.label} (run ${run.runId}) dispatched no retraining, so the week cannot go on.\n${describeRun(run)}`,
    );
  }
  return dispatch;
}

/** The retraining workflow's run for a dispatch: event `workflow_dispatch`, its inputs in the payload. */
async function retrainingRun(
  loop: Loop,
  dispatch: RecordedDispatch,
  label: string,
  overrides: Record<string, string> = {},
): Promise<LoopRun> {
  const { emulator } = loop;
  const run =
    emulator.runs.find((r) => r.id === dispatch.runId) ??
    emulator.createRun({ event: 'workflow_dispatch', workflowId: RETRAIN_WORKFLOW });
  const inputs = Object.fromEntries(
    Object.entries(dispatch.inputs).map(([name, value]) => [name, String(value)]),
  );
  return runAction(loop, {
    label,
    eventName: 'workflow_dispatch',
    variant: { inputs, workflowFile: RETRAIN_WORKFLOW },
    // As retrain.yml passes it: `event-id: ${{ inputs.event-id }}`.
    inputs: { ...RETRAIN_STEP, 'event-id': inputs['event-id'] ?? '', ...overrides },
    run,
  });
}

/**
 * Downloads an artifact the way a person does (REST `GET .../artifacts/{id}/zip`, which
 * redirects to the blob) and writes its `events.db` to a file under the loop's temp root.
 */
export async function downloadEventLog(loop: Loop, artifactId: number): Promise<string> {
  const { emulator } = loop;
  const url = `${emulator.url}/repos/${emulator.owner}/${emulator.repo}/actions/artifacts/${artifactId}/zip`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${JOB_TOKEN}` } });
  if (!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  }
  const files = readZip(new Uint8Array(await response.arrayBuffer()));
  const database = files.get('events.db');
  if (!database) {
    throw new Error(
      `artifact ${artifactId} holds ${[...files.keys()].join(', ') || 'nothing'}; expected events.db`,
    );
  }
  const file = join(mkdtempSync(join(loop.tempRoot, 'download-')), `events-${artifactId}.db`);
  writeFileSync(file, database);
  return file;
}

/**
 * The `sqlite3` shell on PATH. The quick reference's queries are for that shell, so the
 * week asks it, not better-sqlite3.
 *
 * @throws Error naming the package to install when it is missing.
 */
export function findSqlite3(): string {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (!directory) continue;
    const candidate = join(directory, 'sqlite3');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(
    `The sqlite3 shell is not on PATH (${process.env.PATH ?? ''}). The event log's quick-reference queries must run in it unchanged; install it (Debian/Ubuntu: apt-get install sqlite3, macOS: it ships with the system).`,
  );
}

/** Runs one statement through the sqlite3 shell, read-only, in JSON and in the shell's column layout. */
export async function querySqlite(database: string, sql: string): Promise<QueryAnswer> {
  const shell = findSqlite3();
  const [json, column] = await Promise.all([
    execFileP(shell, ['-readonly', '-json', database, sql]),
    execFileP(shell, ['-readonly', '-header', '-column', database, sql]),
  ]);
  // The shell prints nothing at all, not "[]", when no row matches.
  const text = json.stdout.trim();
  return {
    sql,
    rows: text === '' ? [] : (JSON.parse(text) as Record<string, unknown>[]),
    table: column.stdout,
  };
}

/**
 * What a step should have done, as sentences; empty when it did. The demo exits
 * non-zero on any; the test asserts there are none before looking closer.
 */
export function stepProblems(step: WeekStep): string[] {
  const problems: string[] = [];
  const expectExit = (run: LoopRun, code: number) => {
    if (run.exitCode !== code) {
      problems.push(`${run.label} exited ${run.exitCode}, expected ${code}.\n${describeRun(run)}`);
    }
  };
  const expectUpload = (run: LoopRun) => {
    if (run.uploaded.length !== 1) {
      problems.push(
        `${run.label} uploaded ${run.uploaded.length} event-log artifacts, expected 1.`,
      );
    }
  };
  const expectHeld = (run: LoopRun, guard: string) => {
    if (run.dispatches.length > 0) problems.push(`${run.label} dispatched retraining.`);
    if (run.outputs['suppressed-by'] !== guard)
      problems.push(
        `${run.label}: suppressed-by '${run.outputs['suppressed-by']}', expected '${guard}'.`,
      );
  };
  switch (step.kind) {
    case 'quiet-checks':
      for (const run of step.runs) {
        expectExit(run, 0);
        expectUpload(run);
        if (run.outputs.severity !== 'NONE')
          problems.push(`${run.label}: severity ${run.outputs.severity}, expected NONE.`);
        if (run.dispatches.length > 0) problems.push(`${run.label} dispatched retraining.`);
      }
      break;
    case 'drift-check':
      expectExit(step.run, 0);
      expectUpload(step.run);
      if (!/^(HIGH|CRITICAL)$/.test(step.run.outputs.severity ?? ''))
        problems.push(
          `${step.run.label}: severity ${step.run.outputs.severity}, expected HIGH or CRITICAL.`,
        );
      if (step.run.dispatches.length !== 1)
        problems.push(
          `${step.run.label} made ${step.run.dispatches.length} dispatches, expected 1.`,
        );
      break;
    case 'held-in-flight':
      expectExit(step.run, 0);
      expectUpload(step.run);
      expectHeld(step.run, 'in_flight');
      break;
    case 'held-running':
      expectExit(step.run, 0);
      expectUpload(step.run);
      expectHeld(step.run, 'in_flight');
      break;
    case 'held-cooldown':
      expectExit(step.run, 0);
      expectUpload(step.run);
      expectHeld(step.run, 'cooldown');
      break;
    case 'retraining':
      expectExit(step.run, 0);
      expectUpload(step.run);
      if (step.run.outputs.status !== 'succeeded' || step.run.outputs.promote !== 'true')
        problems.push(
          `${step.run.label}: status ${step.run.outputs.status}, promote ${step.run.outputs.promote}; expected succeeded, true.`,
        );
      break;
    case 'pull-request':
      expectExit(step.run, 0);
      expectUpload(step.run);
      if (step.run.dispatches.length > 0) problems.push(`${step.run.label} dispatched retraining.`);
      if (step.comments.length !== 1)
        problems.push(`${step.run.label} left ${step.comments.length} comments, expected 1.`);
      break;
    case 'converged':
      expectExit(step.run, 0);
      expectUpload(step.run);
      if (!/^(NONE|LOW)$/.test(step.run.outputs.severity ?? ''))
        problems.push(
          `${step.run.label}: severity ${step.run.outputs.severity}, expected NONE or LOW after the promotion.`,
        );
      if (step.run.dispatches.length > 0) problems.push(`${step.run.label} dispatched retraining.`);
      break;
    case 'failed-retraining':
      expectExit(step.forced, 0);
      expectUpload(step.forced);
      expectExit(step.run, 1);
      expectUpload(step.run);
      if (step.run.outputs.status !== 'failed')
        problems.push(`${step.run.label}: status ${step.run.outputs.status}, expected failed.`);
      break;
    case 'race':
      expectExit(step.forced, 0);
      expectUpload(step.forced);
      for (const run of step.runs) {
        expectExit(run, 0);
        expectUpload(run);
        expectHeld(run, 'in_flight');
      }
      if (step.heldListings !== 2 || step.barrierTimedOut)
        problems.push(
          `the racing runs did not both list the artifacts before uploading (held ${step.heldListings}, timed out ${step.barrierTimedOut}).`,
        );
      break;
    case 'lost':
      expectExit(step.run, 0);
      expectUpload(step.run);
      if (step.run.dispatches.length !== 1)
        problems.push(
          `${step.run.label} made ${step.run.dispatches.length} dispatches, expected 1.`,
        );
      break;
    case 'event-log':
      if (step.answers.length !== QUICK_REFERENCE_QUERIES.length)
        problems.push(`only ${step.answers.length} of the quick-reference queries answered.`);
      else if (step.answers[0].rows.length === 0)
        problems.push('the event log has no retraining events.');
      break;
  }
  return problems;
}
