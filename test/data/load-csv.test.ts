import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../../src/shared/input-error.ts';
import { loadCsv } from '../../src/data/load-csv.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';
import type { CategoricalColumn } from '../../src/shared/table.ts';

const fixture = (name: string) => new URL(`../fixtures/data/${name}`, import.meta.url).pathname;

test('loadCsv reads the documented example file', async () => {
  assert.equal((await loadCsv('test/fixtures/data/quoted.csv')).rowCount, 3);
});

test('loadCsv gives the same table as parseCsv and uses the path as source', async () => {
  const path = fixture('quoted.csv');
  const table = await loadCsv(path);
  assert.equal(table.source, path);
  const { readFileSync } = await import('node:fs');
  assert.deepEqual(table, parseCsv(readFileSync(path), { source: path }));
});

test('loadCsv decompresses a .csv.gz file', async () => {
  const table = await loadCsv(fixture('quoted.csv.gz'), { source: 'q' });
  const comment = table.columns[1] as CategoricalColumn;
  assert.deepEqual(comment.categories, ['plain', 'has, comma', 'says "hi"\nand wraps']);
});

test('loadCsv reports progress up to the file size', async () => {
  const calls: [number, number][] = [];
  await loadCsv(fixture('missing.csv'), { onProgress: (read, total) => calls.push([read, total]) });
  assert.ok(calls.length >= 1);
  const [read, total] = calls[calls.length - 1];
  assert.equal(read, total);
  assert.equal(total, 42);
});

test('loadCsv parses again so a column that turns categorical keeps its exact labels', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'load-csv-'));
  try {
    // 200k rows push the first label far past the first 1 MiB chunk.
    const rows = Array.from({ length: 200_000 }, (_, i) => `0${i % 10},${i}`).join('\n');
    const path = join(dir, 'late-label.csv');
    // 30k words after 200k number-like codes: under 90% numbers, so the column is categorical.
    const words = Array.from({ length: 30_000 }, (_, i) => `x${i % 7},1`).join('\n');
    await writeFile(path, `code,n\n${rows}\n${words}\n`);
    const table = await loadCsv(path);
    const code = table.columns[0] as CategoricalColumn;
    assert.equal(code.kind, 'categorical');
    assert.deepEqual(code.categories.slice(0, 2), ['00', '01']);
    assert.equal(code.categories.at(-1), 'x6');
    assert.equal(table.rowCount, 230_000);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('loadCsv names the path of a missing file', async () => {
  await assert.rejects(
    loadCsv('test/fixtures/data/no-such.csv'),
    (error: Error) =>
      error instanceof InputError &&
      error.message ===
        'test/fixtures/data/no-such.csv: file not found; expected an existing file.',
  );
});

test(
  'loadCsv names the path of an unreadable file',
  { skip: process.getuid?.() === 0 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'load-csv-'));
    try {
      const path = join(dir, 'secret.csv');
      await writeFile(path, 'a\n1\n');
      await chmod(path, 0o000);
      await assert.rejects(loadCsv(path), /secret\.csv: permission denied/);
    } finally {
      await rm(dir, { recursive: true });
    }
  },
);

test('loadCsv rejects a directory and corrupt gzip data', async () => {
  await assert.rejects(loadCsv('test/fixtures/data'), /test\/fixtures\/data: is a directory/);
  const dir = await mkdtemp(join(tmpdir(), 'load-csv-'));
  try {
    const path = join(dir, 'bad.csv.gz');
    await writeFile(path, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]));
    await assert.rejects(
      loadCsv(path),
      (error: Error) => error instanceof InputError && /gzip data is corrupt/.test(error.message),
    );
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('loadCsv passes parse errors through with the file name', async () => {
  await assert.rejects(
    loadCsv(fixture('ragged.csv')),
    /ragged\.csv: row 2 \(line 3\) has 2 fields, expected 3/,
  );
});
