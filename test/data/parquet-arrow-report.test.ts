import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { runCli } from '../../src/cli/main.ts';

const fixtures = 'test/fixtures/data/parquet';
const scratch = mkdtempSync(join(tmpdir(), 'ds-parquet-report-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The JSON report of `check` on the given reference and recent files, model outputs as columns. */
async function jsonReport(reference: string, recent: string): Promise<string> {
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const errors: Buffer[] = [];
  stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const code = await runCli(
    [
      'check',
      '--event-log',
      join(scratch, `${Math.random()}.db`),
      '--reference-data',
      join(fixtures, reference),
      '--recent-data',
      join(fixtures, recent),
      '--prediction-column',
      'prediction',
      '--target-column',
      'target',
      '--format',
      'json',
    ],
    { stdout, stderr },
  );
  assert.ok(code === 0 || code === 1, `exit ${code}: ${Buffer.concat(errors).toString()}`);
  return Buffer.concat(chunks).toString('utf8');
}

test('check gives the identical JSON report for the same data as CSV, Parquet, Parquet parts and Arrow', async () => {
  const csv = await jsonReport('reference.csv', 'recent.csv');
  const report = JSON.parse(csv);
  // The data set is built to drift (age shifted, a new city): the report must say so, so an
  // empty or degenerate report cannot pass by being equally empty for every format.
  assert.ok(report.features.length >= 4, csv.slice(0, 400));
  assert.ok(
    report.features.some((f: { name?: string; feature?: string; drifted?: boolean }) => f.drifted),
  );
  assert.equal(await jsonReport('reference.parquet', 'recent.parquet'), csv);
  assert.equal(await jsonReport('reference-parts', 'recent.parquet'), csv);
  assert.equal(await jsonReport('reference-parts/part-*.parquet', 'recent.arrows'), csv);
  assert.equal(await jsonReport('reference.arrow', 'recent.arrows'), csv);
});

test('the library exports loadTable, which reads Parquet and Arrow files as the CLI does', async () => {
  const library = await import('../../src/index.ts');
  const fromCsv = await library.loadTable(join(fixtures, 'recent.csv'), { source: 'recent' });
  for (const file of ['recent.parquet', 'recent.arrows']) {
    assert.deepEqual(
      await library.loadTable(join(fixtures, file), { source: 'recent' }),
      fromCsv,
      file,
    );
  }
  assert.equal(await library.detectTableFormat(join(fixtures, 'reference-parts')), 'parquet');
});
