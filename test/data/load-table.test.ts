import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError } from '../../src/shared/input-error.ts';
import { loadCsv } from '../../src/data/load-csv.ts';
import { detectTableFormat, loadTable, readTableHeader } from '../../src/data/load-table.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-table-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

test('loadTable reads the documented example file', async () => {
  assert.equal((await loadTable('test/fixtures/data/quoted.csv')).rowCount, 3);
});

test('loadTable reads a CSV exactly as loadCsv does', async () => {
  const path = 'test/fixtures/data/pandas-markers.csv';
  assert.deepEqual(await loadTable(path), await loadCsv(path));
});

test('detectTableFormat goes by magic bytes before the extension', async () => {
  const csvNamedParquet = await file('really-csv.parquet', 'a,b\n1,2\n');
  const parquetNamedCsv = await file('really-parquet.csv', Buffer.from('PAR1\0\0\0\0'));
  const arrowNamedCsv = await file('really-arrow.csv', Buffer.from('ARROW1\0\0'));
  const gzippedCsv = await file('data.parquet.gz', gzipSync('a,b\n1,2\n'));
  // A file shorter than any magic number has only its extension to go by.
  assert.equal(await detectTableFormat(await file('tiny.parquet', 'P')), 'parquet');
  assert.equal(await detectTableFormat(csvNamedParquet), 'parquet');
  assert.equal(await detectTableFormat(parquetNamedCsv), 'parquet');
  assert.equal(await detectTableFormat(arrowNamedCsv), 'arrow');
  assert.equal(await detectTableFormat(gzippedCsv), 'csv');
  assert.equal(await detectTableFormat(await file('x.feather', '')), 'arrow');
  assert.equal(await detectTableFormat(await file('x.txt', 'a\n1\n')), 'csv');
  assert.equal(await detectTableFormat(dir), 'parquet');
});

test('loadTable decompresses gzip whatever the name and reads the header alone', async () => {
  const path = await file('data.bin', gzipSync('x,y\n1,a\n2,b\n'));
  const table = await loadTable(path);
  assert.equal(table.rowCount, 2);
  assert.deepEqual(await readTableHeader(path), ['x', 'y']);
});

test('loadTable names the path when the file does not exist', async () => {
  const missing = join(dir, 'nope.csv');
  await assert.rejects(loadTable(missing), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /nope\.csv: file not found/);
    return true;
  });
});
