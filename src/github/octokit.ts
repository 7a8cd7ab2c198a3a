/**
 * The one place an Octokit is built: the @actions/github client plus the retry and
 * throttling plugins, so transient 5xx answers and secondary rate limits are retried
 * with backoff everywhere. Everything else receives the client as an argument.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

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

/** How long to wait at most for a rate limit to reset before giving up, in seconds. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export function createGitHubClient(settings: OctokitSettings): GitHubClient {
  const retries = settings.retries ?? 3;
  const log = settings.log ?? (() => {});
  return getOctokit(
    settings.token,
    {
      ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
      retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
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
