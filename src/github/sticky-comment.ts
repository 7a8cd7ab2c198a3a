/**
 * One pull-request comment per PR, found again by a hidden marker and edited in place
 * on every push, so a busy PR does not fill up with reports. Only a comment the
 * token's own identity wrote, whose body starts with the exact marker line, is ever
 * edited: anyone can paste the marker into a comment, and data in another check's
 * report is escaped so it can never spell one (src/report/escape.ts).
 */
import type { GitHubClient } from './octokit.ts';
import { apiFailure, httpStatus } from './octokit.ts';

/** The hidden marker; `key` lets several checks in one repo keep separate comments. */
export function stickyMarker(key: string): string {
  return `<!-- drift-sentinel:${key} -->`;
}

export interface StickyCommentTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** Distinguishes several drift-sentinel checks on one PR. */
  readonly key: string;
}

export type StickyCommentResult =
  | { readonly status: 'created' | 'updated'; readonly id: number; readonly url: string }
  /** No comment existed and `createIfMissing` was false: nothing was written. */
  | { readonly status: 'skipped' }
  /** The token may not write (a fork's pull request): the caller warns, it does not fail. */
  | { readonly status: 'forbidden'; readonly message: string }
  /** GitHub failed (a 5xx after retries): the caller warns and still writes the summary. */
  | { readonly status: 'failed'; readonly message: string };

/**
 * Statuses GitHub answers when the token cannot write comments: 403 "Resource not
 * accessible by integration" for a fork's read-only GITHUB_TOKEN, 404 when it cannot
 * even see the PR.
 */
const READ_ONLY_STATUSES = new Set([403, 404]);

/** GitHub answers 422 "body is too long (maximum is 65536 characters)" above this. */
export const MAX_COMMENT_LENGTH = 65536;

const TRUNCATION_NOTE =
  "\n\n> [!NOTE]\n> This comment was cut to fit GitHub's 65,536-character limit on comments; the full report is in the job summary of the workflow run.\n";

/**
 * Cuts a comment body that GitHub would refuse, at a line break, closing a code fence
 * or `<details>` left open by the cut so the rest still renders, and says so. A wide
 * report (hundreds of features) must not fail the step over its comment.
 */
export function fitCommentBody(body: string, maxLength: number = MAX_COMMENT_LENGTH): string {
  if (body.length <= maxLength) return body;
  // Room for the note and for closing one fence and a few <details>.
  const budget = maxLength - TRUNCATION_NOTE.length - 64;
  const cut = body.slice(0, body.lastIndexOf('\n', budget) + 1 || budget);
  const closers: string[] = [];
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) closers.push('```');
  const openDetails =
    (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < Math.min(openDetails, 4); i++) closers.push('</details>');
  return `${cut}\n${closers.join('\n\n')}${TRUNCATION_NOTE}`;
}

/** Who the token writes comments as; see {@link tokenIdentity}. */
export interface CommentAuthor {
  readonly login: string;
  /** The user's id for a user token (logins can be renamed, ids cannot); absent for the app bot. */
  readonly id?: number;
}

/** The user GitHub writes a GITHUB_TOKEN's comments as, on github.com and GHES alike. */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The identity the token comments as, decided by the API: `GET /user` answers the user
 * of a personal access token; for an installation token (the job's GITHUB_TOKEN) it
 * answers 403 "Resource not accessible by integration", and such a token writes as the
 * `github-actions[bot]` app bot. (A token of another GitHub App also gets the 403, but
 * writes as that app's bot: its comments are then not found again, and each run
 * writes a new one; never someone else's comment is edited.)
 */
export async function tokenIdentity(octokit: GitHubClient): Promise<CommentAuthor> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, id: data.id };
  } catch (error) {
    if (httpStatus(error) === 403) return { login: GITHUB_ACTIONS_BOT_LOGIN };
    throw error;
  }
}

/** The parts of a listed comment that decide whether it is this check's sticky comment. */
interface ListedComment {
  readonly body?: string | null;
  readonly user?: { readonly login: string; readonly id: number; readonly type?: string } | null;
}

/**
 * Whether `comment` is this check's own sticky comment: its body starts with the exact
 * marker line and the token's identity wrote it. A participant's comment that quotes
 * the marker, and a report of another check (other key) whose data spells this key's
 * marker further down, are never taken: the body would have to start with it.
 */
export function isOwnStickyComment(
  comment: ListedComment,
  marker: string,
  author: CommentAuthor,
): boolean {
  if (!startsWithMarkerLine(comment.body ?? '', marker)) return false;
  const user = comment.user;
  if (!user) return false;
  return author.id !== undefined
    ? user.id === author.id
    : user.login === author.login && user.type === 'Bot';
}

function startsWithMarkerLine(body: string, marker: string): boolean {
  if (!body.startsWith(marker)) return false;
  const next = body.charAt(marker.length);
  return next === '' || next === '\n' || next === '\r';
}

/**
 * Creates or updates this check's sticky comment. A failed call never throws: a
 * read-only token (a fork's pull request) is `forbidden`, anything else (a 5xx after
 * retries) is `failed` with a message naming the operation, the status and the
 * retries, so the caller still writes the job summary and warns.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: StickyCommentTarget,
  body: string,
  options: { createIfMissing?: boolean } = {},
): Promise<StickyCommentResult> {
  const marker = stickyMarker(target.key);
  const fullBody = fitCommentBody(`${marker}\n${body}`);
  const where = `pull request #${target.issueNumber}`;
  let operation = `Listing the comments of ${where}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    const candidates = comments.filter((c) => startsWithMarkerLine(c.body ?? '', marker));
    let existing: (typeof comments)[number] | undefined;
    if (candidates.length > 0) {
      // Asked only when a marked comment exists, so most runs make no extra request.
      operation = 'Looking up who the token comments as (GET /user)';
      const author = await tokenIdentity(octokit);
      existing = candidates.find((c) => isOwnStickyComment(c, marker, author));
    }
    if (existing) {
      operation = `Updating comment ${existing.id} on ${where}`;
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: fullBody,
      });
      return { status: 'updated', id: data.id, url: data.html_url };
    }
    if (options.createIfMissing === false) return { status: 'skipped' };
    operation = `Creating a comment on ${where}`;
    const { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: fullBody,
    });
    return { status: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== undefined && READ_ONLY_STATUSES.has(status)) {
      return {
        status: 'forbidden',
        message: `Could not comment on pull request #${target.issueNumber} (HTTP ${status}: ${(error as Error).message}). The token is read-only, as on pull requests from forks; the report is in the job summary. To comment, grant 'pull-requests: write'.`,
      };
    }
    return {
      status: 'failed',
      message: `${apiFailure(operation, error)} The report is in the job summary.`,
    };
  }
}
