/** What the action needs to know about the run, derived once from the webhook context. */
import type { context as githubContext } from '@actions/github';

/** Events on which drift-sentinel may dispatch retraining. */
export const DISPATCH_EVENTS: ReadonlySet<string> = new Set([
  'schedule',
  'workflow_dispatch',
  'push',
  'repository_dispatch',
]);

const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly sha: string;
  readonly runId: number;
  readonly runUrl: string;
  readonly isPullRequest: boolean;
  readonly pullRequestNumber?: number;
  /** The PR's head is in another repository: its token is read-only. */
  readonly isFork: boolean;
  readonly canDispatch: boolean;
  readonly defaultBranch?: string;
  /** Numeric id of this repository, to tell its artifacts from a fork's. */
  readonly repositoryId?: number;
}

export function runContext(ctx: typeof githubContext): RunContext {
  const payload = ctx.payload as {
    pull_request?: { number: number; head?: { repo?: { full_name?: string } | null } };
    repository?: { full_name?: string; default_branch?: string; id?: number };
  };
  const isPullRequest =
    PULL_REQUEST_EVENTS.has(ctx.eventName) && payload.pull_request !== undefined;
  const headRepo = payload.pull_request?.head?.repo?.full_name;
  const { owner, repo } = ctx.repo;
  return {
    eventName: ctx.eventName,
    owner,
    repo,
    sha: ctx.sha,
    runId: ctx.runId,
    runUrl: `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}`,
    isPullRequest,
    pullRequestNumber: payload.pull_request?.number,
    isFork: isPullRequest && headRepo !== undefined && headRepo !== `${owner}/${repo}`,
    canDispatch: DISPATCH_EVENTS.has(ctx.eventName),
    defaultBranch: payload.repository?.default_branch,
    repositoryId: payload.repository?.id,
  };
}
