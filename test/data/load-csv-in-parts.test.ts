import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadCsvInParts } from '../../src/data/load-csv-in-parts.ts';
import { loadCsv } from '../../src/data/load-csv.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csv-parts-'));
});
after(async () => {
  await rm(dir, { recursive: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const rows = (count: number, row: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => row(i)).join('\n');

test('loadCsvInParts gives the same table as a one-piece parse, numeric and categorical', async () => {
  const text = `x,label,y\n${rows(1000, (i) => `${i / 8},${['a', 'b', 'c'][i % 3]}${i > 900 ? i : ''},${i % 7 === 0 ? 'NA' : -i}`)}\n`;
  const path = await file('mixed.csv', text);
  for (const parts of [2, 3, 7]) {
    const table = await loadCsvInParts(path, {}, parts);
    assert.deepEqual(table, parseCsv(text, { source: path }), `${parts} parts`);
  }
});

test('loadCsvInParts keeps labels exact when a column turns categorical in a later part', async () => {
  // 300 number-like codes, then 40 words: under 90% numbers, so categorical (csv-column-type.ts).
  const text = `code,n\n${rows(300, (i) => `0${i % 10},${i}`)}\n${rows(40, (i) => `x${i},1`)}\n`;
  const path = await file('late.csv', text);
  const table = await loadCsvInParts(path, {}, 3);
  assert.deepEqual(table, parseCsv(text, { source: path }));
  assert.equal(table?.columns[0].kind, 'categorical');
});

test('loadCsvInParts fills a part whose column is all missing when another part has labels', async () => {
  const text = `a,b\n${rows(50, () => 'NA,1')}\n${rows(50, (i) => `L${i % 2},2`)}`;
  const path = await file('missing-then-labels.csv', text);
  assert.deepEqual(await loadCsvInParts(path, {}, 2), parseCsv(text, { source: path }));
});

test('loadCsvInParts declines files it cannot split safely', async () => {
  const quoted = await file('quoted.csv', `a,b\n${rows(100, (i) => `"${i}\n",${i}`)}\n`);
  assert.equal(await loadCsvInParts(quoted, {}, 2), null);
  const blank = await file('blank.csv', `a\n${rows(100, (i) => String(i))}\n\n\n`);
  assert.equal(await loadCsvInParts(blank, {}, 2), null);
  const ragged = await file('ragged.csv', `a,b\n${rows(100, (i) => (i === 80 ? '1' : '1,2'))}\n`);
  assert.equal(await loadCsvInParts(ragged, {}, 2), null);
  assert.equal(await loadCsvInParts(await file('header.csv', 'a,b\n'), {}, 2), null);
});

test('loadCsv with two threads parses a large file in worker threads like one piece', async () => {
  // 17 MiB, just over the size from which loadCsv splits a file.
  const line = '0.125,-3.5,12345.678,7,NA,1e-3,\n';
  const count = Math.ceil((17 << 20) / line.length);
  const path = await file('large.csv', `a,b,c,d,e,f,g\n${line.repeat(count)}`);
  const parallel = await loadCsv(path, { threads: 2 });
  const single = await loadCsv(path);
  assert.equal(parallel.rowCount, count);
  const first = parallel.columns[0];
  assert.ok(first.kind === 'numeric' && first.values.buffer instanceof SharedArrayBuffer);
  assert.deepEqual(parallel, single);
});

test('loadCsvInParts applies the share of numbers to the whole column, as the one-piece parse does', async () => {
  // Part 1 has no invalid cells, part 2 has 15%: 7.5% over the whole column, so numeric.
  const scattered = `x,n\n${rows(200, (i) => `${i >= 100 && i % 20 < 3 ? '?' : i},1`)}\n`;
  const path = await file('scattered.csv', scattered);
  const table = await loadCsvInParts(path, {}, 2);
  assert.deepEqual(table, parseCsv(scattered, { source: path }));
  assert.equal(table?.columns[0].kind, 'numeric');
  // 30% words in the second half only: categorical over the whole column.
  const wordy = `x,n\n${rows(200, (i) => `${i >= 100 && i % 10 < 3 ? 'w' : i},1`)}\n`;
  const wordyPath = await file('wordy.csv', wordy);
  const wordyTable = await loadCsvInParts(wordyPath, {}, 2);
  assert.deepEqual(wordyTable, parseCsv(wordy, { source: wordyPath }));
  assert.equal(wordyTable?.columns[0].kind, 'categorical');
});
