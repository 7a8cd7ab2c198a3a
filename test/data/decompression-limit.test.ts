import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import { gzipSync } from 'node:zlib';

import {
  MAX_DECOMPRESSED_BYTES_VARIABLE,
  maxDecompressedBytes,
} from '../../src/data/decompression-limit.ts';
import { loadCsv } from '../../src/data/load-csv.ts';
import { loadNumberArray } from '../../src/data/load-number-array.ts';
import { loadTable } from '../../src/data/load-table.ts';
import { InputError } from '../../src/shared/input-error.ts';

afterEach(() => {
  delete process.env[MAX_DECOMPRESSED_BYTES_VARIABLE];
});

/** A gzip file of a few KB that expands to 2 MB of CSV: a small decompression bomb. */
async function expandingCsv(name: string): Promise<{ path: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bomb-'));
  const path = join(dir, name);
  await writeFile(path, gzipSync('x\n' + '1\n'.repeat(1_000_000)));
  return { path, done: () => rm(dir, { recursive: true, force: true }) };
}

test('the limit is half the memory this process may use, or the variable in whole bytes', () => {
  assert.ok(maxDecompressedBytes({}) > 0);
  assert.equal(maxDecompressedBytes({ [MAX_DECOMPRESSED_BYTES_VARIABLE]: '4096' }), 4096);
  assert.throws(
    () => maxDecompressedBytes({ [MAX_DECOMPRESSED_BYTES_VARIABLE]: '2GB' }),
    /Invalid DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES '2GB'\. Expected a whole number of bytes above 0/,
  );
});

test('a .csv.gz that expands past the limit stops with an InputError naming it, as data and as model outputs', async () => {
  const { path, done } = await expandingCsv('recent.csv.gz');
  try {
    process.env[MAX_DECOMPRESSED_BYTES_VARIABLE] = String(100_000);
    const expected =
      /recent\.csv\.gz: the compressed CSV expands to more than 97\.7 KiB \(DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES, by default half of this machine's memory\); expected an input that fits here\./;
    await assert.rejects(
      loadCsv(path),
      (error) => error instanceof InputError && expected.test(error.message),
    );
    await assert.rejects(loadNumberArray(path), expected);
    // Within the limit the same file reads.
    process.env[MAX_DECOMPRESSED_BYTES_VARIABLE] = String(4_000_000);
    assert.equal((await loadCsv(path)).rowCount, 1_000_000);
  } finally {
    await done();
  }
});

test('a Parquet page that declares more than the limit is refused naming the file and column, for every codec', async () => {
  process.env[MAX_DECOMPRESSED_BYTES_VARIABLE] = String(64);
  for (const codec of ['snappy', 'gzip', 'zstd', 'brotli', 'lz4']) {
    const path = `test/fixtures/data/parquet/mixed-${codec}.parquet`;
    await assert.rejects(
      loadTable(path),
      (error) =>
        error instanceof InputError &&
        /mixed-\w+\.parquet: cannot read column "\w+" of this Parquet file \(a page declares \d+ bytes uncompressed, more than 64 bytes \(DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES, by default half of this machine's memory\)\)/.test(
          error.message,
        ),
      codec,
    );
  }
});

test('an Arrow file whose zstd buffers expand past the limit is refused naming the file', async () => {
  process.env[MAX_DECOMPRESSED_BYTES_VARIABLE] = String(16);
  await assert.rejects(
    loadTable('test/fixtures/data/parquet/mixed-zstd.arrow'),
    (error) =>
      error instanceof InputError &&
      /mixed-zstd\.arrow: .*a zstd buffer expands to more than 16 bytes \(DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES/.test(
        error.message,
      ),
  );
  delete process.env[MAX_DECOMPRESSED_BYTES_VARIABLE];
  assert.ok((await loadTable('test/fixtures/data/parquet/mixed-zstd.arrow')).rowCount > 0);
});
