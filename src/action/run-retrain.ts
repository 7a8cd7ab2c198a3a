/**
 * `mode: retrain`: restore the event log from its artifacts, run the retraining
 * executor, upload the log, write outputs and the job summary. Fails the step (by
 * throwing to main.ts) when training failed; a rejected model is a valid outcome
 * (`promote=false`), not a failure.
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { loadBaselineMetrics } from '../data/parse-baseline-metrics.ts';
import type { GitHubClient } from '../github/octokit.ts';
import { renderRetrainingMarkdown } from '../retrain/render-retraining-result.ts';
import { runRetraining } from '../retrain/run-retraining.ts';
import type { RetrainingResult, RetrainingTrigger } from '../retrain/run-retraining.ts';
import type { ActionSettings } from './input-helper.ts';
import type { RunContext } from './run-context.ts';
import {
  eventLogSession,
  keyMetricsSection,
  skippedSnapshotWarnings,
} from './event-log-session.ts';

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
    throw new Error(
      `Input required in mode retrain and not supplied: ${name}. Expected ${expected}.`,
    );
  }
  return value;
}

export async function runRetrain(
  settings: ActionSettings,
  ctx: RunContext,
  octokit: GitHubClient,
): Promise<void> {
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
  const baselineMetrics = settings.sources.baselineMetrics
    ? await loadBaselineMetrics(settings.sources.baselineMetrics)
    : undefined;

  const session = eventLogSession(settings, ctx, octokit);
  const workDir = session.workDir;
  const restored = await session.restore();
  core.setOutput('event-log', restored.path);

  let result: RetrainingResult | undefined;
  let keyMetrics = '';
  let saveError: Error | undefined;
  try {
    result = await runRetraining({
      eventLog: restored.eventLog,
      eventId: settings.eventId || trigger.eventId,
      trigger,
      sources: {
        referenceData,
        recentData,
        recentActuals: settings.sources.recentActuals,
        targetColumn: settings.sources.targetColumn,
        categorical: settings.sources.categorical,
        numeric: settings.sources.numeric,
      },
      trainCommand,
      trainTimeoutMinutes: settings.trainTimeoutMinutes,
      metricsFile: settings.metricsFile || undefined,
      workDir,
      baselineMetrics,
      maxRegression: settings.maxRegression,
      costPerMinute: settings.costPerMinute,
      run: {
        repository: `${ctx.owner}/${ctx.repo}`,
        commitSha: ctx.sha,
        runId: ctx.runId,
        runUrl: ctx.runUrl,
      },
      cwd: process.env.GITHUB_WORKSPACE || undefined,
      log: core.info,
    });
    keyMetrics = keyMetricsSection(restored.eventLog);
  } finally {
    // Uploaded even when the executor threw: the log then still records the run as running.
    // A failed upload must not hide the training outcome: outputs and summary come first.
    try {
      await session.save(restored);
    } catch (error) {
      saveError = error as Error;
      if (result === undefined) core.error(saveError.message);
    }
  }

  core.setOutput('event-id', result.event.eventId);
  core.setOutput('status', result.status);
  core.setOutput('promote', String(result.promote));
  const warnings = skippedSnapshotWarnings(restored);
  if (saveError) warnings.push(`The event log could not be uploaded: ${saveError.message}`);
  const skipped = warnings.map((w) => `> [!WARNING]\n> ${w}\n`);
  await core.summary
    .addRaw([renderRetrainingMarkdown(result), keyMetrics, ...skipped].join('\n'), true)
    .write();
  const failures = [
    ...(result.status === 'failed'
      ? [`drift-sentinel retraining failed (event ${result.event.eventId}): ${result.error}`]
      : []),
    ...(saveError ? [saveError.message] : []),
  ];
  if (failures.length > 0) throw new Error(failures.join(' '));
}
