/**
 * The sticky comment is only ever one the token's own identity wrote, with the exact
 * marker line at the start of its body. A real Octokit (retry and throttling plugins)
 * talks to the loopback GitHub emulator, which refuses edits of other people's
 * comments as github.com does.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiFailure, createGitHubClient } from '../../src/github/octokit.ts';
import type { GitHubClient } from '../../src/github/octokit.ts';
import {
  GITHUB_ACTIONS_BOT_LOGIN,
  isOwnStickyComment,
  stickyMarker,
  tokenIdentity,
  upsertStickyComment,
} from '../../src/github/sticky-comment.ts';
import { InputError } from '../../src/shared/input-error.ts';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';

const MARKER = stickyMarker('default');
const BOT = { login: GITHUB_ACTIONS_BOT_LOGIN, id: 41898282, type: 'Bot' };
const OCTOCAT = { login: 'octocat', id: 583231 };
const MAINTAINER = { login: 'maintainer', id: 1001 };

describe('the sticky comment', () => {
  let emulator: GitHubEmulator;
  let jobClient: GitHubClient;
  let userClient: GitHubClient;
  before(async () => {
    emulator = await startGitHubEmulator({ azurite: null });
    emulator.userToken('ghp_maintainer', MAINTAINER);
    jobClient = createGitHubClient({ token: 'ghs_job', baseUrl: emulator.url, retries: 1 });
    userClient = createGitHubClient({ token: 'ghp_maintainer', baseUrl: emulator.url });
  });
  after(() => emulator.stop());

  const target = (issueNumber: number, key = 'default') => ({
    owner: emulator.owner,
    repo: emulator.repo,
    issueNumber,
    key,
  });
  const patches = (from: number) =>
    emulator.requests.slice(from).filter((r) => r.method === 'PATCH');

  test('a participant comment holding the marker is left alone and the report gets its own comment', async () => {
    const planted = emulator.addComment(101, `${MARKER}\nLooks fine to me, merge it.`, OCTOCAT);
    const first = emulator.requests.length;
    const result = await upsertStickyComment(jobClient, target(101), 'report');
    assert.equal(result.status, 'created');
    assert.equal(patches(first).length, 0, 'no PATCH of the participant comment');
    const comments = emulator.comments(emulator.owner, emulator.repo, 101);
    assert.equal(comments.length, 2);
    assert.equal(comments[0].body, planted.body);
    assert.equal(comments[1].user?.login, GITHUB_ACTIONS_BOT_LOGIN);
    assert.equal(comments[1].body, `${MARKER}\nreport`);
    // GET /user told the action it holds an installation token (403), hence the bot.
    const lookups = emulator.requests.slice(first).filter((r) => r.path === '/user');
    assert.deepEqual(
      lookups.map((r) => r.status),
      [403],
    );
  });

  test("the bot's own comment is updated in place on the next run", async () => {
    await upsertStickyComment(jobClient, target(102), 'first');
    const second = await upsertStickyComment(jobClient, target(102), 'second');
    assert.equal(second.status, 'updated');
    const comments = emulator.comments(emulator.owner, emulator.repo, 102);
    assert.equal(comments.length, 1);
    assert.equal(comments[0].body, `${MARKER}\nsecond`);
  });

  test("another check's comment whose data spells this key's marker further down is not taken", async () => {
    // What an unescaped feature named <!-- drift-sentinel:default --> in check `main` would leave.
    emulator.addComment(103, `${stickyMarker('main')}\n| ${MARKER} | 0.4 |`, BOT);
    emulator.addComment(103, `Quoting the bot:\n${MARKER}`, BOT);
    emulator.addComment(103, `${MARKER}-extra\n`, BOT);
    const result = await upsertStickyComment(jobClient, target(103), 'default report');
    assert.equal(result.status, 'created');
    const comments = emulator.comments(emulator.owner, emulator.repo, 103);
    assert.equal(comments.length, 4);
    assert.equal(comments[0].body, `${stickyMarker('main')}\n| ${MARKER} | 0.4 |`);
  });

  test('with a personal token the comment is found by the user id GET /user answers, not by the bot', async () => {
    emulator.addComment(104, `${MARKER}\nold report by the bot`, BOT);
    emulator.addComment(104, `${MARKER}\nplanted by someone else`, OCTOCAT);
    const created = await upsertStickyComment(userClient, target(104), 'mine');
    assert.equal(created.status, 'created');
    const updated = await upsertStickyComment(userClient, target(104), 'mine again');
    assert.equal(updated.status, 'updated');
    const comments = emulator.comments(emulator.owner, emulator.repo, 104);
    assert.deepEqual(
      comments.map((c) => [c.user?.login, c.body]),
      [
        [BOT.login, `${MARKER}\nold report by the bot`],
        [OCTOCAT.login, `${MARKER}\nplanted by someone else`],
        [MAINTAINER.login, `${MARKER}\nmine again`],
      ],
    );
  });

  test('tokenIdentity is the user for a personal token and github-actions[bot] for an installation token', async () => {
    assert.deepEqual(await tokenIdentity(userClient), MAINTAINER);
    assert.deepEqual(await tokenIdentity(jobClient), { login: GITHUB_ACTIONS_BOT_LOGIN });
  });

  test('isOwnStickyComment wants the exact marker line first and the same author', () => {
    const bot = { login: GITHUB_ACTIONS_BOT_LOGIN };
    const own = { body: `${MARKER}\r\nbody`, user: BOT };
    assert.equal(isOwnStickyComment(own, MARKER, bot), true);
    assert.equal(isOwnStickyComment({ ...own, body: MARKER }, MARKER, bot), true);
    assert.equal(isOwnStickyComment({ ...own, body: ` ${MARKER}\n` }, MARKER, bot), false);
    assert.equal(isOwnStickyComment({ ...own, body: `${MARKER}x` }, MARKER, bot), false);
    // A user who renamed themselves github-actions[bot] is still a User.
    assert.equal(
      isOwnStickyComment({ ...own, user: { ...BOT, type: 'User' } }, MARKER, bot),
      false,
    );
    assert.equal(isOwnStickyComment({ ...own, user: null }, MARKER, bot), false);
    assert.equal(isOwnStickyComment(own, MARKER, { login: 'x', id: 41898282 }), true);
    assert.equal(isOwnStickyComment(own, MARKER, { login: BOT.login, id: 7 }), false);
  });

  test('comments answering 500 give a failed result naming the operation, the status and the retries', async () => {
    emulator.failNext({
      method: 'GET',
      pathPattern: /\/issues\/105\/comments$/,
      status: 500,
      times: 2,
    });
    const result = await upsertStickyComment(jobClient, target(105), 'report');
    assert.deepEqual(result, {
      status: 'failed',
      message:
        'Listing the comments of pull request #105 failed: HTTP 500 (Injected failure (HTTP 500) - https://docs.github.com/rest), after 1 retry. GitHub answered with a server error; rerun the job later. The report is in the job summary.',
    });
    emulator.failNext({
      method: 'POST',
      pathPattern: /\/issues\/105\/comments$/,
      status: 502,
      times: 2,
    });
    const created = await upsertStickyComment(jobClient, target(105), 'report');
    assert.equal(created.status, 'failed');
    assert.match(
      (created as { message: string }).message,
      /^Creating a comment on pull request #105 failed: HTTP 502 .*, after 1 retry\./,
    );
  });
});

test('apiFailure says a refusal was not retried and uses the caller hint for its status', () => {
  const error = Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
  assert.equal(
    apiFailure('Listing the event-log artifacts', error, {
      hints: { 403: 'The token needs actions: read.' },
    }),
    'Listing the event-log artifacts failed: HTTP 403 (Resource not accessible by integration), not retried. The token needs actions: read.',
  );
  assert.equal(
    apiFailure('Reading', new Error('socket hang up')),
    'Reading failed: socket hang up.',
  );
});

test('an empty github-token is an InputError naming the input, not Octokit\'s "opts.auth is required"', () => {
  assert.throws(
    () => createGitHubClient({ token: '' }),
    (error: Error) =>
      error instanceof InputError &&
      /^The GitHub token is empty \(input 'github-token'\)/.test(error.message),
  );
});
