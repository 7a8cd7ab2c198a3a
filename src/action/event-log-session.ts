/**
 * The event log as both modes of the action use it: restored from the repository's
 * newest artifacts at the start, uploaded as a new snapshot at the end (DESIGN.md:
 * merged, never overwritten), and summarised as key metrics for the job summary.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { logLine } from '../report/escape.ts';
import { openEventLog, type EventLog } from '../events/open-event-log.ts';
import { computeKeyMetrics } from '../events/key-metrics.ts';
import {
  EVENT_LOG_FILE_NAME,
  bundledNativeBinding,
  restoreEventLog,
  saveEventLog,
} from '../github/event-log-store.ts';
import type { RestoredEventLog, SavedEventLog } from '../github/event-log-store.ts';
import type { GitHubClient } from '../github/octokit.ts';
import { renderKeyMetricsMarkdown } from '../report/render-key-metrics.ts';
import type { ActionSettings } from './input-helper.ts';
import type { RunContext } from './run-context.ts';

export interface EventLogSession {
  /** Directory in RUNNER_TEMP holding the merged log and the downloads; it stays after the run. */
  readonly workDir: string;
  restore(): Promise<RestoredEventLog>;
  /**
   * A new empty log in `workDir`, for a run that may not read the history (a fork's
   * pull request whose token cannot list artifacts): `reason` is reported like a
   * skipped snapshot.
   */
  emptyLog(reason: string): RestoredEventLog;
  /** Uploads the log (and closes it); refuses to upload fewer rows than were restored. */
  save(restored: RestoredEventLog): Promise<SavedEventLog>;
  /**
   * Uploads the log as it is now and keeps it open (one attempt, no retry waits): a
   * retraining's `running` event, so checks meanwhile see its run and deadline. The
   * final `save` of the same run merges this snapshot and replaces it.
   */
  uploadSnapshot(restored: RestoredEventLog): Promise<SavedEventLog>;
}

export function eventLogSession(
  settings: ActionSettings,
  ctx: RunContext,
  octokit: GitHubClient,
): EventLogSession {
  const artifactClient = new DefaultArtifactClient();
  // import.meta.url is dist/index.js in the bundle, next to dist/prebuilds/.
  const nativeBinding = bundledNativeBinding(import.meta.url);
  const log = {
    info: (message: string) => core.info(logLine(message)),
    warning: (message: string) => core.warning(message),
  };
  const workDir = join(
    process.env.RUNNER_TEMP || tmpdir(),
    `drift-sentinel-${ctx.runId}-${settings.mode}`,
  );
  return {
    workDir,
    restore: () =>
      restoreEventLog({
        octokit,
        artifactClient,
        owner: ctx.owner,
        repo: ctx.repo,
        repositoryId: ctx.repositoryId ?? (Number(process.env.GITHUB_REPOSITORY_ID) || undefined),
        artifactName: settings.eventLogArtifact,
        snapshots: settings.eventLogSnapshots,
        token: settings.githubToken,
        workDir,
        nativeBinding,
        log,
      }),
    emptyLog: (reason) => {
      mkdirSync(workDir, { recursive: true });
      const path = join(workDir, EVENT_LOG_FILE_NAME);
      rmSync(path, { force: true });
      return {
        eventLog: openEventLog(path, { nativeBinding }),
        path,
        restored: [],
        skipped: [{ reason }],
        floor: { events: 0, checks: 0 },
      };
    },
    uploadSnapshot: (restored) =>
      saveEventLog({
        artifactClient,
        path: restored.path,
        artifactName: settings.eventLogArtifact,
        retentionDays: settings.retentionDays,
        floor: restored.floor,
        log,
        nativeBinding,
        attempts: 1,
      }),
    save: (restored) =>
      saveEventLog({
        artifactClient,
        eventLog: restored.eventLog,
        artifactName: settings.eventLogArtifact,
        retentionDays: settings.retentionDays,
        floor: restored.floor,
        log,
        nativeBinding,
      }),
  };
}

/** The key-metrics section of the job summary, from the log as it is now. */
export function keyMetricsSection(eventLog: EventLog): string {
  return renderKeyMetricsMarkdown(
    computeKeyMetrics(eventLog.listRetrainingEvents(), eventLog.listChecks(), { now: new Date() }),
  );
}

/** Summary lines for snapshots the restore skipped (each was also logged as a warning). */
export function skippedSnapshotWarnings(restored: RestoredEventLog): string[] {
  return restored.skipped.map((s) =>
    s.id === undefined ? s.reason : `Event-log artifact ${s.id} skipped: ${s.reason}`,
  );
}
