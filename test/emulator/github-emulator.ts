/**
 * A loopback GitHub for tests: the REST routes drift-sentinel uses (issue comments,
 * workflow dispatch, artifacts, repository and run lookups), typed against GitHub's
 * OpenAPI description (`@octokit/openapi-types`), plus the Actions artifact service
 * (`github.actions.results.api.v1.ArtifactService`, Twirp/JSON) whose signed URLs point
 * into Azurite. The official `@actions/github` and `@actions/artifact` clients talk to it
 * unmodified. Everything listens on 127.0.0.1 only.
 *
 * @example
 * const emulator = await startGitHubEmulator({ owner: 'acme', repo: 'churn-model' });
 * emulator.addWorkflow('retrain.yml', { inputs: ['event-id', 'severity', 'drift-type', 'reason'] });
 * const env = runnerEnvironment({ emulator, eventName: 'schedule', payload: webhookPayload('schedule', emulator),
 *   inputs: { ... }, workspace, tempDir, token: 'ghs_job' });
 * await execFileP(process.execPath, ['dist/index.js'], { env });
 * emulator.dispatches; emulator.comments('acme', 'churn-model', 7); readOutputs(env.GITHUB_OUTPUT!);
 * await emulator.stop();
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components, operations } from '@octokit/openapi-types';
import { createArtifactBlobStore } from './artifact-blob-store.ts';
import type { ArtifactBlobStore } from './artifact-blob-store.ts';
import { startAzurite } from './azurite.ts';
import type { Azurite } from './azurite.ts';
import { createZip } from './zip-archive.ts';

type IssueComment = components['schemas']['issue-comment'];
type SimpleUser = components['schemas']['simple-user'];
type RestArtifact = components['schemas']['artifact'];
type BasicError = components['schemas']['basic-error'];
type ValidationError = components['schemas']['validation-error'];
type ValidationErrorSimple = components['schemas']['validation-error-simple'];
type MinimalRepository = Pick<
  components['schemas']['full-repository'],
  | 'id'
  | 'node_id'
  | 'name'
  | 'full_name'
  | 'private'
  | 'html_url'
  | 'url'
  | 'fork'
  | 'default_branch'
  | 'visibility'
> & { owner: SimpleUser };
type MinimalWorkflowRun = Pick<
  components['schemas']['workflow-run'],
  | 'id'
  | 'name'
  | 'node_id'
  | 'head_branch'
  | 'head_sha'
  | 'path'
  | 'run_number'
  | 'run_attempt'
  | 'event'
  | 'status'
  | 'conclusion'
  | 'workflow_id'
  | 'url'
  | 'html_url'
  | 'created_at'
  | 'updated_at'
>;
type CreateCommentBody =
  operations['issues/create-comment']['requestBody']['content']['application/json'];
type UpdateCommentBody =
  operations['issues/update-comment']['requestBody']['content']['application/json'];
type DispatchBody =
  operations['actions/create-workflow-dispatch']['requestBody']['content']['application/json'];
type DispatchResponse = components['schemas']['workflow-dispatch-response'];
type ArtifactList =
  operations['actions/list-artifacts-for-repo']['responses'][200]['content']['application/json'];

/** Options of {@link startGitHubEmulator}; every field has a default. */
export interface GitHubEmulatorOptions {
  /** Owner of the one repository the emulator serves. Default `octo-org`. */
  owner?: string;
  /** Name of that repository. Default `drift-model`. */
  repo?: string;
  /** Numeric id of the repository (artifacts' `workflow_run.repository_id`). Default 700000001. */
  repositoryId?: number;
  /** Default `main`. */
  defaultBranch?: string;
  /**
   * Blob storage for artifacts. Omitted: the emulator starts its own Azurite and stops it
   * in `stop()`. `null`: no artifact storage (artifact routes answer 501), for tests that
   * only need comments or dispatch and want to skip Azurite's ~1 s start.
   */
  azurite?: Azurite | null;
  /** Whether dispatch honours `return_run_details: true` (github.com does). Default true. */
  dispatchReturnsRunDetails?: boolean;
}

/** One HTTP request as the emulator saw it (recorded before any failure injection). */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/o/r/issues/7/comments`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
  /** The token from `Authorization: token|Bearer <t>`, if any. */
  token: string | undefined;
  /** Status the emulator answered with. */
  status: number;
}

/** A failure to answer instead of the real response, for the next matching request(s). */
export interface FailureRule {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Tested against the path without query string. */
  pathPattern: RegExp;
  status: 500 | 502 | 503 | 403 | 404 | 422 | 429;
  /** How many matching requests fail before the route answers normally again. Default 1. */
  times?: number;
  headers?: Record<string, string>;
  /** Response body (JSON). Defaults to a GitHub-shaped error, or a Twirp error under /twirp. */
  body?: unknown;
  /**
   * Fills headers and body with GitHub's rate-limit shapes (documented at
   * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api):
   * `secondary`: 403, `retry-after`, "You have exceeded a secondary rate limit...";
   * `primary`: 403, `x-ratelimit-remaining: 0`, `x-ratelimit-reset` (epoch seconds).
   */
  rateLimit?: 'secondary' | 'primary';
  /** Seconds until a rate limit lifts (`retry-after` / `x-ratelimit-reset`). Default 1. */
  retryAfterSeconds?: number;
}

/** A workflow run the emulator knows: created by `createRun`, by dispatch, or on first artifact upload. */
export interface EmulatedRun {
  /** Numeric id (`GITHUB_RUN_ID`, REST `run_id`). */
  id: number;
  /** Ids the artifact service knows the run and job by; the runtime token carries them. */
  runBackendId: string;
  jobBackendId: string;
  /** `ACTIONS_RUNTIME_TOKEN` for this run. */
  runtimeToken: string;
  event: string;
  workflowId: string;
  headBranch: string;
  headSha: string;
  /** Differs from the emulator's `repositoryId` for runs triggered from a fork. */
  headRepositoryId: number;
  runNumber: number;
  createdAt: Date;
}

/** Options of {@link GitHubEmulator.createRun}. */
export interface RunOptions {
  id?: number;
  event?: string;
  workflowId?: string;
  headBranch?: string;
  headSha?: string;
  headRepositoryId?: number;
}

/** An artifact in the emulator's store; `uploaded` turns true at FinalizeArtifact. */
export interface EmulatedArtifact {
  id: number;
  name: string;
  runId: number;
  runBackendId: string;
  jobBackendId: string;
  repositoryId: number;
  headRepositoryId: number;
  headBranch: string;
  headSha: string;
  sizeInBytes: number;
  /** `sha256:<hex>` as the client reports it, or null. */
  digest: string | null;
  contentType: string;
  createdAt: Date;
  expiresAt: Date | null;
  expired: boolean;
  uploaded: boolean;
  blobName: string;
}

/** What {@link GitHubEmulator.addArtifact} pre-creates. Give `files` (zipped for you) or raw `content`. */
export interface ArtifactSeed {
  name: string;
  /** Archive entries; the artifact is stored as a ZIP, like every `upload-artifact` upload. */
  files?: Record<string, string | Uint8Array>;
  /** Raw bytes stored as-is (a ZIP you built, or a `skipArchive` single file with `contentType`). */
  content?: Uint8Array;
  /** Default `application/zip`. */
  contentType?: string;
  /** The run that "uploaded" it; a fresh run when omitted. */
  run?: EmulatedRun;
  createdAt?: Date;
  expired?: boolean;
  /** Shortcut for a fork run: `headRepositoryId` becomes a different repository's id. */
  fromFork?: boolean;
  headRepositoryId?: number;
  headBranch?: string;
  headSha?: string;
}

/** A recorded `workflow_dispatch`. */
export interface RecordedDispatch {
  owner: string;
  repo: string;
  workflowId: string;
  ref: string;
  inputs: Record<string, unknown>;
  /** Set when the caller asked for `return_run_details` and the emulator supports it. */
  runId: number | undefined;
}

/** Declared `on.workflow_dispatch.inputs` of a workflow the emulator knows. */
export interface WorkflowDefinition {
  /** Every declared input name. Anything else is answered with 422 "Unexpected inputs provided". */
  inputs: string[];
  /** Inputs declared `required: true`; a dispatch without them is answered with 422. */
  required?: string[];
  /** Numeric workflow id, accepted in place of the file name. Default: assigned. */
  id?: number;
}

export interface GitHubEmulator {
  /** `GITHUB_API_URL`: `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** `ACTIONS_RESULTS_URL`: the same server, with the trailing slash the runner gives it. */
  resultsUrl: string;
  /** `GITHUB_SERVER_URL`: `http://github.localhost:<port>` (passes `@actions/artifact`'s host check). */
  serverUrl: string;
  owner: string;
  repo: string;
  repositoryId: number;
  defaultBranch: string;
  /** The Azurite the artifacts live in, or null when started with `azurite: null`. */
  azurite: Azurite | null;
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  readonly dispatches: RecordedDispatch[];
  /** Every artifact, uploaded or not, in creation order. */
  readonly artifacts: EmulatedArtifact[];
  readonly runs: EmulatedRun[];
  /** Comments of one issue or pull request, oldest first (copies). */
  comments(owner: string, repo: string, issueNumber: number): IssueComment[];
  /** Seeds a comment, e.g. one an earlier run left, so an update path can be tested. */
  addComment(
    issueNumber: number,
    body: string,
    user?: { login: string; id: number; type?: string },
  ): IssueComment;
  addWorkflow(fileName: string, definition: WorkflowDefinition): void;
  createRun(options?: RunOptions): EmulatedRun;
  /** An unsigned JWT whose `scp` claim is `Actions.Results:<run>:<job>`, as `@actions/artifact` decodes it. */
  runtimeToken(runBackendId: string, jobBackendId: string): string;
  addArtifact(seed: ArtifactSeed): Promise<EmulatedArtifact>;
  /** The stored bytes of an artifact (a ZIP unless uploaded with `skipArchive`). */
  artifactContent(id: number): Promise<Buffer>;
  /** Writes with this token answer 403 "Resource not accessible by integration" (fork PR GITHUB_TOKEN). */
  readOnlyToken(token: string): void;
  /**
   * Makes `token` a user's token (a personal access token): `GET /user` answers that
   * user and comments it writes carry that user. Any other token is an installation
   * token (the job's GITHUB_TOKEN): `GET /user` answers 403 "Resource not accessible by
   * integration", as github.com does, and its comments carry `github-actions[bot]`.
   */
  userToken(token: string, user: { login: string; id: number }): void;
  failNext(rule: FailureRule): void;
  stop(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
// GitHub refuses comment bodies longer than this (issues/create-comment answers 422).
const MAX_COMMENT_BODY = 65536;
const PER_PAGE_DEFAULT = 30;
const PER_PAGE_MAX = 100;
const RATE_LIMIT = 5000;

class HttpError extends Error {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

const TWIRP_STATUS: Record<string, number> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
  unimplemented: 501,
};

function twirpError(code: keyof typeof TWIRP_STATUS, msg: string): HttpError {
  return new HttpError(TWIRP_STATUS[code], { code, msg });
}

function restError(status: number, message: string, documentationUrl = DOCS): HttpError {
  const body: BasicError = { message, documentation_url: documentationUrl, status: String(status) };
  return new HttpError(status, body);
}

function notFound(): HttpError {
  return restError(404, 'Not Found');
}

function base64Url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Starts the emulator on a free 127.0.0.1 port. Call `stop()` when done. */
export async function startGitHubEmulator(
  options: GitHubEmulatorOptions = {},
): Promise<GitHubEmulator> {
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'drift-model';
  const repositoryId = options.repositoryId ?? 700000001;
  const defaultBranch = options.defaultBranch ?? 'main';
  const dispatchReturnsRunDetails = options.dispatchReturnsRunDetails ?? true;
  const ownsAzurite = options.azurite === undefined;
  const azurite = options.azurite === undefined ? await startAzurite() : options.azurite;
  let blobs: ArtifactBlobStore | undefined;
  try {
    if (azurite) blobs = await createArtifactBlobStore(azurite, `emulator-${randomUUID()}`);
  } catch (error) {
    if (ownsAzurite) await azurite?.stop();
    throw error;
  }

  const requests: RecordedRequest[] = [];
  const dispatches: RecordedDispatch[] = [];
  const artifacts: EmulatedArtifact[] = [];
  const runs: EmulatedRun[] = [];
  const commentsByIssue = new Map<number, IssueComment[]>();
  const workflows = new Map<string, WorkflowDefinition & { id: number; fileName: string }>();
  const readOnlyTokens = new Set<string>();
  const userTokens = new Map<string, { login: string; id: number }>();
  const failures: (FailureRule & { remaining: number })[] = [];
  let nextCommentId = 2000000001;
  let nextArtifactId = 3000000001;
  let nextRunId = 4000000001;
  let nextWorkflowId = 5000001;
  let rateLimitUsed = 0;
  let port = 0;
  const apiUrl = () => `http://127.0.0.1:${port}`;
  const serverUrl = () => `http://github.localhost:${port}`;
  const repoApi = () => `${apiUrl()}/repos/${owner}/${repo}`;
  const repoHtml = () => `${serverUrl()}/${owner}/${repo}`;

  const simpleUser = (login: string, id: number, type = 'User'): SimpleUser => {
    const url = `${apiUrl()}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: `MDQ6VXNlcj${Buffer.from(String(id)).toString('base64')}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url,
      html_url: `${serverUrl()}/${encodeURIComponent(login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type,
      site_admin: false,
    };
  };

  const runtimeToken = (runBackendId: string, jobBackendId: string): string => {
    // The artifact client only decodes the payload (jwt-decode); it never checks the
    // signature, so an unsigned token ("alg": "none") is enough and honest about it.
    const now = Math.floor(Date.now() / 1000);
    const header = base64Url({ typ: 'JWT', alg: 'none' });
    const payload = base64Url({
      nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`,
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vso:00000000-0000-0000-0000-000000000000',
      nbf: now - 60,
      exp: now + 6 * 3600,
    });
    return `${header}.${payload}.`;
  };

  const createRun = (runOptions: RunOptions = {}): EmulatedRun => {
    const id = runOptions.id ?? nextRunId++;
    const runBackendId = randomUUID();
    const jobBackendId = randomUUID();
    const run: EmulatedRun = {
      id,
      runBackendId,
      jobBackendId,
      runtimeToken: runtimeToken(runBackendId, jobBackendId),
      event: runOptions.event ?? 'schedule',
      workflowId: runOptions.workflowId ?? 'drift.yml',
      headBranch: runOptions.headBranch ?? defaultBranch,
      headSha: runOptions.headSha ?? 'a'.repeat(40),
      headRepositoryId: runOptions.headRepositoryId ?? repositoryId,
      runNumber: runs.length + 1,
      createdAt: new Date(),
    };
    runs.push(run);
    return run;
  };

  const runByBackendId = (runBackendId: string, jobBackendId: string): EmulatedRun => {
    const known = runs.find((r) => r.runBackendId === runBackendId);
    if (known) return known;
    // A token made with runtimeToken() directly: adopt its ids as a new run.
    const run = createRun();
    run.runBackendId = runBackendId;
    run.jobBackendId = jobBackendId;
    run.runtimeToken = runtimeToken(runBackendId, jobBackendId);
    return run;
  };

  const blobNameFor = (id: number, name: string, contentType: string): string =>
    // The download side decides "unzip or save raw" from the content type and from
    // whether the URL path ends in .zip, so only ZIP artifacts get the suffix.
    contentType === 'application/zip' && !name.endsWith('.zip')
      ? `${id}/${name}.zip`
      : `${id}/${name}`;

  const makeComment = (issueNumber: number, body: string, user: SimpleUser): IssueComment => {
    const id = nextCommentId++;
    const now = new Date().toISOString();
    return {
      id,
      node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64')}`,
      url: `${repoApi()}/issues/comments/${id}`,
      html_url: `${repoHtml()}/issues/${issueNumber}#issuecomment-${id}`,
      body,
      user,
      created_at: now,
      updated_at: now,
      issue_url: `${repoApi()}/issues/${issueNumber}`,
      author_association: 'NONE',
      performed_via_github_app: null,
      reactions: {
        url: `${repoApi()}/issues/comments/${id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        confused: 0,
        heart: 0,
        hooray: 0,
        eyes: 0,
        rocket: 0,
      },
    };
  };

  const restArtifact = (a: EmulatedArtifact): RestArtifact => ({
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${Buffer.from(String(a.id)).toString('base64')}`,
    name: a.name,
    size_in_bytes: a.sizeInBytes,
    url: `${repoApi()}/actions/artifacts/${a.id}`,
    archive_download_url: `${repoApi()}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.createdAt.toISOString(),
    updated_at: a.createdAt.toISOString(),
    expires_at: a.expiresAt?.toISOString() ?? null,
    digest: a.digest,
    workflow_run: {
      id: a.runId,
      repository_id: a.repositoryId,
      head_repository_id: a.headRepositoryId,
      head_branch: a.headBranch,
      head_sha: a.headSha,
    },
  });

  const newestFirst = (a: EmulatedArtifact, b: EmulatedArtifact) =>
    b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;

  const validateCommentBody = (body: unknown): string => {
    if (typeof body !== 'string') {
      const error: ValidationErrorSimple = {
        message: 'Invalid request.\n\n"body" wasn\'t supplied.',
        documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
      };
      throw new HttpError(422, { ...error, status: '422' });
    }
    if (body.length > MAX_COMMENT_BODY) {
      const error: ValidationError = {
        message: 'Validation Failed',
        documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_COMMENT_BODY} characters)`,
          },
        ],
      };
      throw new HttpError(422, { ...error, status: '422' });
    }
    return body;
  };

  /** Slices one page and builds GitHub's `Link` header (prev, next, last, first). */
  const paginate = <T>(items: T[], url: URL): { page: T[]; link: string | undefined } => {
    const perPage = Math.min(
      Math.max(Number(url.searchParams.get('per_page') ?? PER_PAGE_DEFAULT) || 1, 1),
      PER_PAGE_MAX,
    );
    const pageNumber = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
    const pageUrl = (n: number) => {
      const u = new URL(url.pathname + url.search, apiUrl());
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return u.href;
    };
    const links: string[] = [];
    if (pageNumber > 1) links.push(`<${pageUrl(Math.min(pageNumber - 1, lastPage))}>; rel="prev"`);
    if (pageNumber < lastPage) {
      links.push(`<${pageUrl(pageNumber + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
    }
    if (pageNumber > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
    return {
      page: items.slice((pageNumber - 1) * perPage, pageNumber * perPage),
      link: links.length > 0 ? links.join(', ') : undefined,
    };
  };

  interface Reply {
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
  }

  const listArtifactsReply = (url: URL, filter: (a: EmulatedArtifact) => boolean): Reply => {
    const name = url.searchParams.get('name');
    const matching = artifacts
      .filter((a) => a.uploaded && filter(a) && (name === null || a.name === name))
      .sort(newestFirst);
    const { page, link } = paginate(matching, url);
    const body: ArtifactList = { total_count: matching.length, artifacts: page.map(restArtifact) };
    return { status: 200, body, headers: link ? { link } : {} };
  };

  const handleRest = async (
    method: string,
    url: URL,
    body: unknown,
    token: string | undefined,
  ): Promise<Reply> => {
    const path = url.pathname;
    if (path === '/user' && method === 'GET') {
      if (token === undefined)
        throw restError(
          401,
          'Requires authentication',
          `${DOCS}/users/users#get-the-authenticated-user`,
        );
      const user = userTokens.get(token);
      if (!user) {
        throw restError(
          403,
          'Resource not accessible by integration',
          `${DOCS}/users/users#get-the-authenticated-user`,
        );
      }
      return { status: 200, body: simpleUser(user.login, user.id) };
    }
    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!repoMatch) throw notFound();
    if (
      repoMatch[1].toLowerCase() !== owner.toLowerCase() ||
      repoMatch[2].toLowerCase() !== repo.toLowerCase()
    ) {
      throw notFound();
    }
    const rest = repoMatch[3] ?? '';
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite && token === undefined) throw restError(401, 'Requires authentication');
    if (isWrite && readOnlyTokens.has(token as string)) {
      throw restError(403, 'Resource not accessible by integration');
    }
    let m: RegExpExecArray | null;

    if (rest === '' && method === 'GET') {
      const full: MinimalRepository = {
        id: repositoryId,
        node_id: `R_kgDO${Buffer.from(String(repositoryId)).toString('base64')}`,
        name: repo,
        full_name: `${owner}/${repo}`,
        owner: simpleUser(owner, 9919, 'Organization'),
        private: false,
        visibility: 'public',
        html_url: repoHtml(),
        url: repoApi(),
        fork: false,
        default_branch: defaultBranch,
      };
      return { status: 200, body: full };
    }

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issueNumber = Number(m[1]);
      const list = commentsByIssue.get(issueNumber) ?? [];
      if (method === 'GET') {
        const { page, link } = paginate(list, url);
        return { status: 200, body: page, headers: link ? { link } : {} };
      }
      if (method === 'POST') {
        const text = validateCommentBody((body as Partial<CreateCommentBody> | undefined)?.body);
        const user = token === undefined ? undefined : userTokens.get(token);
        const comment = makeComment(
          issueNumber,
          text,
          user
            ? simpleUser(user.login, user.id)
            : simpleUser(GITHUB_ACTIONS_BOT.login, GITHUB_ACTIONS_BOT.id, GITHUB_ACTIONS_BOT.type),
        );
        commentsByIssue.set(issueNumber, [...list, comment]);
        return { status: 201, body: comment, headers: { location: comment.url } };
      }
    }

    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(m[1]);
      const comment = [...commentsByIssue.values()].flat().find((c) => Number(c.id) === id);
      if (!comment) throw notFound();
      if (method === 'GET') return { status: 200, body: comment };
      if (method === 'PATCH') {
        // GitHub lets only the author (or a repository admin) edit a comment; a job
        // token editing a participant's comment is refused.
        const user = token === undefined ? undefined : userTokens.get(token);
        const editor = user ? user.login : GITHUB_ACTIONS_BOT.login;
        if (comment.user?.login !== editor) {
          throw restError(
            403,
            user
              ? 'Must have admin rights to Repository.'
              : 'Resource not accessible by integration',
            `${DOCS}/issues/comments#update-an-issue-comment`,
          );
        }
        comment.body = validateCommentBody((body as Partial<UpdateCommentBody> | undefined)?.body);
        comment.updated_at = new Date().toISOString();
        return { status: 200, body: comment };
      }
    }

    if ((m = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rest)) && method === 'POST') {
      const key = decodeURIComponent(m[1]);
      const workflow =
        workflows.get(key) ?? [...workflows.values()].find((w) => String(w.id) === key);
      if (!workflow) throw notFound();
      const docs = `${DOCS}/actions/workflows#create-a-workflow-dispatch-event`;
      const request = (body ?? {}) as Partial<DispatchBody>;
      if (typeof request.ref !== 'string' || request.ref === '') {
        throw restError(422, 'Invalid request.\n\n"ref" wasn\'t supplied.', docs);
      }
      const inputs = (request.inputs ?? {}) as Record<string, unknown>;
      const unexpected = Object.keys(inputs).filter((k) => !workflow.inputs.includes(k));
      if (unexpected.length > 0) {
        // GitHub formats the list with Ruby's Array#inspect: ["a", "b"].
        const list = `[${unexpected.map((k) => JSON.stringify(k)).join(', ')}]`;
        throw restError(422, `Unexpected inputs provided: ${list}`, docs);
      }
      const missing = (workflow.required ?? []).find((k) => !(k in inputs));
      if (missing !== undefined)
        throw restError(422, `Required input '${missing}' not provided`, docs);
      const ref = request.ref.replace(/^refs\/(heads|tags)\//, '');
      let runId: number | undefined;
      if (request.return_run_details === true && dispatchReturnsRunDetails) {
        runId = createRun({
          event: 'workflow_dispatch',
          workflowId: workflow.fileName,
          headBranch: ref,
        }).id;
      }
      dispatches.push({
        owner,
        repo,
        workflowId: workflow.fileName,
        ref: request.ref,
        inputs,
        runId,
      });
      if (runId === undefined) return { status: 204 };
      const reply: DispatchResponse = {
        workflow_run_id: runId,
        run_url: `${repoApi()}/actions/runs/${runId}`,
        html_url: `${repoHtml()}/actions/runs/${runId}`,
      };
      return { status: 200, body: reply };
    }

    if (rest === '/actions/artifacts' && method === 'GET') {
      return listArtifactsReply(url, () => true);
    }

    if ((m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest)) && method === 'GET') {
      const runId = Number(m[1]);
      return listArtifactsReply(url, (a) => a.runId === runId);
    }

    if ((m = /^\/actions\/artifacts\/(\d+)(\/zip)?$/.exec(rest))) {
      const artifact = artifacts.find((a) => a.id === Number(m![1]) && a.uploaded);
      if (!artifact) throw notFound();
      if (!m[2] && method === 'GET') return { status: 200, body: restArtifact(artifact) };
      if (!m[2] && method === 'DELETE') {
        artifacts.splice(artifacts.indexOf(artifact), 1);
        return { status: 204 };
      }
      if (m[2] && method === 'GET') {
        if (artifact.expired) throw restError(410, 'Artifact has expired');
        if (!blobs) throw restError(501, 'The emulator was started without Azurite');
        // GitHub answers with a redirect to a short-lived blob URL, never with the bytes.
        const location = blobs.downloadUrl(
          artifact.blobName,
          artifact.blobName.split('/').pop() as string,
        );
        return { status: 302, headers: { location } };
      }
    }

    if ((m = /^\/actions\/runs\/(\d+)$/.exec(rest)) && method === 'GET') {
      const run = runs.find((r) => r.id === Number(m![1]));
      if (!run) throw notFound();
      const reply: MinimalWorkflowRun & {
        repository: { id: number; full_name: string };
        head_repository: { id: number };
      } = {
        id: run.id,
        name: run.workflowId,
        node_id: `WFR_kwLO${Buffer.from(String(run.id)).toString('base64')}`,
        head_branch: run.headBranch,
        head_sha: run.headSha,
        path: `.github/workflows/${run.workflowId}`,
        run_number: run.runNumber,
        run_attempt: 1,
        event: run.event,
        status: 'in_progress',
        conclusion: null,
        workflow_id: workflows.get(run.workflowId)?.id ?? 0,
        url: `${repoApi()}/actions/runs/${run.id}`,
        html_url: `${repoHtml()}/actions/runs/${run.id}`,
        created_at: run.createdAt.toISOString(),
        updated_at: run.createdAt.toISOString(),
        repository: { id: repositoryId, full_name: `${owner}/${repo}` },
        head_repository: { id: run.headRepositoryId },
      };
      return { status: 200, body: reply };
    }

    throw notFound();
  };

  const handleTwirp = async (
    method: string,
    body: unknown,
    authorization: string | undefined,
  ): Promise<Reply> => {
    if (!blobs) throw twirpError('unimplemented', 'The emulator was started without Azurite');
    const store = blobs;
    const scope = /^Bearer\s+[^.]+\.([^.]+)\./i.exec(authorization ?? '');
    let tokenIds: { run: string; job: string } | undefined;
    try {
      const claims = scope
        ? (JSON.parse(Buffer.from(scope[1], 'base64url').toString('utf8')) as { scp?: string })
        : {};
      const results = (claims.scp ?? '').split(' ').find((s) => s.startsWith('Actions.Results:'));
      const parts = results?.split(':');
      if (parts?.length === 3) tokenIds = { run: parts[1], job: parts[2] };
    } catch {
      tokenIds = undefined;
    }
    if (!tokenIds)
      throw twirpError('unauthenticated', 'Missing or malformed ACTIONS_RUNTIME_TOKEN');
    const request = (body ?? {}) as Record<string, unknown>;
    const runBackendId = String(request.workflow_run_backend_id ?? '');
    const jobBackendId = String(request.workflow_job_run_backend_id ?? '');
    if (runBackendId !== tokenIds.run) {
      throw twirpError(
        'permission_denied',
        `Token is not scoped to workflow run backend id '${runBackendId}'`,
      );
    }
    const name = typeof request.name === 'string' ? request.name : undefined;
    const inRun = (a: EmulatedArtifact) => a.runBackendId === runBackendId;

    switch (method) {
      case 'CreateArtifact': {
        if (!name) throw twirpError('invalid_argument', 'name is required');
        if (artifacts.some((a) => inRun(a) && a.uploaded && a.name === name)) {
          throw twirpError(
            'already_exists',
            `an artifact with this name already exists on the workflow run`,
          );
        }
        // An earlier attempt that never finalized is replaced, as a retried upload would be.
        const stale = artifacts.findIndex((a) => inRun(a) && !a.uploaded && a.name === name);
        if (stale >= 0) artifacts.splice(stale, 1);
        const run = runByBackendId(runBackendId, jobBackendId);
        const contentType =
          typeof request.mime_type === 'string' ? request.mime_type : 'application/zip';
        const id = nextArtifactId++;
        const artifact: EmulatedArtifact = {
          id,
          name,
          runId: run.id,
          runBackendId,
          jobBackendId,
          repositoryId,
          headRepositoryId: run.headRepositoryId,
          headBranch: run.headBranch,
          headSha: run.headSha,
          sizeInBytes: 0,
          digest: null,
          contentType,
          createdAt: new Date(),
          expiresAt: typeof request.expires_at === 'string' ? new Date(request.expires_at) : null,
          expired: false,
          uploaded: false,
          blobName: blobNameFor(id, name, contentType),
        };
        artifacts.push(artifact);
        return {
          status: 200,
          body: { ok: true, signed_upload_url: store.uploadUrl(artifact.blobName) },
        };
      }
      case 'FinalizeArtifact': {
        const artifact = artifacts.find((a) => inRun(a) && !a.uploaded && a.name === name);
        if (!artifact)
          throw twirpError('not_found', `no pending artifact named '${name}' in this run`);
        const stored = await store.sizeOf(artifact.blobName);
        if (stored === undefined)
          throw twirpError('failed_precondition', `nothing was uploaded for artifact '${name}'`);
        artifact.sizeInBytes = Number(request.size ?? stored);
        artifact.digest = typeof request.hash === 'string' ? request.hash : null;
        artifact.uploaded = true;
        return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
      }
      case 'ListArtifacts': {
        const nameFilter =
          typeof request.name_filter === 'string' ? request.name_filter : undefined;
        const idFilter = request.id_filter !== undefined ? Number(request.id_filter) : undefined;
        const listed = artifacts.filter(
          (a) =>
            inRun(a) &&
            a.uploaded &&
            !a.expired &&
            (nameFilter === undefined || a.name === nameFilter) &&
            (idFilter === undefined || a.id === idFilter),
        );
        return {
          status: 200,
          body: {
            artifacts: listed.map((a) => ({
              workflow_run_backend_id: a.runBackendId,
              workflow_job_run_backend_id: a.jobBackendId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.sizeInBytes),
              created_at: a.createdAt.toISOString(),
              ...(a.digest ? { digest: a.digest } : {}),
            })),
          },
        };
      }
      case 'GetSignedArtifactURL': {
        const artifact = artifacts.find((a) => inRun(a) && a.uploaded && a.name === name);
        if (!artifact) throw twirpError('not_found', `artifact '${name}' not found in this run`);
        return {
          status: 200,
          body: {
            signed_url: store.downloadUrl(
              artifact.blobName,
              artifact.blobName.split('/').pop() as string,
            ),
          },
        };
      }
      case 'DeleteArtifact': {
        const artifact = artifacts.find((a) => inRun(a) && a.uploaded && a.name === name);
        if (!artifact) throw twirpError('not_found', `artifact '${name}' not found in this run`);
        artifacts.splice(artifacts.indexOf(artifact), 1);
        return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
      }
      default:
        throw twirpError('bad_route', `no handler for path "${TWIRP_PREFIX}${method}"`);
    }
  };

  const injectedFailure = (method: string, path: string): Reply | undefined => {
    const index = failures.findIndex(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method) && f.pathPattern.test(path),
    );
    if (index < 0) return undefined;
    const rule = failures[index];
    rule.remaining -= 1;
    if (rule.remaining <= 0) failures.splice(index, 1);
    const wait = rule.retryAfterSeconds ?? 1;
    const headers: Record<string, string> = {};
    let body: unknown;
    if (rule.rateLimit === 'secondary') {
      headers['retry-after'] = String(wait);
      body = {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(rule.status),
      };
    } else if (rule.rateLimit === 'primary') {
      headers['x-ratelimit-limit'] = String(RATE_LIMIT);
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-used'] = String(RATE_LIMIT);
      headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + wait);
      headers['x-ratelimit-resource'] = 'core';
      body = {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url:
          'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        status: String(rule.status),
      };
    } else if (path.startsWith('/twirp/')) {
      body = {
        code: rule.status >= 500 ? 'internal' : 'unknown',
        msg: `injected failure (HTTP ${rule.status})`,
      };
    } else {
      body = {
        message: `Injected failure (HTTP ${rule.status})`,
        documentation_url: DOCS,
        status: String(rule.status),
      };
    }
    return {
      status: rule.status,
      body: rule.body ?? body,
      headers: { ...headers, ...rule.headers },
    };
  };

  const readBody = async (req: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (text === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };

  const send = (res: ServerResponse, reply: Reply, isTwirp: boolean) => {
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      ...reply.headers,
    };
    if (!isTwirp) {
      rateLimitUsed += 1;
      headers['x-ratelimit-limit'] ??= String(RATE_LIMIT);
      headers['x-ratelimit-remaining'] ??= String(Math.max(RATE_LIMIT - rateLimitUsed, 0));
      headers['x-ratelimit-used'] ??= String(rateLimitUsed);
      headers['x-ratelimit-reset'] ??= String(Math.ceil(Date.now() / 1000) + 3600);
      headers['x-ratelimit-resource'] ??= 'core';
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    const payload = JSON.stringify(reply.body);
    res
      .writeHead(reply.status, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(payload)),
      })
      .end(payload);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', apiUrl());
      const isTwirp = url.pathname.startsWith(TWIRP_PREFIX);
      const authorization = req.headers.authorization;
      const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1];
      const record: RecordedRequest = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: undefined,
        token,
        status: 0,
      };
      requests.push(record);
      let reply: Reply;
      try {
        record.body = await readBody(req);
        const failure = injectedFailure(method, url.pathname);
        if (failure) reply = failure;
        else if (isTwirp) {
          if (method !== 'POST')
            throw twirpError('bad_route', `unsupported method ${method} (only POST is allowed)`);
          reply = await handleTwirp(
            url.pathname.slice(TWIRP_PREFIX.length),
            record.body,
            authorization,
          );
        } else {
          reply = await handleRest(method, url, record.body, token);
        }
      } catch (error) {
        if (error instanceof HttpError)
          reply = { status: error.status, body: error.body, headers: error.headers };
        else {
          const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
          reply = isTwirp
            ? { status: 500, body: { code: 'internal', msg: message } }
            : { status: 500, body: { message, documentation_url: DOCS, status: '500' } };
        }
      }
      record.status = reply.status;
      send(res, reply, isTwirp);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: apiUrl(),
    resultsUrl: `${apiUrl()}/`,
    serverUrl: serverUrl(),
    owner,
    repo,
    repositoryId,
    defaultBranch,
    azurite,
    requests,
    dispatches,
    artifacts,
    runs,
    comments(commentOwner, commentRepo, issueNumber) {
      if (
        commentOwner.toLowerCase() !== owner.toLowerCase() ||
        commentRepo.toLowerCase() !== repo.toLowerCase()
      ) {
        return [];
      }
      return (commentsByIssue.get(issueNumber) ?? []).map((c) => structuredClone(c));
    },
    addComment(issueNumber, body, user = GITHUB_ACTIONS_BOT) {
      const comment = makeComment(issueNumber, body, simpleUser(user.login, user.id, user.type));
      commentsByIssue.set(issueNumber, [...(commentsByIssue.get(issueNumber) ?? []), comment]);
      return structuredClone(comment);
    },
    addWorkflow(fileName, definition) {
      workflows.set(fileName, { ...definition, id: definition.id ?? nextWorkflowId++, fileName });
    },
    createRun,
    runtimeToken,
    async addArtifact(seed) {
      if (!blobs)
        throw new Error(
          'addArtifact: the emulator was started with azurite: null; artifacts need Azurite',
        );
      if ((seed.files === undefined) === (seed.content === undefined)) {
        throw new Error(`addArtifact('${seed.name}'): give exactly one of files or content`);
      }
      const run =
        seed.run ??
        createRun({
          headRepositoryId: seed.headRepositoryId ?? (seed.fromFork ? repositoryId + 1 : undefined),
          headBranch: seed.headBranch,
          headSha: seed.headSha,
          event: seed.fromFork ? 'pull_request' : undefined,
        });
      const content = seed.files ? createZip(seed.files) : Buffer.from(seed.content as Uint8Array);
      const contentType = seed.contentType ?? 'application/zip';
      const id = nextArtifactId++;
      const artifact: EmulatedArtifact = {
        id,
        name: seed.name,
        runId: run.id,
        runBackendId: run.runBackendId,
        jobBackendId: run.jobBackendId,
        repositoryId,
        headRepositoryId:
          seed.headRepositoryId ?? (seed.fromFork ? repositoryId + 1 : run.headRepositoryId),
        headBranch: seed.headBranch ?? run.headBranch,
        headSha: seed.headSha ?? run.headSha,
        sizeInBytes: content.length,
        digest: null,
        contentType,
        createdAt: seed.createdAt ?? new Date(),
        expiresAt: null,
        expired: seed.expired ?? false,
        uploaded: true,
        blobName: blobNameFor(id, seed.name, contentType),
      };
      // Expired artifacts keep no bytes on GitHub either.
      if (!artifact.expired) await blobs.put(artifact.blobName, content, contentType);
      artifacts.push(artifact);
      return artifact;
    },
    async artifactContent(id) {
      const artifact = artifacts.find((a) => a.id === id);
      if (!artifact || !blobs)
        throw new Error(
          `artifactContent: no artifact with id ${id}; expected one of ${artifacts.map((a) => a.id).join(', ')}`,
        );
      return blobs.get(artifact.blobName);
    },
    readOnlyToken(token) {
      readOnlyTokens.add(token);
    },
    userToken(token, user) {
      userTokens.set(token, user);
    },
    failNext(rule) {
      failures.push({ ...rule, remaining: rule.times ?? 1 });
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets from clients would otherwise hold close() open.
      server.closeAllConnections();
      await closed;
      if (ownsAzurite) await azurite?.stop();
    },
  };
}
