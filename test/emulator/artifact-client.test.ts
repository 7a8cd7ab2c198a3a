import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { startGitHubEmulator } from './github-emulator.ts';
import type { GitHubEmulator } from './github-emulator.ts';
import { runnerEnvironment, webhookPayload } from './runner-env.ts';
import { readZip } from './zip-archive.ts';

const run = promisify(execFile);
const SCRIPT = new URL('./artifact-client-roundtrip.ts', import.meta.url).pathname;

interface RoundtripResult {
  zipped: { id: number; size: number; digest: string };
  raw: { id: number; size: number };
  listed: { id: number; name: string; size: number }[];
  byName: number;
  zippedDigestMismatch: boolean;
  rawDownloadPath: string;
  otherRunDownloadPath: string;
  otherRunList: number[];
  otherRunByName: number;
}

describe('the official @actions/artifact v6 client against the emulator', () => {
  let emulator: GitHubEmulator;
  let root: string;
  let result: RoundtripResult;
  let seededId: number;
  let runId: string;
  const database = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256));
  const seededDatabase = Buffer.from('SQLite format 3\0 seeded by another run');

  before(async () => {
    emulator = await startGitHubEmulator();
    root = mkdtempSync(join(tmpdir(), 'artifact-client-'));
    const workspace = join(root, 'workspace');
    const tempDir = join(root, 'runner-temp');
    mkdirSync(join(workspace, 'reports'), { recursive: true });
    mkdirSync(tempDir);
    writeFileSync(join(workspace, 'events.db'), database);
    writeFileSync(join(workspace, 'reports', 'summary.md'), '# Drift\n\nnone\n');
    writeFileSync(join(workspace, 'metrics.json'), '{"r2":0.93}');

    const otherRun = emulator.createRun();
    const seeded = await emulator.addArtifact({
      name: 'drift-events-previous',
      files: { 'events.db': seededDatabase },
      run: otherRun,
    });
    seededId = seeded.id;

    const env = runnerEnvironment({
      emulator,
      eventName: 'schedule',
      payload: webhookPayload('schedule', emulator),
      workspace,
      tempDir,
      token: 'ghs_jobtoken',
    });
    runId = env.GITHUB_RUN_ID as string;
    const requestFile = join(root, 'request.json');
    const resultFile = join(root, 'result.json');
    writeFileSync(
      requestFile,
      JSON.stringify({
        downloadDir: join(root, 'downloads'),
        token: 'ghs_jobtoken',
        owner: emulator.owner,
        repo: emulator.repo,
        seededArtifactId: seeded.id,
        seededArtifactName: seeded.name,
        seededRunId: otherRun.id,
      }),
    );
    try {
      await run(process.execPath, [SCRIPT, requestFile, resultFile], { env, timeout: 20_000 });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      throw new Error(`artifact round trip failed:\n${stdout}\n${stderr}`);
    }
    result = JSON.parse(readFileSync(resultFile, 'utf8')) as RoundtripResult;
  });
  after(async () => {
    await emulator.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('an uploaded zip artifact is stored in Azurite as a zip of the given files', async () => {
    const files = readZip(await emulator.artifactContent(result.zipped.id));
    assert.deepEqual([...files.keys()].sort(), ['events.db', 'reports/summary.md']);
    assert.deepEqual(files.get('events.db'), database);
  });

  test('finalized uploads belong to GITHUB_RUN_ID and record the size and digest the client reported', () => {
    const stored = emulator.artifacts.find((a) => a.id === result.zipped.id);
    assert.equal(stored?.uploaded, true);
    assert.equal(stored?.runId, Number(runId));
    assert.equal(stored?.sizeInBytes, result.zipped.size);
    assert.equal(stored?.digest, `sha256:${result.zipped.digest}`);
  });

  test('ListArtifacts and GetArtifact over Twirp see only the current run', () => {
    assert.deepEqual(
      result.listed.map((a) => a.name),
      ['drift-events', 'metrics.json'],
    );
    assert.equal(result.byName, result.zipped.id);
  });

  test('downloading by id extracts the zip and the digest matches the upload', () => {
    assert.equal(result.zippedDigestMismatch, false);
    const dir = join(root, 'downloads', 'by-id');
    assert.deepEqual(readFileSync(join(dir, 'events.db')), database);
    assert.equal(readFileSync(join(dir, 'reports', 'summary.md'), 'utf8'), '# Drift\n\nnone\n');
  });

  test('a skipArchive upload is stored raw and downloads under its own file name', () => {
    assert.equal(readFileSync(join(result.rawDownloadPath, 'metrics.json'), 'utf8'), '{"r2":0.93}');
  });

  test('findBy another run goes through REST and gets the seeded artifact', () => {
    assert.deepEqual(readFileSync(join(result.otherRunDownloadPath, 'events.db')), seededDatabase);
    assert.deepEqual(result.otherRunList, [seededId]);
    assert.equal(result.otherRunByName, seededId);
    const restPaths = emulator.requests
      .filter((r) => !r.path.startsWith('/twirp/'))
      .map((r) => `${r.method} ${r.path}`);
    assert.ok(
      restPaths.includes(
        `GET /repos/${emulator.owner}/${emulator.repo}/actions/artifacts/${seededId}/zip`,
      ),
    );
  });

  test('Twirp calls carry the runtime token as a bearer token', () => {
    const twirp = emulator.requests.filter((r) => r.path.startsWith('/twirp/'));
    assert.ok(twirp.length >= 6);
    assert.ok(
      twirp.every((r) => r.status === 200 && String(r.headers.authorization).startsWith('Bearer ')),
    );
  });
});
