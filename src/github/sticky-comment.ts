/**
 * One pull-request comment per PR, found again by a hidden marker and edited in place
 * on every push, so a busy PR does not fill up with reports.
 */
import type { GitHubClient } from './octokit.ts';
import { httpStatus } from './octokit.ts';

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
  | { readonly status: 'forbidden'; readonly message: string };

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

export async function upsertStickyComment(
  octokit: GitHubClient,
  target: StickyCommentTarget,
  body: string,
  options: { createIfMissing?: boolean } = {},
): Promise<StickyCommentResult> {
  const marker = stickyMarker(target.key);
  const fullBody = fitCommentBody(`${marker}\n${body}`);
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: fullBody,
      });
      return { status: 'updated', id: data.id, url: data.html_url };
    }
    if (options.createIfMissing === false) return { status: 'skipped' };
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
    throw error;
  }
}
