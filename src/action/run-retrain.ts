/**
 * `mode: retrain`: restore the event log from its artifacts, run the retraining
 * executor, upload the log, write outputs and the job summary. Fails the step (by
 * throwing to main.ts) when training failed; a rejected model is a valid outcome
 * (`promote=false`), not a failure.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { loadBaselineMetrics } from '../data/parse-baseline-metrics.ts';
import { computeKeyMetrics } from '../events/key-metrics.ts';
import { bundledNativeBinding, restoreEventLog, saveEventLog } from '../github/event-log-store.ts';
import type { GitHubClient } from '../github/octokit.ts';
import { renderKeyMetricsMarkdown } from '../report/render-key-metrics.ts';
import { renderRetrainingMarkdown } from '../retrain/render-retraining-result.ts';
import { runRetraining } from '../retrain/run-retraining.ts';
import type { RetrainingResult, RetrainingTrigger } from '../retrain/run-retraining.ts';
import type { ActionSettings } from './input-helper.ts';
import type { RunContext } from './run-context.ts';

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

  const workDir = path.join(
    process.env.RUNNER_TEMP || tmpdir(),
    `drift-sentinel-${ctx.runId}-retrain`,
  );
  const nativeBinding = bundledNativeBinding(import.meta.url);
  const artifactClient = new DefaultArtifactClient();
  const log = { info: core.info, warning: (message: string) => core.warning(message) };
  const repositoryId = ctx.repositoryId ?? (Number(process.env.GITHUB_REPOSITORY_ID) || undefined);
  const restored = await restoreEventLog({
    octokit,
    artifactClient,
    owner: ctx.owner,
    repo: ctx.repo,
    repositoryId,
    artifactName: settings.eventLogArtifact,
    snapshots: settings.eventLogSnapshots,
    token: settings.githubToken,
    workDir,
    nativeBinding,
    log,
  });
  core.setOutput('event-log', restored.path);

  let result: RetrainingResult | undefined;
  let keyMetrics = '';
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
    keyMetrics = renderKeyMetricsMarkdown(
      computeKeyMetrics(restored.eventLog.listRetrainingEvents(), restored.eventLog.listChecks(), {
        now: new Date(),
      }),
    );
  } finally {
    // Uploaded even when the executor threw: the log then still records the run as running.
    await saveEventLog({
      artifactClient,
      eventLog: restored.eventLog,
      artifactName: settings.eventLogArtifact,
      retentionDays: settings.retentionDays,
      floor: restored.floor,
      log,
      nativeBinding,
    });
  }

  core.setOutput('event-id', result.event.eventId);
  core.setOutput('status', result.status);
  core.setOutput('promote', String(result.promote));
  const skipped = restored.skipped.map(
    (s) => `> [!WARNING]\n> Event-log artifact ${s.id ?? ''} skipped: ${s.reason}\n`,
  );
  await core.summary
    .addRaw([renderRetrainingMarkdown(result), keyMetrics, ...skipped].join('\n'), true)
    .write();
  if (result.status === 'failed') {
    throw new Error(
      `drift-sentinel retraining failed (event ${result.event.eventId}): ${result.error}`,
    );
  }
}
