import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { outputWidth, progressLine, useColor } from '../../src/cli/cli-io.ts';
import { runCli } from '../../src/cli/main.ts';

function stream(isTTY: boolean, extra: { columns?: number; hasColors?: () => boolean } = {}) {
  const s = Object.assign(new PassThrough(), { isTTY, ...extra });
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  return { s, text: () => Buffer.concat(chunks).toString('utf8') };
}

test('useColor colours a terminal, not a pipe, and honours NO_COLOR and FORCE_COLOR', () => {
  const tty = stream(true).s;
  const pipe = stream(false).s;
  assert.equal(useColor(tty, {}), true);
  assert.equal(useColor(pipe, {}), false);
  assert.equal(useColor(tty, { NO_COLOR: '1' }), false);
  // no-color.org: an empty NO_COLOR does not count.
  assert.equal(useColor(tty, { NO_COLOR: '' }), true);
  assert.equal(useColor(pipe, { FORCE_COLOR: '1' }), true);
  assert.equal(useColor(pipe, { FORCE_COLOR: '' }), true);
  assert.equal(useColor(tty, { FORCE_COLOR: '0' }), false);
  assert.equal(useColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' }), false);
  assert.equal(useColor(tty, { TERM: 'dumb' }), false);
  assert.equal(useColor(stream(true, { hasColors: () => false }).s, {}), false);
});

test('outputWidth is the terminal width, or 80 when piped', () => {
  assert.equal(outputWidth(stream(true, { columns: 132 }).s), 132);
  assert.equal(outputWidth(stream(false, { columns: 132 }).s), 80);
  assert.equal(outputWidth(stream(true).s), 80);
});

test('progressLine draws on a terminal only and erases what it drew', () => {
  assert.equal(progressLine(stream(false).s), undefined);
  const { s, text } = stream(true);
  const progress = progressLine(s)!;
  progress.clear();
  assert.equal(text(), '', 'nothing drawn, nothing erased');
  progress.update('a.csv', 88, 100);
  progress.clear();
  assert.equal(text(), '\rloading data: 88% of 0 MB\x1b[K\r\x1b[K');
});

test('an error while loading erases the progress line before the message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ds-cli-io-'));
  // The recent data read in full (the progress line is drawn), then a broken last row.
  const bad = join(dir, 'recent.csv');
  writeFileSync(bad, `${readFileSync('examples/data/recent.csv', 'utf8')}1,2,"unclosed\n`);
  const stdout = stream(false);
  const stderr = stream(true);
  const code = await runCli(
    [
      'check',
      '--no-event-log',
      '--reference-data',
      'examples/data/reference.csv',
      '--recent-data',
      bad,
    ],
    { stdout: stdout.s, stderr: stderr.s },
  );
  assert.equal(code, 2);
  const err = stderr.text();
  assert.match(err, /loading data: \d+% of \d+ MB/);
  // eslint-disable-next-line no-control-regex -- ANSI escapes are what is tested
  assert.match(err, /\r\x1b\[Kdrift-sentinel: .*recent\.csv/);
  // eslint-disable-next-line no-control-regex -- ANSI escapes are what is tested
  assert.doesNotMatch(err, /MB(\x1b\[K)?drift-sentinel/);
});

test('a Parquet check on a terminal shows the features being tested and erases the line before the report', async () => {
  const stdout = stream(false);
  const stderr = stream(true);
  const code = await runCli(
    [
      'check',
      '--no-event-log',
      '--reference-data',
      'test/fixtures/data/parquet/reference.parquet',
      '--recent-data',
      'test/fixtures/data/parquet/recent.parquet',
      '--format',
      'json',
    ],
    { stdout: stdout.s, stderr: stderr.s },
  );
  assert.ok(code === 0 || code === 1);
  // eslint-disable-next-line no-control-regex -- ANSI escapes are what is tested
  assert.match(stderr.text(), /\rtesting features: 1 of \d+\x1b\[K.*\r\x1b\[K$/s);
  assert.match(stdout.text(), /"features"/);
});
