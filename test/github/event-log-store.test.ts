import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ArtifactClient } from '@actions/artifact';
import { openEventLog } from '../../src/events/open-event-log.ts';
import type { EventLogStoreLog, RestoreEventLogOptions } from '../../src/github/event-log-store.ts';
import type { GitHubClient } from '../../src/github/octokit.ts';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { EmulatedRun, GitHubEmulator } from '../emulator/github-emulator.ts';
import { runnerEnvironment, webhookPayload } from '../emulator/runner-env.ts';
import { readZip } from '../emulator/zip-archive.ts';

// `@actions/github` (which the artifact client uses for findBy downloads) reads
// GITHUB_API_URL when first imported, so the runner environment is set before the
// store and the clients are imported dynamically.
type Store = typeof import('../../src/github/event-log-store.ts');

const E1 = '0b7e4a52-8c1f-4f57-9d3e-2f6a1c9b8e10';
const E2 = '1c8f5b63-9d20-4068-8e4f-3a7b2d0c9f21';
const C1 = '2d906c74-ae31-4179-9f50-4b8c3e1da032';

function recordingLog(): EventLogStoreLog & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return {
    warnings,
    infos,
    info: (m) => infos.push(m),
    warning: (m) => warnings.push(m),
  };
}

describe('event-log store against the emulator and Azurite', () => {
  let emulator: GitHubEmulator;
  let root: string;
  let store: Store;
  let octokit: GitHubClient;
  let artifactClient: ArtifactClient;
  let run: EmulatedRun;

  /** Writes a snapshot file with a fixed clock and returns its bytes. */
  function snapshot(
    name: string,
    at: string,
    write: (log: ReturnType<typeof openEventLog>) => void,
  ): Buffer {
    const file = path.join(root, `${name}.db`);
    const log = openEventLog(file, { now: () => new Date(at) });
    write(log);
    log.close();
    return fs.readFileSync(file);
  }

  function restoreOptions(
    artifactName: string,
    overrides: Partial<RestoreEventLogOptions> = {},
  ): RestoreEventLogOptions {
    return {
      octokit,
      artifactClient,
      owner: emulator.owner,
      repo: emulator.repo,
      repositoryId: emulator.repositoryId,
      artifactName,
      snapshots: 5,
      token: 'ghs_jobtoken',
      workDir: fs.mkdtempSync(path.join(root, 'work-')),
      log: recordingLog(),
      ...overrides,
    };
  }

  before(async () => {
    emulator = await startGitHubEmulator();
    root = fs.mkdtempSync(path.join(tmpdir(), 'event-log-store-'));
    const workspace = path.join(root, 'workspace');
    const tempDir = path.join(root, 'runner-temp');
    fs.mkdirSync(workspace);
    fs.mkdirSync(tempDir);
    run = emulator.createRun({ event: 'schedule' });
    const env = runnerEnvironment({
      emulator,
      eventName: 'schedule',
      payload: webhookPayload('schedule', emulator),
      workspace,
      tempDir,
      token: 'ghs_jobtoken',
      run,
    });
    Object.assign(process.env, env);
    store = await import('../../src/github/event-log-store.ts');
    const { createGitHubClient } = await import('../../src/github/octokit.ts');
    const { DefaultArtifactClient } = await import('@actions/artifact');
    octokit = createGitHubClient({ token: 'ghs_jobtoken', baseUrl: emulator.url, retries: 0 });
    artifactClient = new DefaultArtifactClient();
  });
  after(async () => {
    await emulator.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('restoring with no artifacts starts an empty log in the work directory', async () => {
    const options = restoreOptions('log-none');
    const restored = await store.restoreEventLog(options);
    assert.equal(restored.path, path.join(options.workDir, 'events.db'));
    assert.deepEqual(restored.eventLog.counts(), { events: 0, checks: 0 });
    assert.deepEqual(restored.restored, []);
    assert.deepEqual(restored.floor, { events: 0, checks: 0 });
    restored.eventLog.close();
    assert.ok(fs.existsSync(restored.path));
  });

  test('two overlapping snapshots merge row by row and the newer version of an event wins', async () => {
    const older = snapshot('older', '2026-05-01T00:00:00.000Z', (log) => {
      log.createRetrainingEvent({ eventId: E1, triggerType: 'data_drift' });
      log.recordCheck({ checkId: C1, eventName: 'schedule', severity: 'HIGH', triggered: true });
    });
    const newer = snapshot('newer', '2026-05-02T00:00:00.000Z', (log) => {
      log.createRetrainingEvent({ eventId: E1, triggerType: 'data_drift', status: 'succeeded' });
      log.createRetrainingEvent({ eventId: E2, triggerType: 'manual' });
    });
    const a = await emulator.addArtifact({
      name: 'log-merge',
      files: { 'events.db': older },
      createdAt: new Date('2026-05-01T00:00:00Z'),
    });
    const b = await emulator.addArtifact({
      name: 'log-merge',
      files: { 'events.db': newer },
      createdAt: new Date('2026-05-02T00:00:00Z'),
    });
    const restored = await store.restoreEventLog(restoreOptions('log-merge'));
    assert.deepEqual(
      restored.restored.map((r) => r.id),
      [b.id, a.id],
    );
    assert.deepEqual(restored.eventLog.counts(), { events: 2, checks: 1 });
    assert.equal(restored.eventLog.getRetrainingEvent(E1)?.status, 'succeeded');
    assert.deepEqual(restored.floor, { events: 2, checks: 1 });
    restored.eventLog.close();
  });

  test('expired and fork artifacts are skipped with a warning and never downloaded', async () => {
    const good = snapshot('good', '2026-05-01T00:00:00.000Z', (log) => {
      log.createRetrainingEvent({ eventId: E1, triggerType: 'data_drift' });
    });
    const evil = snapshot('evil', '2026-05-03T00:00:00.000Z', (log) => {
      log.createRetrainingEvent({ eventId: E1, triggerType: 'manual', status: 'failed' });
    });
    await emulator.addArtifact({ name: 'log-skip', files: { 'events.db': good } });
    const expired = await emulator.addArtifact({
      name: 'log-skip',
      files: { 'events.db': good },
      expired: true,
    });
    const fork = await emulator.addArtifact({
      name: 'log-skip',
      files: { 'events.db': evil },
      fromFork: true,
    });
    const options = restoreOptions('log-skip');
    const restored = await store.restoreEventLog(options);
    const log = options.log as ReturnType<typeof recordingLog>;
    assert.deepEqual(restored.skipped.map((s) => s.id).sort(), [expired.id, fork.id].sort());
    assert.match(log.warnings.join('\n'), new RegExp(`#${expired.id} skipped: expired`));
    assert.match(log.warnings.join('\n'), new RegExp(`#${fork.id} skipped: .*fork`));
    assert.equal(restored.eventLog.getRetrainingEvent(E1)?.triggerType, 'data_drift');
    restored.eventLog.close();
    const downloads = emulator.requests.filter((r) => r.path.endsWith('/zip'));
    assert.ok(downloads.every((r) => !r.path.includes(`/${expired.id}/`)));
    assert.ok(downloads.every((r) => !r.path.includes(`/${fork.id}/`)));
  });

  test('a corrupt newest snapshot is skipped with a warning and the next older one is restored instead', async () => {
    const good = snapshot('good-2', '2026-05-01T00:00:00.000Z', (log) => {
      log.createRetrainingEvent({ eventId: E1, triggerType: 'data_drift' });
      log.createRetrainingEvent({ eventId: E2, triggerType: 'manual' });
    });
    const goodArtifact = await emulator.addArtifact({
      name: 'log-corrupt',
      files: { 'events.db': good },
      createdAt: new Date('2026-05-01T00:00:00Z'),
    });
    const corrupt = await emulator.addArtifact({
      name: 'log-corrupt',
      // A download cut short: the first half of a valid file.
      files: { 'events.db': good.subarray(0, good.length / 2) },
      createdAt: new Date('2026-05-02T00:00:00Z'),
    });
    const options = restoreOptions('log-corrupt', { snapshots: 1 });
    const restored = await store.restoreEventLog(options);
    const log = options.log as ReturnType<typeof recordingLog>;
    assert.deepEqual(
      restored.restored.map((r) => r.id),
      [goodArtifact.id],
    );
    assert.equal(restored.skipped[0].id, corrupt.id);
    assert.match(log.warnings[0], /truncated|not a SQLite/);
    assert.deepEqual(restored.floor, { events: 2, checks: 0 });
    restored.eventLog.close();
  });

  test('when no listed snapshot can be read, restoring fails instead of starting an empty log that would push the history out of the merge window', async () => {
    const good = snapshot('unreadable', '2026-05-03T00:00:00.000Z', (log) => {
      log.createRetrainingEvent({ eventId: E1, triggerType: 'data_drift' });
    });
    for (const day of ['04', '05']) {
      await emulator.addArtifact({
        name: 'log-unreadable',
        files: { 'events.db': good.subarray(0, good.length / 2) },
        createdAt: new Date(`2026-05-${day}T00:00:00Z`),
      });
    }
    const options = restoreOptions('log-unreadable', { snapshots: 1 });
    await assert.rejects(store.restoreEventLog(options), (error: Error) => {
      assert.match(error.message, /none of the 2 event-log artifacts 'log-unreadable'/i);
      assert.match(error.message, /truncated|not a SQLite/);
      return true;
    });
    assert.equal((options.log as ReturnType<typeof recordingLog>).warnings.length, 2);
  });

  test('saving refuses a log smaller than the floor and uploads nothing', async () => {
    const options = restoreOptions('log-floor');
    const restored = await store.restoreEventLog(options);
    const before = emulator.artifacts.length;
    await assert.rejects(
      store.saveEventLog({
        artifactClient,
        eventLog: restored.eventLog,
        artifactName: 'log-floor',
        retentionDays: 1,
        floor: { events: 1, checks: 0 },
        log: recordingLog(),
        retryDelayMs: 1,
      }),
      /Refusing to upload the event log .*events\.db: it holds 0 retraining events/,
    );
    assert.equal(emulator.artifacts.length, before);
  });

  test('saving uploads the log as a zip holding events.db, and a second save in the same run replaces the first with a superset', async () => {
    const first = await store.restoreEventLog(restoreOptions('log-save'));
    first.eventLog.createRetrainingEvent({ eventId: E1, triggerType: 'data_drift' });
    const saved = await store.saveEventLog({
      artifactClient,
      eventLog: first.eventLog,
      artifactName: 'log-save',
      retentionDays: 1,
      floor: first.floor,
      log: recordingLog(),
    });
    const files = readZip(await emulator.artifactContent(saved.id));
    assert.deepEqual([...files.keys()], ['events.db']);
    assert.deepEqual(files.get('events.db'), fs.readFileSync(first.path));

    // A second writer in the same run that restored before the first upload.
    const secondOptions = restoreOptions('log-save');
    const secondPath = path.join(secondOptions.workDir, 'events.db');
    const second = openEventLog(secondPath);
    second.createRetrainingEvent({ eventId: E2, triggerType: 'manual' });
    const log = recordingLog();
    const resaved = await store.saveEventLog({
      artifactClient,
      eventLog: second,
      artifactName: 'log-save',
      retentionDays: 1,
      floor: { events: 1, checks: 0 },
      log,
    });
    assert.deepEqual(resaved.counts, { events: 2, checks: 0 });
    const inRun = emulator.artifacts.filter((a) => a.name === 'log-save' && a.runId === run.id);
    assert.deepEqual(
      inRun.map((a) => a.id),
      [resaved.id],
    );
    assert.match(
      log.infos.join('\n'),
      new RegExp(`already uploaded 'log-save' \\(#${saved.id}\\)`),
    );
  });

  test('an upload that fails on every attempt throws naming the log file, which is left in place', async () => {
    const restored = await store.restoreEventLog(restoreOptions('log-fail'));
    restored.eventLog.createRetrainingEvent({ eventId: E1, triggerType: 'data_drift' });
    // 403 rather than 500: the client itself retries a 500 five times with 3 s+ backoff.
    emulator.failNext({ method: 'POST', pathPattern: /\/CreateArtifact$/, status: 403, times: 3 });
    const log = recordingLog();
    const creates = () =>
      emulator.requests.filter((r) => r.path.endsWith('/CreateArtifact')).length;
    const before = creates();
    await assert.rejects(
      store.saveEventLog({
        artifactClient,
        eventLog: restored.eventLog,
        artifactName: 'log-fail',
        retentionDays: 1,
        floor: restored.floor,
        log,
        retryDelayMs: 1,
      }),
      (error: Error) => {
        assert.match(error.message, /failed after 3 attempts/);
        assert.ok(error.message.includes(`The log was left at ${restored.path}`));
        return true;
      },
    );
    assert.equal(creates() - before, 3);
    assert.equal(log.warnings.length, 2);
    assert.ok(fs.existsSync(restored.path));
    assert.equal(openEventLog(restored.path, { readonly: true }).counts().events, 1);
  });

  test('an upload that fails once is retried and succeeds', async () => {
    const restored = await store.restoreEventLog(restoreOptions('log-retry'));
    emulator.failNext({ method: 'POST', pathPattern: /\/FinalizeArtifact$/, status: 403 });
    const log = recordingLog();
    const saved = await store.saveEventLog({
      artifactClient,
      eventLog: restored.eventLog,
      artifactName: 'log-retry',
      retentionDays: 1,
      floor: restored.floor,
      log,
      retryDelayMs: 1,
    });
    assert.equal(log.warnings.length, 1);
    assert.ok(emulator.artifacts.some((a) => a.id === saved.id && a.uploaded));
  });

  test('bundledNativeBinding is undefined outside the bundle', () => {
    assert.equal(store.bundledNativeBinding(import.meta.url), undefined);
  });
});
