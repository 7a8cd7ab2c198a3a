/**
 * The one place an Octokit is built: the @actions/github client plus the retry and
 * throttling plugins, so transient 5xx answers and secondary rate limits are retried
 * with backoff everywhere. Everything else receives the client as an argument.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { InputError } from '../shared/input-error.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface OctokitSettings {
  readonly token: string;
  /** REST base URL; defaults to GITHUB_API_URL as @actions/github reads it. */
  readonly baseUrl?: string;
  /** Retries of a failed request (5xx, rate limits). */
  readonly retries?: number;
  /** Where the throttling plugin reports waits, e.g. core.info. */
  readonly log?: (message: string) => void;
}

/** Retries of a failed request unless OctokitSettings.retries says otherwise. */
export const DEFAULT_RETRIES = 3;

/**
 * Statuses that are never retried: the request itself is wrong or not allowed, and the
 * same request would get the same answer. 5xx and 429 are retried with backoff.
 */
export const DO_NOT_RETRY: readonly number[] = [400, 401, 403, 404, 410, 422, 451];

/** How long to wait at most for a rate limit to reset before giving up, in seconds. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export function createGitHubClient(settings: OctokitSettings): GitHubClient {
  if (!settings.token.trim()) {
    // Octokit would say "Parameter token or opts.auth is required", which names no input.
    throw new InputError(
      "The GitHub token is empty (input 'github-token'). Expected a token: leave github-token unset to use the job's GITHUB_TOKEN (its default is ${{ github.token }}), or pass a secret that is set in this repository; a secret that does not exist, or one a fork's pull request cannot read, expands to ''.",
    );
  }
  const retries = settings.retries ?? DEFAULT_RETRIES;
  const log = settings.log ?? (() => {});
  return getOctokit(
    settings.token,
    {
      ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
      retry: { retries, doNotRetry: [...DO_NOT_RETRY] },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(
            `GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`,
          );
          return retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
        },
      },
    },
    retry,
    throttling,
  );
}

/** HTTP status of an Octokit RequestError, or undefined for other errors. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/**
 * A sentence for a failed API call that names the operation, the HTTP status and
 * GitHub's message, and the retries made (as the retry plugin counted them), plus `hints[status]` when the caller knows
 * what that status means for this operation (e.g. 403: "the token needs actions:
 * read"). Without a hint, a 5xx says GitHub failed and a rerun may help.
 *
 * @example
 * apiFailure('Listing the comments of pull request #7', serverError);
 * // => 'Listing the comments of pull request #7 failed: HTTP 500 (Server Error), after 3 retries. GitHub answered with a server error; rerun the job later.'
 */
export function apiFailure(
  operation: string,
  error: unknown,
  options: { readonly hints?: Readonly<Record<number, string>> } = {},
): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === undefined) return `${operation} failed: ${message}.`;
  const retries = retriesMade(error) ?? (DO_NOT_RETRY.includes(status) ? 0 : DEFAULT_RETRIES);
  const retried =
    retries === 0 ? 'not retried' : `after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
  const hint =
    options.hints?.[status] ??
    (status >= 500 ? 'GitHub answered with a server error; rerun the job later.' : '');
  return `${operation} failed: HTTP ${status} (${message}), ${retried}.${hint ? ` ${hint}` : ''}`;
}

/**
 * Retries the retry plugin made before giving up: it counts them in the request
 * options that the final RequestError carries (`error.request.request.retryCount`).
 */
function retriesMade(error: unknown): number | undefined {
  const count = (error as { request?: { request?: { retryCount?: unknown } } } | null)?.request
    ?.request?.retryCount;
  return typeof count === 'number' ? count : undefined;
}
