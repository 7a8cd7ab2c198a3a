/**
 * The action: reads inputs once, runs the check (or the retraining executor), writes
 * the job summary, the sticky PR comment and the outputs, dispatches retraining. The
 * only try/catch that fails the step lives here.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { analyzeDriftInParallel } from '../detect/analyze-drift-in-parallel.ts';
import { severityRank } from '../detect/detection-config.ts';
import type { DriftReport } from '../detect/drift-report.ts';
import { loadDriftInputs } from '../data/load-drift-inputs.ts';
import { renderJson } from '../report/render-json.ts';
import { renderMarkdown } from '../report/render-markdown.ts';
import { dispatchWorkflow } from '../github/dispatch-workflow.ts';
import type { DispatchResult } from '../github/dispatch-workflow.ts';
import { createGitHubClient } from '../github/octokit.ts';
import type { GitHubClient } from '../github/octokit.ts';
import type { RestoredEventLog } from '../github/event-log-store.ts';
import { upsertStickyComment } from '../github/sticky-comment.ts';
import { parseActionInputs } from './input-helper.ts';
import type { ActionSettings } from './input-helper.ts';
import { runContext } from './run-context.ts';
import { checkRecord, retrainingEventRecord } from '../report/event-log-records.ts';
import type { CheckRun } from '../report/event-log-records.ts';
import type { RunContext } from './run-context.ts';

export async function run(): Promise<void> {
  try {
    const settings = parseActionInputs((name) => core.getInput(name));
    const octokit = createGitHubClient({ token: settings.githubToken, log: core.info });
    const ctx = runContext(context);
    if (settings.mode === 'retrain') {
      // Loaded on demand: the artifact and storage clients are most of the bundle, and
      // an invalid input should fail fast without evaluating them.
      const { runRetrain } = await import('./run-retrain.ts');
      await runRetrain(settings, ctx, octokit);
    } else {
      await runDetect(settings, ctx, octokit);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** Why a dispatch did or did not happen, for the summary and the log. */
interface DispatchDecision {
  readonly dispatch: boolean;
  readonly why: string;
}

export function decideDispatch(
  report: DriftReport,
  settings: ActionSettings,
  ctx: RunContext,
): DispatchDecision {
  const wanted = report.triggered || settings.forceRetrain;
  if (!wanted) {
    return {
      dispatch: false,
      why: `No retraining: severity ${report.severity} is below retrain-on ${settings.config.retrainOn}.`,
    };
  }
  const because =
    settings.forceRetrain && !report.triggered
      ? 'retraining was forced'
      : `severity ${report.severity} reached retrain-on ${settings.config.retrainOn}`;
  if (ctx.isPullRequest) {
    return {
      dispatch: false,
      why: `${capitalize(because)}, but pull-request runs never dispatch retraining (their data is not merged yet); it will run after merge or on the next schedule.`,
    };
  }
  if (!ctx.canDispatch) {
    return {
      dispatch: false,
      why: `${capitalize(because)}, but '${ctx.eventName}' events do not dispatch retraining.`,
    };
  }
  if (!settings.retrainWorkflow) {
    return {
      dispatch: false,
      why: `${capitalize(because)}, but no 'retrain-workflow' input is set: nothing to dispatch.`,
    };
  }
  return {
    dispatch: true,
    why: `${capitalize(because)}: dispatching ${settings.retrainWorkflow}.`,
  };
}

export async function runDetect(
  settings: ActionSettings,
  ctx: RunContext,
  octokit: GitHubClient,
): Promise<void> {
  const input = await loadDriftInputs(settings.sources);
  const report = await analyzeDriftInParallel(input, settings.config);
  core.info(
    `drift-sentinel: ${report.severity} (confidence ${report.confidence}/100). ${report.reason}`,
  );

  const decision = decideDispatch(report, settings, ctx);
  const forced = settings.forceRetrain && !report.triggered;
  const eventId = randomUUID();

  // Restored before dispatching: a log that cannot be read fails the step before
  // anything happens, instead of a retraining nobody can find in the history.
  const { eventLogSession, keyMetricsSection, skippedSnapshotWarnings } =
    await import('./event-log-session.ts');
  const store = eventLogSession(settings, ctx, octokit);
  let restored: RestoredEventLog;
  try {
    restored = await store.restore();
  } catch (error) {
    // A fork's pull request gets a read-only token that may lack actions: read; its run
    // only reports (DESIGN.md: fork pull requests warn, they do not fail).
    if (!ctx.isFork) throw error;
    const message = `The event log could not be read on this fork's pull request, so the key metrics below show this run only: ${(error as Error).message}`;
    core.warning(message);
    restored = store.emptyLog(message);
  }
  const eventLog = restored.eventLog;

  let dispatched: DispatchResult | undefined;
  let dispatchError: Error | undefined;
  if (decision.dispatch) {
    eventLog.createRetrainingEvent(retrainingEventRecord(report, checkRun(ctx), eventId, forced));
    try {
      const ref = settings.retrainRef || (await defaultBranch(octokit, ctx));
      dispatched = await dispatchWorkflow(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        workflow: settings.retrainWorkflow,
        ref,
        inputs: {
          'event-id': eventId,
          severity: report.severity,
          'drift-type': forced ? 'manual' : report.driftType,
          reason: report.reason,
        },
      });
      core.info(
        `Dispatched ${settings.retrainWorkflow} on ${ref}${dispatched.runUrl ? `: ${dispatched.runUrl}` : ''}.`,
      );
    } catch (error) {
      // The failed dispatch is history too; the summary and outputs are still written
      // and the step fails at the end.
      dispatchError = error as Error;
      eventLog.updateRetrainingEvent(eventId, {
        status: 'failed',
        executionSuccessful: false,
        errorMessage: dispatchError.message,
      });
    }
    if (dispatched?.runId !== undefined) {
      eventLog.updateRetrainingEvent(eventId, {
        retrainRunId: dispatched.runId,
        retrainRunUrl: dispatched.runUrl ?? null,
      });
    }
  } else {
    core.info(decision.why);
  }
  eventLog.recordCheck(checkRecord(report, checkRun(ctx), decision.dispatch ? eventId : null));
  const keyMetrics = keyMetricsSection(eventLog);
  const skippedSnapshots = skippedSnapshotWarnings(restored);
  core.setOutput('event-log', restored.path);
  let saveError: Error | undefined;
  if (ctx.isFork) {
    // Every later run skips a fork's snapshot (it could hold anything) and would warn
    // about it for retention-days; the merged log stays in RUNNER_TEMP.
    eventLog.close();
    core.info(
      `Event log not uploaded: this is a fork's pull request, whose snapshots the repository's runs never merge. The log is at ${restored.path}.`,
    );
  } else {
    try {
      await store.save(restored);
    } catch (error) {
      saveError = error as Error;
    }
  }

  const nextStep = dispatchError
    ? `Retraining was due but the dispatch failed: ${dispatchError.message}`
    : decision.dispatch
      ? `Retraining dispatched (${settings.retrainWorkflow}, event ${eventId})${dispatched?.runUrl ? `: [run](${dispatched.runUrl})` : '; the run will appear in the Actions tab.'}`
      : decision.why;

  const reportPath = join(
    process.env.RUNNER_TEMP || process.cwd(),
    `drift-sentinel-report-${ctx.runId}.json`,
  );
  await writeFile(reportPath, renderJson(report));

  const drifted = report.features.filter((f) => f.drifted).map((f) => f.name);
  core.setOutput('severity', report.severity);
  core.setOutput('triggered', String(report.triggered));
  core.setOutput('drift-type', report.driftType);
  core.setOutput('confidence', String(report.confidence));
  core.setOutput('reason', report.reason);
  core.setOutput('drifted-features', JSON.stringify(drifted));
  core.setOutput('report', reportPath);
  core.setOutput('dispatched', String(dispatched !== undefined));
  core.setOutput('event-id', decision.dispatch ? eventId : '');
  core.setOutput('retrain-run-url', dispatched?.runUrl ?? '');

  const warnings: string[] = [...skippedSnapshots];
  if (saveError) warnings.push(`The event log could not be uploaded: ${saveError.message}`);
  if (ctx.isPullRequest && settings.comment !== 'never') {
    // auto: a clean PR gets no new comment, but a comment that reported drift on an
    // earlier push is updated, so it never shows a stale verdict.
    const result = await upsertStickyComment(
      octokit,
      {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: ctx.pullRequestNumber as number,
        key: settings.commentKey,
      },
      renderMarkdown(report, { nextStep, headingLevel: 3 }),
      { createIfMissing: settings.comment === 'always' || hasFindings(report) },
    );
    if (result.status === 'forbidden') {
      core.warning(result.message, { title: 'drift-sentinel could not comment' });
      warnings.push(result.message);
    } else if (result.status === 'skipped') {
      core.info('Nothing to report on this pull request: no comment written.');
    } else {
      core.info(`Pull-request comment ${result.status}: ${result.url}`);
    }
  }

  if (drifted.length > 0) {
    core.warning(
      `Data drift in ${drifted.length} feature${drifted.length > 1 ? 's' : ''}: ${drifted.join(', ')}.`,
      {
        title: `drift-sentinel: ${report.severity}`,
      },
    );
  }

  const footer = [keyMetrics, ...warnings.map((w) => `> [!WARNING]\n> ${w}`)].join('\n\n');
  await core.summary.addRaw(renderMarkdown(report, { nextStep, footer }), true).write();

  if (dispatchError) throw dispatchError;
  if (saveError) throw saveError;
  if (settings.failOn && severityRank(report.severity) >= severityRank(settings.failOn)) {
    core.setFailed(
      `drift-sentinel: severity ${report.severity} reached fail-on ${settings.failOn}. ${report.reason}`,
    );
  }
}

/** Whether a pull request without a drift-sentinel comment should get one under `auto`. */
function hasFindings(report: DriftReport): boolean {
  const schema = report.schemaChanges;
  return (
    report.severity !== 'NONE' ||
    schema.added.length + schema.removed.length + schema.typeChanged.length > 0
  );
}

function checkRun(ctx: RunContext): CheckRun {
  return {
    eventName: ctx.eventName,
    repository: `${ctx.owner}/${ctx.repo}`,
    commitSha: ctx.sha,
    runId: ctx.runId,
    runUrl: ctx.runUrl,
  };
}

async function defaultBranch(octokit: GitHubClient, ctx: RunContext): Promise<string> {
  if (ctx.defaultBranch) return ctx.defaultBranch;
  const { data } = await octokit.rest.repos.get({ owner: ctx.owner, repo: ctx.repo });
  return data.default_branch;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
