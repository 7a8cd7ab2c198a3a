/**
 * Careless input gets a clear message and exit 2 from the CLI, never a stack trace:
 * output paths that cannot be written, event logs that are directories, foreign,
 * newer or corrupt, and data in an encoding that is not UTF-8. The CLI runs as a child
 * process (bin/drift-sentinel.js on Node 24), as a user runs it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { REPO_ROOT } from '../action/run-bundled-action.ts';

const BIN = join(REPO_ROOT, 'bin/drift-sentinel.js');
const DATA = join(REPO_ROOT, 'examples/data');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** A bad-input run: exit 2, one line on stderr starting "drift-sentinel: ", no stack. */
function assertClearError(run: CliRun, pattern: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /^drift-sentinel: /);
  assert.match(run.stderr, pattern);
  assert.doesNotMatch(run.stderr, /\n\s+at |node:internal/, 'no stack trace');
}

describe('clear errors of the CLI', () => {
  let dir: string;
  const check = (...extra: string[]) => [
    'check',
    '--reference-data',
    join(DATA, 'reference.csv'),
    '--recent-data',
    join(DATA, 'recent.csv'),
    '--format',
    'json',
    ...extra,
  ];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clear-errors-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--output pointing at a directory exits 2 naming it', async () => {
    const run = await cli(check('--no-event-log', '--output', dir), dir);
    assertClearError(
      run,
      /--output .* is a directory\. Expected a file path, such as .*report\.json\./,
    );
  });

  test('--output into a missing directory exits 2 naming the directory', async () => {
    const run = await cli(
      check('--no-event-log', '--output', join(dir, 'no/such/report.json')),
      dir,
    );
    assertClearError(run, /the directory .*no[\\/]such does not exist\. Create it first/);
  });

  test('--event-log pointing at a directory exits 2 saying so', async () => {
    const run = await cli(check('--event-log', dir, '--output', join(dir, 'r.json')), dir);
    assertClearError(run, /Cannot record the check in the event log .*: is a directory\./);
  });

  test("an empty --event-log '' is refused, not silently a run without a log", async () => {
    const run = await cli(check('--event-log', '', '--output', join(dir, 'r.json')), dir);
    assertClearError(
      run,
      /Invalid --event-log ''\. Expected a path to a SQLite file, not an empty value/,
    );
  });

  test('a foreign SQLite file, one claiming version 1 with other tables, a newer one and a corrupt one each say what they are', async () => {
    const make = (name: string, sql: string, version: number) => {
      const file = join(dir, name);
      const db = new Database(file);
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
      db.close();
      return file;
    };
    const cases: [string, RegExp][] = [
      [
        make('foreign.db', 'CREATE TABLE invoices (id INTEGER)', 0),
        /not a drift-sentinel event log: a SQLite database with tables invoices/,
      ],
      [
        make('claims-v1.db', 'CREATE TABLE invoices (id INTEGER)', 1),
        /claims event log schema version 1 .* no table model_retraining_events/,
      ],
      [
        make('newer.db', '', 99),
        /written by a newer drift-sentinel \(event log schema version 99;.*Upgrade drift-sentinel/,
      ],
    ];
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'SQLite format 3\0' + 'x'.repeat(5000));
    cases.push([garbage, /event log/]);
    for (const [file, pattern] of cases) {
      assertClearError(
        await cli(check('--event-log', file, '--output', join(dir, 'r.json')), dir),
        pattern,
      );
      assertClearError(await cli(['events', '--event-log', file], dir), pattern);
    }
  });
});
