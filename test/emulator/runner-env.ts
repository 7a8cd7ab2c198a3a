/**
 * The environment a GitHub-hosted runner gives a JavaScript action, pointed at the
 * loopback emulator, so tests can run the bundled action as a child process exactly as a
 * runner would. Variables follow
 * https://docs.github.com/actions/reference/variables-reference#default-environment-variables
 * and the file-command files the runner creates for each step.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { EmulatedRun, GitHubEmulator } from './github-emulator.ts';

/** Options of {@link runnerEnvironment}. */
export interface RunnerEnvironmentOptions {
  emulator: GitHubEmulator;
  /** `GITHUB_EVENT_NAME`, e.g. `schedule`, `pull_request`, `workflow_dispatch`, `push`. */
  eventName: string;
  /** Written to `GITHUB_EVENT_PATH`; see {@link webhookPayload}. */
  payload: Record<string, unknown>;
  /** Action inputs by their `action.yml` name; become `INPUT_<NAME>`. */
  inputs?: Record<string, string>;
  /** `GITHUB_WORKSPACE` (must exist). */
  workspace: string;
  /** `RUNNER_TEMP` (must exist); the event file and file-command files go below it. */
  tempDir: string;
  /** The job's `GITHUB_TOKEN`. The runner passes it to actions only through inputs. */
  token: string;
  /**
   * Input that receives `token` unless `inputs` already sets it, as a `default: ${{ github.token }}`
   * in action.yml would. Default `github-token`; null leaves inputs alone.
   */
  tokenInput?: string | null;
  /** The run the step belongs to; default a fresh `emulator.createRun` matching the event. */
  run?: EmulatedRun;
  /** `GITHUB_WORKFLOW`. Default `drift-sentinel`. */
  workflow?: string;
  /** `GITHUB_ACTOR`. Default the payload's sender, else `octocat`. */
  actor?: string;
  /**
   * Variables to start from. Default: this process's environment without any `GITHUB_*`,
   * `INPUT_*`, `ACTIONS_*` and `RUNNER_*` (which would leak in when the tests themselves run
   * on GitHub Actions and point the action at the real GitHub).
   */
  baseEnv?: NodeJS.ProcessEnv;
}

const RUNNER_PREFIXES = /^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/;

/** `@actions/core`'s getInput reads `INPUT_` + the name with spaces as underscores, upper-cased; hyphens stay. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Builds the step environment and creates the files it names (event payload, and empty
 * `GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE`, `GITHUB_PATH`, `GITHUB_STEP_SUMMARY`).
 * Also registers the run with the emulator so artifacts the action uploads carry its
 * `GITHUB_RUN_ID`.
 */
export function runnerEnvironment(options: RunnerEnvironmentOptions): NodeJS.ProcessEnv {
  const { emulator, eventName, payload, workspace, tempDir, token } = options;
  const pullRequest = payload.pull_request as
    | {
        number: number;
        merge_commit_sha?: string | null;
        head: { ref: string; sha: string; repo: { id: number } };
        base: { ref: string };
      }
    | undefined;
  const pushRef = typeof payload.ref === 'string' ? payload.ref : undefined;

  let ref = pushRef ?? `refs/heads/${emulator.defaultBranch}`;
  if (pullRequest) ref = `refs/pull/${pullRequest.number}/merge`;
  const run =
    options.run ??
    emulator.createRun({
      event: eventName,
      headBranch: pullRequest ? pullRequest.head.ref : ref.replace(/^refs\/(heads|tags)\//, ''),
      headSha: pullRequest
        ? pullRequest.head.sha
        : typeof payload.after === 'string'
          ? payload.after
          : undefined,
      headRepositoryId: pullRequest?.head.repo.id,
    });
  // For pull requests GITHUB_SHA is the test merge commit, not the head commit.
  const sha = pullRequest ? (pullRequest.merge_commit_sha ?? pullRequest.head.sha) : run.headSha;

  const workflowDir = join(tempDir, '_github_workflow');
  const commandsDir = join(tempDir, '_runner_file_commands');
  mkdirSync(workflowDir, { recursive: true });
  mkdirSync(commandsDir, { recursive: true });
  const eventPath = join(workflowDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  const commandFile = (kind: string) => {
    const file = join(commandsDir, `${kind}_${randomUUID()}`);
    writeFileSync(file, '');
    return file;
  };

  const base =
    options.baseEnv ??
    Object.fromEntries(Object.entries(process.env).filter(([k]) => !RUNNER_PREFIXES.test(k)));
  const sender = (payload.sender as { login?: string } | undefined)?.login;
  const env: NodeJS.ProcessEnv = {
    ...base,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: emulator.url,
    GITHUB_GRAPHQL_URL: `${emulator.url}/graphql`,
    GITHUB_SERVER_URL: emulator.serverUrl,
    GITHUB_REPOSITORY: `${emulator.owner}/${emulator.repo}`,
    GITHUB_REPOSITORY_OWNER: emulator.owner,
    GITHUB_REPOSITORY_ID: String(emulator.repositoryId),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: pullRequest
      ? `${pullRequest.number}/merge`
      : ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: pullRequest?.head.ref ?? '',
    GITHUB_BASE_REF: pullRequest?.base.ref ?? '',
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: options.workflow ?? 'drift-sentinel',
    GITHUB_WORKFLOW_REF: `${emulator.owner}/${emulator.repo}/.github/workflows/${run.workflowId}@${ref}`,
    GITHUB_JOB: 'drift',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: options.actor ?? sender ?? 'octocat',
    GITHUB_TRIGGERING_ACTOR: options.actor ?? sender ?? 'octocat',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: commandFile('set_output'),
    GITHUB_ENV: commandFile('set_env'),
    GITHUB_STATE: commandFile('save_state'),
    GITHUB_PATH: commandFile('add_path'),
    GITHUB_STEP_SUMMARY: commandFile('step_summary'),
    RUNNER_TEMP: tempDir,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ACTIONS_RUNTIME_TOKEN: run.runtimeToken,
    ACTIONS_RESULTS_URL: emulator.resultsUrl,
  };
  const inputs = { ...options.inputs };
  const tokenInput = options.tokenInput === undefined ? 'github-token' : options.tokenInput;
  if (tokenInput !== null && !(tokenInput in inputs)) inputs[tokenInput] = token;
  for (const [name, value] of Object.entries(inputs)) env[inputVariableName(name)] = value;
  return env;
}

/**
 * Parses a file-command file (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE`): the
 * `name<<delimiter` heredoc blocks `@actions/core` writes, and plain `name=value` lines.
 */
export function readOutputs(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const outputs: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0)
        throw new Error(`readOutputs: ${file} line ${i + 1}: no closing delimiter '${heredoc[2]}'`);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw new Error(
        `readOutputs: ${file} line ${i + 1}: '${line}' is neither name=value nor name<<delimiter`,
      );
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/** The repository a payload is rewritten to; a {@link GitHubEmulator} fits as is. */
export interface PayloadRepository {
  owner: string;
  repo: string;
  repositoryId: number;
  defaultBranch: string;
}

/** Options of {@link webhookPayload}. */
export interface PayloadVariant {
  /** `pull_request` only: the head branch lives in a fork (`head.repo.fork: true`, another owner). */
  fork?: boolean;
  /** `workflow_dispatch` only: the inputs the run was dispatched with. */
  inputs?: Record<string, string>;
  /** `workflow_dispatch` and `schedule`: the workflow file. Default `drift.yml`. */
  workflowFile?: string;
  /** `schedule` only. Default `0 *\/6 * * *` (every six hours, as DESIGN.md's schedule). */
  cron?: string;
}

/** Login of the fork owner in fork pull-request payloads. */
export const FORK_OWNER = 'fork-contributor';

type Json = Record<string, unknown>;
type Example = { name: string; examples: Json[] };

/**
 * A real webhook payload from `@octokit/webhooks-examples`, rewritten to `repository`.
 * `schedule` has no example there; it is built as GitHub documents it:
 * https://docs.github.com/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#schedule
 */
export function webhookPayload(
  eventName: 'pull_request' | 'workflow_dispatch' | 'schedule' | 'push',
  repository: PayloadRepository,
  variant: PayloadVariant = {},
): Json {
  const require = createRequire(import.meta.url);
  const examples = require('@octokit/webhooks-examples') as Example[];
  const pick = (name: string, accept: (e: Json) => boolean) => {
    const found = examples.find((e) => e.name === name)?.examples.find(accept);
    if (!found)
      throw new Error(
        `webhookPayload: @octokit/webhooks-examples has no '${name}' example that fits`,
      );
    return found;
  };
  const workflowPath = `.github/workflows/${variant.workflowFile ?? 'drift.yml'}`;
  const branchRef = `refs/heads/${repository.defaultBranch}`;

  let payload: Json;
  if (eventName === 'pull_request') {
    payload = rewrite(
      pick('pull_request', (e) => e.action === 'opened'),
      repository,
    );
    const pr = payload.pull_request as {
      base: Json & { repo: Json };
      head: Json & { repo: Json; user: Json };
    };
    pr.base.ref = repository.defaultBranch;
    pr.base.label = `${repository.owner}:${repository.defaultBranch}`;
    if (variant.fork) {
      const forkFull = `${FORK_OWNER}/${repository.repo}`;
      const forkRepo = JSON.parse(
        JSON.stringify(pr.head.repo).replaceAll(`${repository.owner}/${repository.repo}`, forkFull),
      ) as Json;
      forkRepo.id = repository.repositoryId + 1;
      forkRepo.full_name = forkFull;
      forkRepo.fork = true;
      forkRepo.owner = { ...(forkRepo.owner as Json), login: FORK_OWNER, id: 99000001 };
      pr.head.repo = forkRepo;
      pr.head.user = { ...pr.head.user, login: FORK_OWNER, id: 99000001 };
      pr.head.label = `${FORK_OWNER}:${String(pr.head.ref)}`;
    }
  } else if (eventName === 'push') {
    payload = rewrite(
      pick('push', (e) => String(e.ref).startsWith('refs/heads/')),
      repository,
    );
    payload.ref = branchRef;
  } else if (eventName === 'workflow_dispatch') {
    payload = rewrite(
      pick('workflow_dispatch', () => true),
      repository,
    );
    payload.ref = branchRef;
    payload.inputs = { ...variant.inputs };
    payload.workflow = workflowPath;
  } else if (eventName === 'schedule') {
    const source = rewrite(
      pick('workflow_dispatch', () => true),
      repository,
    );
    payload = {
      schedule: variant.cron ?? '0 */6 * * *',
      workflow: workflowPath,
      repository: source.repository,
      organization: source.organization,
      sender: source.sender,
    };
  } else {
    throw new Error(
      `webhookPayload: unsupported event '${String(eventName)}'; expected pull_request, workflow_dispatch, schedule or push`,
    );
  }
  return payload;
}

/** Deep-copies an example and moves every mention of its repository to `target`. */
function rewrite(example: Json, target: PayloadRepository): Json {
  const source = example.repository as {
    full_name: string;
    name: string;
    owner: { login: string };
  };
  const targetFull = `${target.owner}/${target.repo}`;
  const text = JSON.stringify(example)
    .replaceAll(`/${source.full_name}`, `/${targetFull}`)
    .replaceAll(`:${source.full_name}.git"`, `:${targetFull}.git"`)
    .replaceAll(`"${source.full_name}"`, `"${targetFull}"`);
  const payload = JSON.parse(text) as Json;
  const retarget = (repo: Json | undefined) => {
    if (!repo || repo.full_name !== targetFull) return;
    repo.id = target.repositoryId;
    repo.name = target.repo;
    repo.default_branch = target.defaultBranch;
    if (typeof repo.master_branch === 'string') repo.master_branch = target.defaultBranch;
    repo.owner = { ...(repo.owner as Json), login: target.owner };
  };
  retarget(payload.repository as Json);
  const pr = payload.pull_request as { base?: { repo?: Json }; head?: { repo?: Json } } | undefined;
  retarget(pr?.base?.repo);
  retarget(pr?.head?.repo);
  return payload;
}
