import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import { brotliCompressSync, gzipSync, zstdCompressSync } from 'node:zlib';

import {
  MAX_DECOMPRESSED_BYTES_VARIABLE,
  maxDecompressedBytes,
} from '../../src/data/decompression-limit.ts';
import { loadCsv } from '../../src/data/load-csv.ts';
import { loadNumberArray } from '../../src/data/load-number-array.ts';
import { pageDecompressors } from '../../src/data/load-parquet.ts';
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

test('a Parquet page that declares more than the limit, or expands past what it declares, is refused', () => {
  process.env[MAX_DECOMPRESSED_BYTES_VARIABLE] = String(4096);
  const decompressors = pageDecompressors();
  const page = Buffer.alloc(1 << 20);
  const compressed = {
    GZIP: gzipSync(page),
    ZSTD: zstdCompressSync(page),
    BROTLI: brotliCompressSync(page),
  } as const;
  for (const codec of ['SNAPPY', 'GZIP', 'ZSTD', 'BROTLI', 'LZ4', 'LZ4_RAW'] as const) {
    const decompress = decompressors[codec];
    assert.ok(decompress, codec);
    assert.throws(
      () => decompress(new Uint8Array(8), 1 << 20),
      /^Error: a page declares 1048576 bytes uncompressed, more than 4\.0 KiB \(DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES, by default half of this machine's memory\)$/,
      codec,
    );
  }
  // 1 MiB of zeros in a page that declares 100 bytes: stopped at the declared size.
  for (const [codec, bytes] of Object.entries(compressed)) {
    assert.throws(
      () => decompressors[codec as keyof typeof compressed]?.(bytes, 100),
      /^Error: a page decompresses to more than the 100 bytes it declares$/,
      codec,
    );
  }
  // The reader names the file and column around these (notReadable).
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

test('a Parquet input whose row count would not fit is refused before its columns are allocated', async () => {
  // Run-length encoding lets a few KB declare a billion rows; a small limit stands in.
  process.env[MAX_DECOMPRESSED_BYTES_VARIABLE] = String(10_000);
  await assert.rejects(
    loadTable('test/fixtures/data/parquet/reference.parquet'),
    (error) =>
      error instanceof InputError &&
      /reference\.parquet: \d+ rows × \d+ columns would take [\d.]+ KiB to load, more than 9\.8 KiB \(DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES, by default half of this machine's memory\); expected a table that fits here, or profile it where it lives with --engine duckdb \(docs\/engines\.md\)\./.test(
        error.message,
      ),
  );
});

test('a bad DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES is reported when a compressed input is read, not when the readers load', async () => {
  // The Parquet reader lists its codecs when its module loads; the limit must not be read then.
  const loaded = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "await import('./src/data/load-table.ts');"],
    { env: { ...process.env, [MAX_DECOMPRESSED_BYTES_VARIABLE]: 'abc' }, encoding: 'utf8' },
  );
  assert.equal(loaded.status, 0, loaded.stderr);
  process.env[MAX_DECOMPRESSED_BYTES_VARIABLE] = 'abc';
  await assert.rejects(
    loadTable('test/fixtures/data/parquet/mixed-gzip.parquet'),
    /Invalid DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES 'abc'\. Expected a whole number of bytes above 0/,
  );
});
