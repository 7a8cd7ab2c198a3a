/**
 * Starts the retraining workflow with `workflow_dispatch`.
 *
 * GitHub answers 204 with no body, or (since 2026) 200 with the new run's id and URLs
 * when asked for `return_run_details`; older servers ignore the flag, so both shapes
 * are handled.
 */
import type { GitHubClient } from './octokit.ts';
import { httpStatus } from './octokit.ts';

export interface DispatchRequest {
  readonly owner: string;
  readonly repo: string;
  /** Workflow file name (`retrain.yml`) or numeric id. */
  readonly workflow: string;
  /** Branch or tag the run uses. */
  readonly ref: string;
  /** Inputs the retraining workflow declares: event-id, severity, drift-type, reason. */
  readonly inputs: Readonly<Record<string, string>>;
}

export interface DispatchResult {
  /** Present when the server returned run details. */
  readonly runId?: number;
  readonly runUrl?: string;
}

/** workflow_dispatch input values are limited to this length by GitHub. */
const MAX_INPUT_LENGTH = 1000;

export async function dispatchWorkflow(
  octokit: GitHubClient,
  request: DispatchRequest,
): Promise<DispatchResult> {
  const inputs = Object.fromEntries(
    Object.entries(request.inputs).map(([k, v]) => [
      k,
      v.length > MAX_INPUT_LENGTH ? `${v.slice(0, MAX_INPUT_LENGTH - 1)}…` : v,
    ]),
  );
  try {
    const response = await octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        owner: request.owner,
        repo: request.repo,
        workflow_id: /^\d+$/.test(request.workflow) ? Number(request.workflow) : request.workflow,
        ref: request.ref,
        inputs,
        return_run_details: true,
      },
    );
    const data = (response.status === 200 ? response.data : undefined) as
      { workflow_run_id?: number; run_url?: string; html_url?: string } | undefined;
    return { runId: data?.workflow_run_id, runUrl: data?.html_url };
  } catch (error) {
    throw new Error(explainDispatchFailure(error, request), { cause: error });
  }
}

/** Turns a failed dispatch into a message that says what to fix. */
export function explainDispatchFailure(error: unknown, request: DispatchRequest): string {
  const status = httpStatus(error);
  const detail = (error as Error).message;
  const where = `workflow '${request.workflow}' in ${request.owner}/${request.repo} at ref '${request.ref}'`;
  if (status === 403) {
    return `Could not dispatch ${where}: HTTP 403 (${detail}). The token lacks the 'actions: write' permission; add 'permissions: { actions: write }' to the job that runs drift-sentinel.`;
  }
  if (status === 404) {
    return `Could not dispatch ${where}: HTTP 404 (${detail}). Check the input 'retrain-workflow': the file must exist under .github/workflows/ on that ref and declare 'on: workflow_dispatch' (or the token cannot see the repository).`;
  }
  if (status === 422) {
    return `Could not dispatch ${where}: HTTP 422 (${detail}). The retraining workflow must declare the workflow_dispatch inputs ${Object.keys(request.inputs).join(', ')}, and the ref must exist.`;
  }
  return `Could not dispatch ${where}: ${status ? `HTTP ${status} ` : ''}(${detail}), after retries.`;
}
