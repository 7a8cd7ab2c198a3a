/**
 * Careless input gets a clear message and exit 2 from the CLI, never a stack trace:
 * output paths that cannot be written, event logs that are directories, foreign,
 * newer or corrupt, and data in an encoding that is not UTF-8. The CLI runs as a child
 * process (bin/drift-sentinel.js on Node 24), as a user runs it; the action is the
 * bundled dist/ against the loopback GitHub emulator.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import {
  REPO_ROOT,
  describeRun,
  errorAnnotations,
  runBundledAction,
} from '../action/run-bundled-action.ts';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';

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

describe('encodings through the CLI and the bundled action', () => {
  let dir: string;
  let emulator: GitHubEmulator;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'encodings-'));
    emulator = await startGitHubEmulator({ azurite: null });
    const recent = readFileSync(join(DATA, 'recent.csv'), 'utf8');
    copyFileSync(join(DATA, 'reference.csv'), join(dir, 'reference.csv'));
    writeFileSync(
      join(dir, 'utf16.csv'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(recent, 'utf16le')]),
    );
    // Line 4 gets a Latin-1 é: invalid as UTF-8.
    const lines = recent.split('\n');
    lines[3] = lines[3].replace(/Riverside|Downtown|Suburbs|Uptown|[A-Z][a-z]+/, 'Café');
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from(lines.join('\n'), 'latin1'));
  });
  after(async () => {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a UTF-16 recent file fails the action step naming the encoding', async () => {
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      workspace: dir,
      tempRoot: dir,
      inputs: { 'reference-data': 'reference.csv', 'recent-data': 'utf16.csv' },
    });
    assert.equal(run.exitCode, 1, describeRun(run));
    assert.match(
      errorAnnotations(run)[0],
      /^utf16\.csv: the file is UTF-16LE \(byte order mark FF FE\), not UTF-8; expected UTF-8 text\. Set the encoding option to utf-16le/,
    );
  });

  test('an error quoting a 5 MB cell fails the step with a message cut to a readable length', async () => {
    writeFileSync(
      join(dir, 'huge-cell.csv'),
      `sqft,neighborhood\n${'x'.repeat(5_000_000)},Riverside\n`,
    );
    const run = await runBundledAction({
      emulator,
      eventName: 'schedule',
      workspace: dir,
      tempRoot: dir,
      inputs: {
        'reference-data': 'reference.csv',
        'recent-data': 'huge-cell.csv',
        numeric: 'sqft',
      },
    });
    assert.equal(run.exitCode, 1, describeRun(run).slice(0, 2000));
    const [error] = errorAnnotations(run);
    assert.match(error, /^huge-cell\.csv: .*xxxx/);
    assert.ok(error.length < 4_100, `${error.length} characters`);
    assert.match(error, /… \([\d,]+ characters\)$/);
    assert.ok(run.stdout.length < 10_000, `log of ${run.stdout.length} characters`);
  });

  test('a Latin-1 file exits 2 with the line and byte offset, and reads with --encoding latin1', async () => {
    const args = [
      'check',
      '--reference-data',
      'reference.csv',
      '--recent-data',
      'latin1.csv',
      '--no-event-log',
      '--format',
      'json',
    ];
    assertClearError(
      await cli(args, dir),
      /latin1\.csv: invalid UTF-8 at line 4, byte offset \d+ \(bytes E9 /,
    );
    const ok = await cli([...args, '--encoding', 'latin1'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(JSON.parse(ok.stdout).features.length > 0);
    assert.match(ok.stdout, /Café/);
  });
});
