import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startGitHubEmulator } from './github-emulator.ts';
import type { GitHubEmulator } from './github-emulator.ts';
import { readZip } from './zip-archive.ts';

const TOKEN = 'ghs_emulatortoken';

describe('GitHub emulator REST routes, seen through @actions/github', () => {
  let emulator: GitHubEmulator;
  let octokit: ReturnType<typeof getOctokit>;

  before(async () => {
    emulator = await startGitHubEmulator({ owner: 'acme', repo: 'churn-model' });
    // @actions/github fixed its default baseUrl from GITHUB_API_URL at import; pass ours.
    octokit = getOctokit(TOKEN, { baseUrl: emulator.url });
    emulator.addWorkflow('retrain.yml', {
      inputs: ['event-id', 'severity', 'drift-type', 'reason'],
      required: ['event-id'],
    });
  });
  after(async () => {
    await emulator.stop();
  });

  test('octokit.paginate lists all 150 created comments in creation order', async () => {
    for (let i = 0; i < 150; i++) {
      await octokit.rest.issues.createComment({
        owner: 'acme',
        repo: 'churn-model',
        issue_number: 7,
        body: `comment ${i}`,
      });
    }
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'acme',
      repo: 'churn-model',
      issue_number: 7,
      per_page: 100,
    });
    assert.equal(all.length, 150);
    assert.deepEqual(
      all.map((c) => c.body),
      Array.from({ length: 150 }, (_, i) => `comment ${i}`),
    );
    assert.equal(all[0].user?.login, 'github-actions[bot]');
    const pages = emulator.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments'),
    );
    assert.deepEqual(
      pages.map((r) => r.query.page ?? '1'),
      ['1', '2'],
    );
  });

  test('the comments Link header names next and last pages like GitHub', async () => {
    const page = await octokit.rest.issues.listComments({
      owner: 'acme',
      repo: 'churn-model',
      issue_number: 7,
      per_page: 50,
      page: 2,
    });
    const link = page.headers.link ?? '';
    assert.match(link, /[?&]page=1>; rel="prev"/);
    assert.match(link, /[?&]page=3>; rel="next"/);
    assert.match(link, /[?&]page=3>; rel="last"/);
    assert.match(link, /[?&]page=1>; rel="first"/);
    assert.equal(page.data[0].body, 'comment 50');
  });

  test('updating a comment changes its body and keeps its id', async () => {
    const seeded = emulator.addComment(12, '<!-- drift-sentinel --> old report');
    const { data } = await octokit.rest.issues.updateComment({
      owner: 'acme',
      repo: 'churn-model',
      comment_id: Number(seeded.id),
      body: '<!-- drift-sentinel --> new report',
    });
    assert.equal(data.id, seeded.id);
    assert.deepEqual(
      emulator.comments('acme', 'churn-model', 12).map((c) => c.body),
      ['<!-- drift-sentinel --> new report'],
    );
  });

  test('a comment body over 65536 characters is refused with 422 as GitHub does', async () => {
    await assert.rejects(
      octokit.rest.issues.createComment({
        owner: 'acme',
        repo: 'churn-model',
        issue_number: 8,
        body: 'x'.repeat(65537),
      }),
      (error: { status: number; message: string }) =>
        error.status === 422 && /too long/.test(error.message),
    );
  });

  test('workflow dispatch answers 204 and records ref and inputs', async () => {
    const response = await octokit.rest.actions.createWorkflowDispatch({
      owner: 'acme',
      repo: 'churn-model',
      workflow_id: 'retrain.yml',
      ref: 'main',
      inputs: { 'event-id': 'e-1', severity: 'HIGH' },
    });
    assert.equal(response.status, 204);
    assert.deepEqual(emulator.dispatches.at(-1), {
      owner: 'acme',
      repo: 'churn-model',
      workflowId: 'retrain.yml',
      ref: 'main',
      inputs: { 'event-id': 'e-1', severity: 'HIGH' },
      runId: undefined,
    });
  });

  test('workflow dispatch with return_run_details answers 200 with a run that can be fetched', async () => {
    const { status, data } = await octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        owner: 'acme',
        repo: 'churn-model',
        workflow_id: 'retrain.yml',
        ref: 'main',
        inputs: { 'event-id': 'e-2' },
        return_run_details: true,
      },
    );
    assert.equal(status, 200);
    const details = data as unknown as {
      workflow_run_id: number;
      run_url: string;
      html_url: string;
    };
    assert.equal(
      details.run_url,
      `${emulator.url}/repos/acme/churn-model/actions/runs/${details.workflow_run_id}`,
    );
    const run = await octokit.rest.actions.getWorkflowRun({
      owner: 'acme',
      repo: 'churn-model',
      run_id: details.workflow_run_id,
    });
    assert.equal(run.data.event, 'workflow_dispatch');
    assert.equal(run.data.head_branch, 'main');
  });

  test('workflow dispatch with an undeclared input answers 422 naming the input', async () => {
    await assert.rejects(
      octokit.rest.actions.createWorkflowDispatch({
        owner: 'acme',
        repo: 'churn-model',
        workflow_id: 'retrain.yml',
        ref: 'main',
        inputs: { 'event-id': 'e-3', confidence: '0.9' },
      }),
      (error: { status: number; message: string }) =>
        error.status === 422 &&
        error.message.includes('Unexpected inputs provided: ["confidence"]'),
    );
  });

  test('workflow dispatch to an unknown workflow answers 404', async () => {
    await assert.rejects(
      octokit.rest.actions.createWorkflowDispatch({
        owner: 'acme',
        repo: 'churn-model',
        workflow_id: 'nope.yml',
        ref: 'main',
      }),
      (error: { status: number }) => error.status === 404,
    );
  });

  test('the repository route reports the default branch', async () => {
    const { data } = await octokit.rest.repos.get({ owner: 'acme', repo: 'churn-model' });
    assert.equal(data.default_branch, 'main');
    assert.equal(data.full_name, 'acme/churn-model');
  });

  test('artifacts list newest first with workflow_run, fork and expiry details, filtered by name', async () => {
    const older = await emulator.addArtifact({
      name: 'drift-events',
      files: { 'events.db': 'old' },
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
    const newer = await emulator.addArtifact({
      name: 'drift-events',
      files: { 'events.db': 'new' },
      createdAt: new Date('2026-01-02T00:00:00Z'),
    });
    const fork = await emulator.addArtifact({
      name: 'drift-events',
      files: { 'events.db': 'fork' },
      fromFork: true,
      createdAt: new Date('2026-01-03T00:00:00Z'),
    });
    const expired = await emulator.addArtifact({
      name: 'drift-events',
      files: { 'events.db': 'gone' },
      expired: true,
      createdAt: new Date('2025-12-01T00:00:00Z'),
    });
    await emulator.addArtifact({ name: 'other', files: { 'a.txt': 'a' } });

    const { data } = await octokit.rest.actions.listArtifactsForRepo({
      owner: 'acme',
      repo: 'churn-model',
      name: 'drift-events',
      per_page: 100,
    });
    assert.equal(data.total_count, 4);
    assert.deepEqual(
      data.artifacts.map((a) => a.id),
      [fork.id, newer.id, older.id, expired.id],
    );
    const [forkItem, newerItem] = data.artifacts;
    assert.notEqual(
      forkItem.workflow_run?.head_repository_id,
      forkItem.workflow_run?.repository_id,
    );
    assert.equal(newerItem.workflow_run?.head_repository_id, emulator.repositoryId);
    assert.equal(newerItem.workflow_run?.id, newer.runId);
    assert.equal(data.artifacts[3].expired, true);
    assert.equal(
      newerItem.archive_download_url,
      `${emulator.url}/repos/acme/churn-model/actions/artifacts/${newer.id}/zip`,
    );
  });

  test('artifact list pages carry a Link header to the next page', async () => {
    const { headers, data } = await octokit.rest.actions.listArtifactsForRepo({
      owner: 'acme',
      repo: 'churn-model',
      per_page: 2,
    });
    assert.equal(data.artifacts.length, 2);
    assert.match(headers.link ?? '', /page=2>; rel="next"/);
  });

  test('the zip route answers 302 to an Azurite SAS URL serving the artifact zip', async () => {
    const [newest] = (
      await octokit.rest.actions.listArtifactsForRepo({
        owner: 'acme',
        repo: 'churn-model',
        name: 'other',
      })
    ).data.artifacts;
    const response = await octokit.rest.actions.downloadArtifact({
      owner: 'acme',
      repo: 'churn-model',
      artifact_id: newest.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    assert.equal(response.status, 302);
    const location = String(response.headers.location);
    assert.ok(location.startsWith(`${emulator.azurite?.blobUrl}/`), location);
    assert.match(location, /[?&]sig=/);
    const blob = await fetch(location);
    assert.equal(blob.status, 200);
    assert.equal(
      readZip(Buffer.from(await blob.arrayBuffer()))
        .get('a.txt')
        ?.toString(),
      'a',
    );
  });

  test('the zip route answers 410 for an expired artifact', async () => {
    const expired = emulator.artifacts.find((a) => a.expired);
    await assert.rejects(
      octokit.rest.actions.downloadArtifact({
        owner: 'acme',
        repo: 'churn-model',
        artifact_id: expired!.id,
        archive_format: 'zip',
        request: { redirect: 'manual' },
      }),
      (error: { status: number }) => error.status === 410,
    );
  });

  test('a read-only token can read but its writes answer 403 "Resource not accessible by integration"', async () => {
    emulator.readOnlyToken('ghs_forktoken');
    const forkOctokit = getOctokit('ghs_forktoken', { baseUrl: emulator.url });
    const { data } = await forkOctokit.rest.issues.listComments({
      owner: 'acme',
      repo: 'churn-model',
      issue_number: 12,
    });
    assert.equal(data.length, 1);
    await assert.rejects(
      forkOctokit.rest.issues.createComment({
        owner: 'acme',
        repo: 'churn-model',
        issue_number: 12,
        body: 'hi',
      }),
      (error: { status: number; message: string }) =>
        error.status === 403 && error.message.startsWith('Resource not accessible by integration'),
    );
  });

  test('an injected 500 is retried by plugin-retry and the second attempt succeeds', async () => {
    const retrying = getOctokit(
      TOKEN,
      { baseUrl: emulator.url, retry: { retryAfterBaseValue: 1 } },
      retry,
    );
    emulator.failNext({ method: 'GET', pathPattern: /\/issues\/12\/comments$/, status: 500 });
    const before = emulator.requests.length;
    const { data } = await retrying.rest.issues.listComments({
      owner: 'acme',
      repo: 'churn-model',
      issue_number: 12,
    });
    assert.equal(data.length, 1);
    assert.deepEqual(
      emulator.requests.slice(before).map((r) => r.status),
      [500, 200],
    );
  });

  test('an injected secondary rate limit is waited out by plugin-throttling', async () => {
    const seen: number[] = [];
    const throttled = getOctokit(
      TOKEN,
      {
        baseUrl: emulator.url,
        throttle: {
          retryAfterBaseValue: 1,
          onRateLimit: () => false,
          onSecondaryRateLimit: (retryAfter: number) => {
            seen.push(retryAfter);
            return true;
          },
        },
      },
      throttling,
    );
    // A GET: plugin-throttling spaces writes (POST) at least 1 s apart on its own.
    emulator.failNext({
      method: 'GET',
      pathPattern: /\/issues\/12\/comments$/,
      status: 403,
      rateLimit: 'secondary',
      retryAfterSeconds: 2,
    });
    const { status } = await throttled.rest.issues.listComments({
      owner: 'acme',
      repo: 'churn-model',
      issue_number: 12,
    });
    assert.equal(status, 200);
    assert.deepEqual(seen, [2]);
  });

  test('an injected primary rate limit carries x-ratelimit-remaining 0 and a reset time', async () => {
    emulator.failNext({
      pathPattern: /^\/repos\/acme\/churn-model$/,
      status: 403,
      rateLimit: 'primary',
      retryAfterSeconds: 30,
    });
    const response = await fetch(`${emulator.url}/repos/acme/churn-model`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('x-ratelimit-remaining'), '0');
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    assert.ok(reset * 1000 > Date.now() + 20_000, `reset ${reset} should be ~30 s ahead`);
    assert.match(((await response.json()) as { message: string }).message, /rate limit exceeded/);
  });

  test('requests are recorded with method, path, query, token and parsed body', () => {
    const post = emulator.requests.find(
      (r) => r.method === 'POST' && r.path === '/repos/acme/churn-model/issues/7/comments',
    );
    assert.deepEqual(post?.body, { body: 'comment 0' });
    assert.equal(post?.token, TOKEN);
  });

  const twirp = (method: string, token: string | undefined, body: unknown) =>
    fetch(`${emulator.resultsUrl}twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });

  test('Twirp calls without a runtime token answer 401 unauthenticated', async () => {
    const response = await twirp('ListArtifacts', undefined, {
      workflow_run_backend_id: 'r',
      workflow_job_run_backend_id: 'j',
    });
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { code: string }).code, 'unauthenticated');
  });

  test('Twirp calls for a run the token is not scoped to answer 403 permission_denied', async () => {
    const run = emulator.createRun();
    const response = await twirp('ListArtifacts', run.runtimeToken, {
      workflow_run_backend_id: 'someone-else',
      workflow_job_run_backend_id: 'j',
    });
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { code: string }).code, 'permission_denied');
  });

  test('CreateArtifact for a name already finalized in the run answers 409 already_exists', async () => {
    const run = emulator.createRun();
    await emulator.addArtifact({ name: 'drift-events', files: { 'events.db': 'x' }, run });
    const response = await twirp('CreateArtifact', run.runtimeToken, {
      workflow_run_backend_id: run.runBackendId,
      workflow_job_run_backend_id: run.jobBackendId,
      name: 'drift-events',
      version: 7,
    });
    assert.equal(response.status, 409);
    assert.equal(((await response.json()) as { code: string }).code, 'already_exists');
  });

  test('FinalizeArtifact before anything was uploaded answers failed_precondition', async () => {
    const run = emulator.createRun();
    const ids = {
      workflow_run_backend_id: run.runBackendId,
      workflow_job_run_backend_id: run.jobBackendId,
      name: 'empty',
    };
    const created = (await (
      await twirp('CreateArtifact', run.runtimeToken, { ...ids, version: 7 })
    ).json()) as { signed_upload_url: string };
    assert.match(created.signed_upload_url, /[?&]sig=/);
    const response = await twirp('FinalizeArtifact', run.runtimeToken, { ...ids, size: '0' });
    assert.equal(response.status, 412);
    assert.equal(((await response.json()) as { code: string }).code, 'failed_precondition');
  });
});
