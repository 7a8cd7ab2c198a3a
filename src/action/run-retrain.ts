/**
 * `mode: retrain`: restore the event log from its artifacts, run the retraining
 * executor, upload the log, write outputs and the job summary. Fails the step (by
 * throwing to main.ts) when training failed; a rejected model is a valid outcome
 * (`promote=false`), not a failure.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { writeTrainingSetProfile } from '../engines/engine-sources.ts';
import * as core from '@actions/core';
import { logLine } from '../report/escape.ts';
import { context } from '@actions/github';
import { loadBaselineMetrics } from '../data/parse-baseline-metrics.ts';
import type { GitHubClient } from '../github/octokit.ts';
import { renderRetrainingMarkdown } from '../retrain/render-retraining-result.ts';
import { runRetraining } from '../retrain/run-retraining.ts';
import type {
  RetrainingOptions,
  RetrainingResult,
  RetrainingTrigger,
} from '../retrain/run-retraining.ts';
import type { RestoredEventLog } from '../github/event-log-store.ts';
import { InputError } from '../shared/input-error.ts';
import type { ActionSettings } from './input-helper.ts';
import type { RunContext } from './run-context.ts';
import {
  eventLogSession,
  keyMetricsSection,
  skippedSnapshotWarnings,
} from './event-log-session.ts';
import type { EventLogSession } from './event-log-session.ts';
import { writePromotionFiles, type PromotionFiles } from '../retrain/promotion-files.ts';
import { inputFingerprints } from './input-fingerprints.ts';
import { retrainModelKey } from './model-key.ts';

/**
 * What the dispatching check passed in the `workflow_dispatch` payload (`event-id`,
 * `severity`, `drift-type`, `reason`, as main.ts dispatches them). Read from the event
 * payload rather than action inputs, so the retraining workflow only has to declare
 * the inputs, not forward each one to the step.
 */
export function dispatchedTrigger(payloadInputs: unknown): RetrainingTrigger & {
  eventId?: string;
} {
  const inputs =
    typeof payloadInputs === 'object' && payloadInputs !== null
      ? (payloadInputs as Record<string, unknown>)
      : {};
  const text = (name: string) =>
    typeof inputs[name] === 'string' && inputs[name] !== '' ? (inputs[name] as string) : undefined;
  return {
    eventId: text('event-id'),
    severity: text('severity'),
    driftType: text('drift-type'),
    reason: text('reason'),
  };
}

function requireInput(value: string, name: string, expected: string): string {
  if (!value) {
    throw new InputError(
      `Input required in mode retrain and not supplied: ${name}. Expected ${expected}.`,
    );
  }
  return value;
}

/**
 * Phases: read the retrain inputs, restore the log, retrain (the executor's own
 * phases), record (upload the log), publish outputs and summary, and fail the step
 * when training failed or the upload did. A bug in the executor propagates after the
 * log is uploaded, with the event still `running`.
 */
export async function runRetrain(
  settings: ActionSettings,
  ctx: RunContext,
  octokit: GitHubClient,
): Promise<void> {
  const request = await retrainRequest(settings, ctx);
  const session = eventLogSession(settings, ctx, octokit);
  const restored = await session.restore();
  core.setOutput('event-log', restored.path);
  let outcome: RetrainOutcome | undefined;
  let saveError: Error | undefined;
  try {
    outcome = await retrainAndPromote(settings, request, session, restored);
  } finally {
    // Uploaded even when the executor threw: the log then still records the run as running.
    // A failed upload must not hide the training outcome: outputs and summary come first.
    saveError = await record(session, restored, outcome?.result);
  }
  const { result, promotion, keyMetrics } = outcome;
  await publish(result, promotion, keyMetrics, restored, saveError);
  const failures = [
    ...(result.status === 'failed'
      ? [`drift-sentinel retraining failed (event ${result.event.eventId}): ${result.error}`]
      : []),
    ...(saveError ? [saveError.message] : []),
  ];
  if (failures.length > 0) throw new Error(failures.join(' '));
}

/** What the retrain-and-promote phase produced. */
interface RetrainOutcome {
  readonly result: RetrainingResult;
  readonly promotion?: PromotionFiles;
  readonly keyMetrics: string;
}

/**
 * Phase retrain and promote: run the training (its snapshot is uploaded as soon as the
 * event is running), then, for a promoted model, write the new baseline metrics, the new
 * reference data and, if asked, its profile.
 */
async function retrainAndPromote(
  settings: ActionSettings,
  request: Awaited<ReturnType<typeof retrainRequest>>,
  session: EventLogSession,
  restored: RestoredEventLog,
): Promise<RetrainOutcome> {
  const result = await runRetraining({
    ...request,
    eventLog: restored.eventLog,
    workDir: session.workDir,
    onRunning: async (event) => {
      // The log is otherwise uploaded only at the end: until then a check would see the
      // event as dispatched and could not link this run or know its deadline.
      try {
        await session.uploadSnapshot(restored);
        core.info(`Event ${event.eventId} is running: snapshot uploaded for checks meanwhile.`);
      } catch (error) {
        core.warning(
          `The event log could not be uploaded at the start of the retraining (${(error as Error).message}); checks until it ends see event ${event.eventId} as dispatched.`,
        );
      }
    },
  });
  const keyMetrics = keyMetricsSection(restored.eventLog);
  if (!(result.promote && result.prepared && result.event.metricsAfter)) {
    return { result, keyMetrics };
  }
  const promotion = await writePromotionFiles({
    directory: session.workDir,
    metricsAfter: result.event.metricsAfter,
    prepared: result.prepared,
    newReference: settings.newReference,
  });
  core.info(
    logLine(
      `New baseline metrics: ${promotion.newBaselineMetrics}; new reference data (${settings.newReference}): ${promotion.newReferenceData}. Commit them in the promote step so the next checks compare against this model.`,
    ),
  );
  if (settings.profileOutput) {
    const bytes = await writeTrainingSetProfile(
      promotion.newReferenceData,
      settings.profileOutput,
      packageJson.version,
    );
    core.info(
      logLine(
        `Reference profile of the new reference data: ${settings.profileOutput} (${bytes} bytes)`,
      ),
    );
  }
  return { result, promotion, keyMetrics };
}

/** Phase inputs: the executor's options from the action inputs and the dispatch payload. */
async function retrainRequest(
  settings: ActionSettings,
  ctx: RunContext,
): Promise<Omit<RetrainingOptions, 'eventLog' | 'workDir'>> {
  const referenceData = requireInput(
    settings.sources.referenceData,
    'reference-data',
    'a path to a CSV file',
  );
  const recentData = requireInput(
    settings.sources.recentData,
    'recent-data',
    'a path to a CSV file',
  );
  const trainCommand = requireInput(
    settings.trainCommand,
    'train-command',
    'a shell command that trains the model',
  );
  const trigger = dispatchedTrigger((context.payload as { inputs?: unknown }).inputs);
  return {
    eventId: settings.eventId || trigger.eventId,
    trigger,
    sources: {
      referenceData,
      recentData,
      recentActuals: settings.sources.recentActuals,
      targetColumn: settings.sources.targetColumn,
      categorical: settings.sources.categorical,
      numeric: settings.sources.numeric,
      naValues: settings.sources.naValues,
      encoding: settings.sources.encoding,
      delimiter: settings.sources.delimiter,
    },
    trainCommand,
    trainTimeoutMinutes: settings.trainTimeoutMinutes,
    trainRetries: settings.trainRetries,
    model: retrainModelKey({
      model: settings.model,
      workflowRef: process.env.GITHUB_WORKFLOW_REF ?? '',
    }),
    fingerprints: await inputFingerprints({
      referenceData,
      baselineMetrics: settings.sources.baselineMetrics,
    }),
    metricsFile: settings.metricsFile || undefined,
    baselineMetrics: settings.sources.baselineMetrics
      ? await loadBaselineMetrics(settings.sources.baselineMetrics)
      : undefined,
    maxRegression: settings.maxRegression,
    costPerMinute: settings.costPerMinute,
    run: {
      repository: `${ctx.owner}/${ctx.repo}`,
      commitSha: ctx.sha,
      runId: ctx.runId,
      runUrl: ctx.runUrl,
    },
    cwd: process.env.GITHUB_WORKSPACE || undefined,
    log: (message: string) => core.info(logLine(message)),
  };
}

/** Phase record: upload the log; a failure is returned so the outcome is still published. */
async function record(
  session: EventLogSession,
  restored: RestoredEventLog,
  result: RetrainingResult | undefined,
): Promise<Error | undefined> {
  try {
    await session.save(restored);
    return undefined;
  } catch (error) {
    // Without a result the executor threw and its error fails the step; log this one too.
    if (result === undefined) core.error((error as Error).message);
    return error as Error;
  }
}

/** Phase publish: outputs and the job summary with the key metrics. */
async function publish(
  result: RetrainingResult,
  promotion: PromotionFiles | undefined,
  keyMetrics: string,
  restored: RestoredEventLog,
  saveError: Error | undefined,
): Promise<void> {
  core.setOutput('event-id', result.event.eventId);
  core.setOutput('status', result.status);
  core.setOutput('promote', String(result.promote));
  core.setOutput('new-baseline-metrics', promotion?.newBaselineMetrics ?? '');
  core.setOutput('new-reference-data', promotion?.newReferenceData ?? '');
  const warnings = skippedSnapshotWarnings(restored);
  if (saveError) warnings.push(`The event log could not be uploaded: ${saveError.message}`);
  const skipped = warnings.map((w) => `> [!WARNING]\n> ${w}\n`);
  const promoted = promotion
    ? [
        '> [!IMPORTANT]',
        '> Promote step: replace the reference data with the output `new-reference-data` and the baseline metrics with `new-baseline-metrics` (see examples/workflows/retrain.yml). Until then every check compares against the model before this one.',
        '',
      ]
    : [];
  await core.summary
    .addRaw(
      [renderRetrainingMarkdown(result), ...promoted, keyMetrics, ...skipped].join('\n'),
      true,
    )
    .write();
}
