/**
 * The event log's storage as workflow artifacts: restore (list, download and merge the
 * newest snapshots of this repository) and save (upload the merged log as a new
 * snapshot). Clients are arguments, so tests hand in the real `@actions/artifact`
 * client and an Octokit pointed at the loopback emulator.
 *
 * Why snapshots and not one artifact: artifacts cannot be updated in place, and two
 * runs that overlap would otherwise overwrite each other. Every run uploads its merged
 * log; the next run merges the newest few, so racing runs both survive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArtifactClient } from '@actions/artifact';
import { countRows, mergeEventLogs } from '../events/merge-event-logs.ts';
import { resolveNativeBinding } from '../events/native-binding.ts';
import {
  eventLogConnection,
  openEventLog,
  type EventLog,
  type EventLogCounts,
} from '../events/open-event-log.ts';
import type { GitHubClient } from './octokit.ts';
import { apiFailure } from './octokit.ts';

/** The artifact client methods the store uses; `DefaultArtifactClient` fits. */
export type EventLogArtifactClient = Pick<
  ArtifactClient,
  'uploadArtifact' | 'downloadArtifact' | 'getArtifact' | 'deleteArtifact'
>;

/** Where the store reports progress; `@actions/core`'s `info` and `warning` fit. */
export interface EventLogStoreLog {
  info(message: string): void;
  warning(message: string): void;
}

/** File name of the log inside the work directory and inside every artifact. */
export const EVENT_LOG_FILE_NAME = 'events.db';

/**
 * The better-sqlite3 binary to open event logs with: the bundle's copy when
 * `<directory of moduleUrl>/prebuilds` exists (the bundled `dist/`), otherwise
 * undefined, so better-sqlite3 finds its own build in `node_modules` (development,
 * tests). Pass the caller's `import.meta.url`.
 */
export function bundledNativeBinding(moduleUrl: string): string | undefined {
  const prebuilds = path.join(path.dirname(fileURLToPath(moduleUrl)), 'prebuilds');
  return fs.existsSync(prebuilds) ? resolveNativeBinding(moduleUrl) : undefined;
}

/** Options of {@link restoreEventLog}. */
export interface RestoreEventLogOptions {
  octokit: GitHubClient;
  artifactClient: EventLogArtifactClient;
  owner: string;
  repo: string;
  /**
   * Numeric id of this repository (`GITHUB_REPOSITORY_ID`). Artifacts whose run's head
   * repository differs come from fork pull requests and are skipped: a fork's run can
   * write anything into its snapshot.
   */
  repositoryId?: number;
  /** Artifact name, listed by exact name (input `event-log-artifact`). */
  artifactName: string;
  /** How many good snapshots to merge, newest first (input `event-log-snapshots`). */
  snapshots: number;
  /** Token with `actions: read`, for downloads from other runs. */
  token: string;
  /** Directory for the merged log (`events.db`) and the downloads; created if missing. */
  workDir: string;
  nativeBinding?: string;
  log: EventLogStoreLog;
  /** Clock for the expiry check; tests pass a fixed one. */
  now?: () => Date;
}

/** What {@link restoreEventLog} returns. The caller owns `eventLog` and closes it (or lets `saveEventLog` do it). */
export interface RestoredEventLog {
  eventLog: EventLog;
  path: string;
  /** Snapshots merged, newest first. */
  restored: { id: number; createdAt: string }[];
  /** Artifacts left out, with the reason that was also logged as a warning. */
  skipped: { id?: number; reason: string }[];
  /** Largest row counts of any merged snapshot: never upload a log with fewer. */
  floor: EventLogCounts;
}

type ListedArtifact = Awaited<
  ReturnType<GitHubClient['rest']['actions']['listArtifactsForRepo']>
>['data']['artifacts'][number];

/**
 * A bad snapshot (corrupt, truncated, wrong file) costs one extra download each, up to
 * this many times `snapshots`, so one bad artifact never makes the run start from an
 * older, smaller history.
 */
const DOWNLOAD_BUDGET_FACTOR = 2;

/**
 * Restores the event log: lists the repository's artifacts named `artifactName` over
 * REST, drops expired ones and fork ones (each with a warning), downloads the newest
 * until `snapshots` have merged, and merges them into a fresh `workDir/events.db`
 * (row by row, newest `updated_at` wins; see `mergeEventLogs`). A snapshot that fails
 * to download or merge is skipped with a warning and the next older one is tried.
 * With no artifacts at all the log starts empty.
 *
 * @throws Error when artifacts were listed but none could be restored.
 * @throws Error when the artifact list cannot be read (e.g. the token lacks
 *   `actions: read`): starting from an empty log would silently drop the history.
 */
export async function restoreEventLog(options: RestoreEventLogOptions): Promise<RestoredEventLog> {
  const { octokit, artifactClient, owner, repo, artifactName, token, workDir, log } = options;
  const now = (options.now ?? (() => new Date()))();
  fs.mkdirSync(workDir, { recursive: true });
  const logPath = path.join(workDir, EVENT_LOG_FILE_NAME);
  fs.rmSync(logPath, { force: true });
  fs.rmSync(`${logPath}-journal`, { force: true });

  let listed: ListedArtifact[];
  try {
    listed = await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, {
      owner,
      repo,
      name: artifactName,
      per_page: 100,
    });
  } catch (error) {
    // Only a refusal means a missing permission; a 5xx is GitHub failing after retries.
    const permission = "The token needs 'actions: read' (permissions: { actions: read }).";
    throw new Error(
      apiFailure(`Listing the event-log artifacts '${artifactName}' of ${owner}/${repo}`, error, {
        hints: { 401: 'The token is invalid or expired.', 403: permission, 404: permission },
      }),
      { cause: error },
    );
  }

  const skipped: RestoredEventLog['skipped'] = [];
  const skip = (id: number | undefined, reason: string) => {
    skipped.push({ id, reason });
    log.warning(`Event-log artifact ${id === undefined ? '' : `#${id} `}skipped: ${reason}`);
  };

  const candidates: ListedArtifact[] = [];
  for (const artifact of listed) {
    // The list endpoint matches names exactly already; this guards a server that does not.
    if (artifact.name !== artifactName) continue;
    const expiresAt = artifact.expires_at ? Date.parse(artifact.expires_at) : Number.NaN;
    if (artifact.expired || expiresAt <= now.getTime()) {
      skip(artifact.id, `expired${artifact.expires_at ? ` at ${artifact.expires_at}` : ''}.`);
      continue;
    }
    const run = artifact.workflow_run;
    const home = options.repositoryId ?? run?.repository_id;
    if (!run || run.head_repository_id === undefined || home === undefined) {
      skip(artifact.id, 'no workflow run information, so it may come from a fork.');
      continue;
    }
    if (
      run.head_repository_id !== home ||
      (options.repositoryId !== undefined && run.repository_id !== options.repositoryId)
    ) {
      skip(
        artifact.id,
        `uploaded by run ${run.id} of a fork (head repository ${run.head_repository_id}, this repository ${home}); fork runs are not trusted to write the log.`,
      );
      continue;
    }
    candidates.push(artifact);
  }
  candidates.sort(
    (a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id,
  );

  const eventLog = openEventLog(logPath, { nativeBinding: options.nativeBinding });
  const restored: RestoredEventLog['restored'] = [];
  const floor: EventLogCounts = { events: 0, checks: 0 };
  const budget = options.snapshots * DOWNLOAD_BUDGET_FACTOR;
  try {
    for (const [index, artifact] of candidates.entries()) {
      if (restored.length >= options.snapshots || index >= budget) break;
      const directory = path.join(workDir, 'snapshots', String(artifact.id));
      fs.rmSync(directory, { recursive: true, force: true });
      let file: string;
      try {
        await artifactClient.downloadArtifact(artifact.id, {
          path: directory,
          findBy: {
            token,
            workflowRunId: artifact.workflow_run?.id as number,
            repositoryOwner: owner,
            repositoryName: repo,
          },
        });
        file = findDatabaseFile(directory);
      } catch (error) {
        skip(artifact.id, `download failed: ${(error as Error).message}`);
        continue;
      }
      const merge = mergeEventLogs(eventLog, [file]);
      if (merge.merged === 0) {
        skip(artifact.id, merge.skipped.map((s) => s.reason).join('; '));
        continue;
      }
      const counts = countRows(file, { nativeBinding: options.nativeBinding });
      floor.events = Math.max(floor.events, counts.events);
      floor.checks = Math.max(floor.checks, counts.checks);
      restored.push({ id: artifact.id, createdAt: artifact.created_at ?? '' });
    }
    if (restored.length === 0 && candidates.length > 0) {
      // Starting empty would upload a snapshot without the history, and once `snapshots`
      // such runs follow each other the history is never merged again.
      const tried = skipped.filter((s) => candidates.some((c) => c.id === s.id));
      throw new Error(
        `None of the ${tried.length} event-log artifacts '${artifactName}' tried could be restored (${tried.map((s) => `#${s.id}: ${s.reason}`).join(' ')}). Refusing to start a new, empty log that would hide them; fix or delete those artifacts, or change event-log-artifact to start a new log.`,
      );
    }
  } catch (error) {
    eventLog.close();
    throw error;
  }
  const counts = eventLog.counts();
  log.info(
    restored.length === 0
      ? `Event log: no earlier snapshot of '${artifactName}' to restore; starting a new log at ${logPath}.`
      : `Event log: merged ${restored.length} snapshot${restored.length > 1 ? 's' : ''} (${restored.map((r) => `#${r.id}`).join(', ')}) into ${logPath}: ${counts.events} retraining events, ${counts.checks} checks.`,
  );
  return { eventLog, path: logPath, restored, skipped, floor };
}

/** The artifact's `events.db`, or else its only `.db` file. */
function findDatabaseFile(directory: string): string {
  const expected = path.join(directory, EVENT_LOG_FILE_NAME);
  if (fs.existsSync(expected)) return expected;
  const databases = fs
    .readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.db'));
  if (databases.length !== 1) {
    throw new Error(
      `expected the artifact to hold ${EVENT_LOG_FILE_NAME}, found ${databases.length > 0 ? databases.join(', ') : 'no .db file'}.`,
    );
  }
  return path.join(directory, databases[0]);
}

/** Options of {@link saveEventLog}: give the open `eventLog` (it is closed) or the `path` of a closed one. */
export interface SaveEventLogOptions {
  artifactClient: EventLogArtifactClient;
  eventLog?: EventLog;
  path?: string;
  artifactName: string;
  /** 1 to 90 (input `retention-days`). */
  retentionDays: number;
  /** From {@link restoreEventLog}: the upload is refused when the log has fewer rows. */
  floor: EventLogCounts;
  log: EventLogStoreLog;
  nativeBinding?: string;
  /** Upload attempts. Default 3. */
  attempts?: number;
  /** Wait before retry n (1-based) is `retryDelayMs * 3^(n-1)`. Default 5000 ms; tests pass a few ms. */
  retryDelayMs?: number;
}

/** What {@link saveEventLog} uploaded. */
export interface SavedEventLog {
  id: number;
  size: number;
  name: string;
  counts: EventLogCounts;
}

/**
 * Uploads the event log as the artifact `artifactName`, after checking that it holds
 * at least `floor` rows (a log is never replaced by a smaller one), with `attempts`
 * tries and exponential backoff.
 *
 * Names: artifact names are unique per workflow run, not per repository, so every run
 * uploads under the plain `artifactName` and the next run finds it by exact name. A
 * run that uploads twice (a check and a retraining in one job, parallel jobs, or a
 * re-run attempt, which keeps the run id) would collide; a suffixed name would be
 * invisible to the next run's exact-name listing. So when this run already holds an
 * artifact of that name, it is downloaded and merged into this log first (this log is
 * then a superset of it), deleted, and this log uploaded in its place.
 *
 * @throws Error when the log is smaller than `floor`, or when every attempt failed;
 *   the message names the log file, which is left in place (in `RUNNER_TEMP` for the
 *   action) so nothing is lost.
 */
export async function saveEventLog(options: SaveEventLogOptions): Promise<SavedEventLog> {
  const { artifactClient, artifactName, log, floor } = options;
  const logPath = options.eventLog?.path ?? options.path;
  if (logPath === undefined) throw new Error('saveEventLog: give eventLog or path.');
  if (options.eventLog && options.eventLog[eventLogConnection].db.open) options.eventLog.close();
  const attempts = options.attempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 5000;

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await absorbSameRunSnapshot(
        artifactClient,
        artifactName,
        logPath,
        options.nativeBinding,
        log,
      );
      const counts = countRows(logPath, { nativeBinding: options.nativeBinding });
      if (counts.events < floor.events || counts.checks < floor.checks) {
        // Not retried: a smaller log will not grow by trying again.
        throw new FloorError(
          `Refusing to upload the event log ${logPath}: it holds ${counts.events} retraining events and ${counts.checks} checks, fewer than the ${floor.events} events and ${floor.checks} checks of a snapshot it was restored from. The earlier artifacts are left as they are.`,
        );
      }
      const uploaded = await artifactClient.uploadArtifact(
        artifactName,
        [logPath],
        path.dirname(logPath),
        { retentionDays: options.retentionDays },
      );
      if (uploaded.id === undefined) throw new Error('the artifact service returned no id');
      log.info(
        `Event log uploaded as artifact '${artifactName}' #${uploaded.id} (${uploaded.size ?? 0} bytes, ${counts.events} retraining events, ${counts.checks} checks).`,
      );
      return { id: uploaded.id, size: uploaded.size ?? 0, name: artifactName, counts };
    } catch (error) {
      if (error instanceof FloorError) throw error;
      lastError = error;
      if (attempt < attempts) {
        const wait = retryDelayMs * 3 ** (attempt - 1);
        log.warning(
          `Event-log upload attempt ${attempt} of ${attempts} failed: ${(error as Error).message} Retrying in ${wait} ms.`,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
  throw new Error(
    `Uploading the event log artifact '${artifactName}' failed after ${attempts} attempts: ${(lastError as Error).message} The log was left at ${logPath}; upload it by hand or re-run the job.`,
    { cause: lastError },
  );
}

class FloorError extends Error {}

/** See {@link saveEventLog}: merges this run's earlier snapshot of the same name into the log, then deletes it. */
async function absorbSameRunSnapshot(
  artifactClient: EventLogArtifactClient,
  artifactName: string,
  logPath: string,
  nativeBinding: string | undefined,
  log: EventLogStoreLog,
): Promise<void> {
  let existing: { id: number } | undefined;
  try {
    existing = (await artifactClient.getArtifact(artifactName)).artifact;
  } catch (error) {
    if ((error as Error).name === 'ArtifactNotFoundError') return;
    throw error;
  }
  const directory = path.join(path.dirname(logPath), 'same-run', String(existing.id));
  fs.rmSync(directory, { recursive: true, force: true });
  await artifactClient.downloadArtifact(existing.id, { path: directory });
  const eventLog = openEventLog(logPath, { nativeBinding });
  try {
    const merge = mergeEventLogs(eventLog, [findDatabaseFile(directory)]);
    if (merge.merged === 0) {
      log.warning(
        `This run's earlier event-log artifact #${existing.id} could not be merged (${merge.skipped.map((s) => s.reason).join('; ')}); replacing it.`,
      );
    }
  } finally {
    eventLog.close();
  }
  await artifactClient.deleteArtifact(artifactName);
  log.info(
    `This run already uploaded '${artifactName}' (#${existing.id}); merged it into this log and replaced it.`,
  );
}
