/**
 * `mode: detect` as a sequence of phases: analyse the data, restore the event log,
 * decide whether to dispatch (pure, decide-dispatch.ts), dispatch, record the check and
 * upload the log, publish outputs, comment and summary, and only then fail the step
 * if something went wrong on the way. Each phase takes and returns plain values, so
 * the fork / pull-request / upload-failure branches each live in one phase.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { analyzeDriftReadingColumns } from '../engines/parquet-column-scan.ts';
import { severityRank } from '../detect/detection-config.ts';
import type { DriftReport } from '../detect/drift-report.ts';
import { loadDriftInputs } from '../data/load-drift-inputs.ts';
import { analyzeDriftAgainstProfile } from '../detect/analyze-drift-against-profile.ts';
import { loadEngineSides } from '../engines/engine-sources.ts';
import packageJson from '../../package.json' with { type: 'json' };
import type { EventLog } from '../events/open-event-log.ts';
import { dispatchWorkflow } from '../github/dispatch-workflow.ts';
import type { DispatchResult } from '../github/dispatch-workflow.ts';
import type { RestoredEventLog } from '../github/event-log-store.ts';
import type { GitHubClient } from '../github/octokit.ts';
import { upsertStickyComment } from '../github/sticky-comment.ts';
import { checkRecord, retrainingEventRecord } from '../events/event-log-records.ts';
import type { CheckRun } from '../events/event-log-records.ts';
import { renderJson } from '../report/render-json.ts';
import { renderMarkdown } from '../report/render-markdown.ts';
import { MAX_HISTORY_CHECKS } from '../report/render-html.ts';
import type { HistoryCheck } from '../report/render-html.ts';
import { buildModelViews } from '../report/html/model-views.ts';
import type { ModelViews } from '../report/html/model-views.ts';
import { publishHtmlReportForRun } from './publish-html-report.ts';
import { capList, logLine, terminalText } from '../report/escape.ts';
import { decideDispatch } from './decide-dispatch.ts';
import type { DispatchDecision, DispatchHistory } from './decide-dispatch.ts';
import type { DispatchGuard } from '../events/event-records.ts';
import { inputFingerprints } from './input-fingerprints.ts';
import { checkModelKey } from './model-key.ts';
import {
  eventLogSession,
  keyMetricsSection,
  skippedSnapshotWarnings,
} from './event-log-session.ts';
import type { EventLogSession } from './event-log-session.ts';
import type { ActionSettings } from './input-helper.ts';
import type { RunContext } from './run-context.ts';

export async function runDetect(
  settings: ActionSettings,
  ctx: RunContext,
  octokit: GitHubClient,
): Promise<void> {
  const { report, modelViews } = await analyse(settings);
  const history = await restore(settings, ctx, octokit);
  const guards = await guardFacts(settings, ctx, octokit, history.restored.eventLog);
  const decision = decideDispatch(report, settings, ctx, guards.history);
  markLost(decision, history.restored.eventLog, guards.history.now);
  const dispatched = await dispatch(decision, report, history.restored.eventLog, {
    settings,
    ctx,
    octokit,
    guards,
  });
  const recorded = await record(report, decision, dispatched, history, ctx, guards);
  await publish(report, decision, dispatched, recorded, settings, ctx, octokit, modelViews);
  finish(report, dispatched, recorded, settings);
}

/** Drifted features named in the warning annotation before "and N more". */
const MAX_LOGGED_NAMES = 20;

/** Phase analyse: load the inputs and grade the drift. */
async function analyse(
  settings: ActionSettings,
): Promise<{ report: DriftReport; modelViews?: ModelViews }> {
  const sides = await loadEngineSides({ ...settings.engine, toolVersion: packageJson.version });
  const input = await loadDriftInputs({
    ...settings.sources,
    // Numeric features of Parquet inputs are read column by column by the scan below.
    leaveColumnsUnread: true,
    // A profile replaces the reference table, which is then never read.
    preloaded: {
      reference: sides.referenceProfile
        ? { source: 'reference profile', rowCount: 0, columns: [] }
        : undefined,
      recent: sides.recent,
    },
  });
  const report = sides.referenceProfile
    ? analyzeDriftAgainstProfile({ ...input, reference: sides.referenceProfile }, settings.config)
    : await analyzeDriftReadingColumns(input, settings.config);
  core.info(
    logLine(
      `drift-sentinel: ${report.severity} (confidence ${report.confidence}/100). ${report.reason}`,
    ),
  );
  return { report, modelViews: buildModelViews(input.modelOutputs, report.metrics.task) };
}

/** The event log as restored, with the session that uploads it again. */
interface History {
  readonly store: EventLogSession;
  readonly restored: RestoredEventLog;
}

/**
 * Phase restore: the merged event log. Restored before dispatching: a log that cannot
 * be read fails the step before anything happens, instead of a retraining nobody can
 * find in the history.
 */
async function restore(
  settings: ActionSettings,
  ctx: RunContext,
  octokit: GitHubClient,
): Promise<History> {
  const store = eventLogSession(settings, ctx, octokit);
  try {
    return { store, restored: await store.restore() };
  } catch (error) {
    // A fork's pull request gets a read-only token that may lack actions: read; its run
    // only reports (DESIGN.md: fork pull requests warn, they do not fail).
    if (!ctx.isFork) throw error;
    const message = `The event log could not be read on this fork's pull request, so the key metrics below show this run only: ${(error as Error).message}`;
    core.warning(message);
    return { store, restored: store.emptyLog(message) };
  }
}

/** What the guards need beyond the report: the model, its ref, the fingerprints and the log's events. */
interface GuardFacts {
  readonly history: DispatchHistory;
  /** The ref a dispatch uses: retrain-ref, or the default branch (empty without retrain-workflow). */
  readonly ref: string;
}

/**
 * Phase guard facts: the model key (retrain-workflow on its ref, or the `model`
 * input), content hashes of the reference and baseline this check used, and every
 * retraining event of the restored log, for the pure decision.
 */
async function guardFacts(
  settings: ActionSettings,
  ctx: RunContext,
  octokit: GitHubClient,
  eventLog: EventLog,
): Promise<GuardFacts> {
  const ref =
    settings.retrainWorkflow && !ctx.isPullRequest && ctx.canDispatch
      ? settings.retrainRef || (await defaultBranch(octokit, ctx))
      : settings.retrainRef || ctx.defaultBranch || '';
  const model = checkModelKey({
    model: settings.model,
    retrainWorkflow: settings.retrainWorkflow,
    ref,
  });
  const fingerprints = await inputFingerprints({
    referenceProfile: settings.engine.referenceProfile,
    referenceData: settings.engine.referenceData,
    referenceTable: settings.engine.referenceTable,
    referenceQuery: settings.engine.referenceQuery,
    baselineMetrics: settings.sources.baselineMetrics,
  });
  return {
    ref,
    history: { model, fingerprints, events: eventLog.listRetrainingEvents(), now: new Date() },
  };
}

/** Phase mark lost: stale in-flight retrainings stop holding retraining back, with the reason on them. */
function markLost(decision: DispatchDecision, eventLog: EventLog, now: Date): void {
  for (const { eventId, reason } of decision.lost) {
    eventLog.updateRetrainingEvent(eventId, {
      status: 'lost',
      executionSuccessful: false,
      errorMessage: reason,
      finishedAt: now.toISOString(),
    });
    core.warning(`Retraining event ${eventId} marked lost. ${reason}`, {
      title: 'drift-sentinel: retraining lost',
    });
  }
}

/** What the dispatch phase did. */
interface DispatchOutcome {
  /** The retraining event recorded for this dispatch; null when none was due. */
  readonly eventId: string | null;
  /** GitHub accepted the dispatch (run details when it returned them). */
  readonly result?: DispatchResult;
  /** GitHub refused it; the step fails at the end, after the summary. */
  readonly error?: Error;
}

/**
 * Phase dispatch: when the decision says so, record a retraining event and dispatch
 * the retraining workflow with its id. A refused dispatch is history too: the event is
 * recorded as failed and the error returned, not thrown.
 */
async function dispatch(
  decision: DispatchDecision,
  report: DriftReport,
  eventLog: EventLog,
  {
    settings,
    ctx,
    octokit,
    guards,
  }: { settings: ActionSettings; ctx: RunContext; octokit: GitHubClient; guards: GuardFacts },
): Promise<DispatchOutcome> {
  if (!decision.dispatch) {
    core.info(logLine(decision.why));
    return { eventId: null };
  }
  const eventId = randomUUID();
  const { model, fingerprints } = guards.history;
  eventLog.createRetrainingEvent({
    ...retrainingEventRecord(report, checkRun(ctx), eventId, decision.forced),
    model,
    referenceFingerprint: fingerprints.reference,
    baselineFingerprint: fingerprints.baseline,
  });
  let result: DispatchResult;
  try {
    const { ref } = guards;
    result = await dispatchWorkflow(octokit, {
      owner: ctx.owner,
      repo: ctx.repo,
      workflow: settings.retrainWorkflow,
      ref,
      inputs: {
        'event-id': eventId,
        severity: report.severity,
        'drift-type': decision.forced ? 'manual' : report.driftType,
        reason: report.reason,
      },
    });
    core.info(
      logLine(
        `Dispatched ${settings.retrainWorkflow} on ${ref}${result.runUrl ? `: ${result.runUrl}` : ''}.`,
      ),
    );
  } catch (error) {
    eventLog.updateRetrainingEvent(eventId, {
      status: 'failed',
      executionSuccessful: false,
      errorMessage: (error as Error).message,
    });
    return { eventId, error: error as Error };
  }
  if (result.runId !== undefined) {
    eventLog.updateRetrainingEvent(eventId, {
      retrainRunId: result.runId,
      retrainRunUrl: result.runUrl ?? null,
    });
  }
  return { eventId, result };
}

/** What the record phase left for the summary. */
interface RecordOutcome {
  readonly keyMetrics: string;
  /** The newest checks of the log, this one included, for the HTML report's trend. */
  readonly checks: HistoryCheck[];
  /** Summary warnings: skipped snapshots, a failed upload. */
  readonly warnings: string[];
  /** The upload failed; the step fails at the end, after the summary. */
  readonly saveError?: Error;
}

/** Phase record: the check row, the key metrics, and the upload of the log. */
async function record(
  report: DriftReport,
  decision: DispatchDecision,
  dispatched: DispatchOutcome,
  { store, restored }: History,
  ctx: RunContext,
  { history }: GuardFacts,
): Promise<RecordOutcome> {
  const { eventLog } = restored;
  eventLog.recordCheck({
    ...checkRecord(report, checkRun(ctx), dispatched.eventId),
    // A refused dispatch leaves the check without an event that ran: triggered stays as
    // checkRecord says (an event was recorded, as failed), the decision says what happened.
    model: history.model || null,
    referenceFingerprint: history.fingerprints.reference,
    baselineFingerprint: history.fingerprints.baseline,
    decision: dispatched.error ? 'failed' : decision.outcome,
    suppressedBy: decision.suppressedBy,
    decisionReason: dispatched.error
      ? `The dispatch failed: ${dispatched.error.message}`
      : decision.why,
    blockingEventId: decision.blockingEvent?.eventId ?? null,
  });
  const keyMetrics = keyMetricsSection(eventLog);
  const checks = eventLog.listChecks({ limit: MAX_HISTORY_CHECKS });
  const warnings = skippedSnapshotWarnings(restored);
  core.setOutput('event-log', restored.path);
  if (ctx.isFork) {
    // Every later run skips a fork's snapshot (it could hold anything) and would warn
    // about it for retention-days; the merged log stays in RUNNER_TEMP.
    eventLog.close();
    core.info(
      `Event log not uploaded: this is a fork's pull request, whose snapshots the repository's runs never merge. The log is at ${restored.path}.`,
    );
    return { keyMetrics, checks, warnings };
  }
  try {
    await store.save(restored);
    return { keyMetrics, checks, warnings };
  } catch (error) {
    const saveError = error as Error;
    warnings.push(`The event log could not be uploaded: ${saveError.message}`);
    return { keyMetrics, checks, warnings, saveError };
  }
}

/** How the summary names each guard. */
export const GUARD_NAMES: Record<DispatchGuard, string> = {
  in_flight: 'in-flight',
  cooldown: 'cooldown',
  confidence: 'min-confidence',
};

/** The sentence after the verdict: what happens next about retraining. */
export function nextStepText(
  decision: DispatchDecision,
  dispatched: DispatchOutcome,
  retrainWorkflow: string,
): string {
  if (dispatched.error) {
    return `Retraining was due but the dispatch failed: ${dispatched.error.message}`;
  }
  if (dispatched.eventId === null) {
    return decision.suppressedBy
      ? `**Retraining held back by the ${GUARD_NAMES[decision.suppressedBy]} guard.** ${decision.why}`
      : decision.why;
  }
  const runUrl = dispatched.result?.runUrl;
  // Say why no guard held, when one would have without force-retrain or a higher severity.
  const passed = decision.passed.length > 0 ? ` Guards: ${decision.passed.join('; ')}.` : '';
  return `Retraining dispatched (${retrainWorkflow}, event ${dispatched.eventId})${runUrl ? `: [run](${runUrl})` : '; the run will appear in the Actions tab.'}${passed}`;
}

/** Phase publish: the JSON report, the outputs, the PR comment, annotations and the job summary. */
async function publish(
  report: DriftReport,
  decision: DispatchDecision,
  dispatched: DispatchOutcome,
  recorded: RecordOutcome,
  settings: ActionSettings,
  ctx: RunContext,
  octokit: GitHubClient,
  modelViews: ModelViews | undefined,
): Promise<void> {
  const nextStep = nextStepText(decision, dispatched, settings.retrainWorkflow);
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
  core.setOutput('dispatched', String(dispatched.result !== undefined));
  core.setOutput('event-id', dispatched.eventId ?? '');
  core.setOutput('retrain-run-url', dispatched.result?.runUrl ?? '');
  core.setOutput('decision', dispatched.error ? 'failed' : decision.outcome);
  core.setOutput('suppressed-by', decision.suppressedBy ?? '');
  core.setOutput('blocking-event-id', decision.blockingEvent?.eventId ?? '');

  const warnings = [...recorded.warnings];
  if (decision.staleReference) {
    core.warning(decision.staleReference, { title: 'drift-sentinel: reference not updated' });
    warnings.unshift(decision.staleReference);
  }
  for (const { eventId, reason } of decision.lost) {
    warnings.push(`Retraining event ${eventId} was marked lost. ${reason}`);
  }
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
      renderMarkdown(report, {
        nextStep,
        headingLevel: 3,
        target: 'comment',
        dispatches: false,
      }),
      { createIfMissing: settings.comment === 'always' || hasFindings(report) },
    );
    if (result.status === 'forbidden' || result.status === 'failed') {
      core.warning(result.message, { title: 'drift-sentinel could not comment' });
      warnings.push(result.message);
    } else if (result.status === 'skipped') {
      core.info('Nothing to report on this pull request: no comment written.');
    } else {
      core.info(logLine(`Pull-request comment ${result.status}: ${result.url}`));
    }
  }

  if (drifted.length > 0) {
    // The toolkit escapes the annotation (%0A); the list is capped so 10,000 drifted
    // columns do not make a 1 MB annotation.
    core.warning(
      `Data drift in ${drifted.length} feature${drifted.length > 1 ? 's' : ''}: ${capList(drifted, MAX_LOGGED_NAMES, (name) => terminalText(name))}.`,
      { title: `drift-sentinel: ${report.severity}` },
    );
  }

  const html = await publishHtmlReportForRun(
    { report, modelViews, history: recorded.checks },
    settings,
    ctx,
  );
  const footer = [
    html.summaryLine,
    recorded.keyMetrics,
    ...[...warnings, ...html.warnings].map((w) => `> [!WARNING]\n> ${w}`),
  ]
    .filter(Boolean)
    .join('\n\n');
  await core.summary
    .addRaw(renderMarkdown(report, { nextStep, footer, dispatches: !ctx.isPullRequest }), true)
    .write();
}

/** Last: fail the step for a refused dispatch, a failed upload, or fail-on. */
function finish(
  report: DriftReport,
  dispatched: DispatchOutcome,
  recorded: RecordOutcome,
  settings: ActionSettings,
): void {
  if (dispatched.error) throw dispatched.error;
  if (recorded.saveError) throw recorded.saveError;
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
