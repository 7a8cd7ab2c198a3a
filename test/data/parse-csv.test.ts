import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../src/shared/input-error.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';
import type { CategoricalColumn, Column, NumericColumn, Table } from '../../src/shared/table.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url));

function numeric(table: Table, name: string): NumericColumn {
  const column = table.columns.find((c) => c.name === name);
  assert.equal(column?.kind, 'numeric', `column ${name} should be numeric`);
  return column as NumericColumn;
}

function categorical(table: Table, name: string): CategoricalColumn {
  const column = table.columns.find((c) => c.name === name);
  assert.equal(column?.kind, 'categorical', `column ${name} should be categorical`);
  return column as CategoricalColumn;
}

function labels(column: Column): (string | null)[] {
  assert.equal(column.kind, 'categorical');
  const c = column as CategoricalColumn;
  return [...c.codes].map((code) => (code < 0 ? null : c.categories[code]));
}

test('parseCsv returns the documented example column', () => {
  const table = parseCsv('x,y\n1,a\nNA,b\n');
  assert.deepEqual(table.columns[0], {
    kind: 'numeric',
    name: 'x',
    values: new Float64Array([1, NaN]),
    missing: 1,
  });
});

test('parseCsv types a column numeric only when every non-missing cell is a number', () => {
  const table = parseCsv('a,b,c\n1,2,x\n-3.5e2,.5,4\n+7,1.,y\n');
  assert.deepEqual([...numeric(table, 'a').values], [1, -350, 7]);
  assert.deepEqual([...numeric(table, 'b').values], [2, 0.5, 1]);
  assert.deepEqual(labels(categorical(table, 'c')), ['x', '4', 'y']);
  assert.equal(table.rowCount, 3);
});

test('parseCsv reads numbers bit for bit like Number(), including 17-digit and extreme values', () => {
  const cells = [
    '0.1',
    '0.30000000000000004',
    '-0',
    '1e-320',
    '123456789012345678',
    '2.5e-7',
    '1.7976931348623157e308',
  ];
  const table = parseCsv(`v\n${cells.join('\n')}\n`);
  const values = numeric(table, 'v').values;
  cells.forEach((cell, i) =>
    assert.ok(Object.is(values[i], Number(cell)), `${cell} -> ${values[i]}`),
  );
});

test('parseCsv reads infinities as pandas does: inf, -Infinity and overflowing 1e400', () => {
  const values = numeric(parseCsv('v\n1e400\n-inf\nINF\n+Infinity\n-1e400\n2\n'), 'v').values;
  assert.deepEqual([...values], [Infinity, -Infinity, Infinity, Infinity, -Infinity, 2]);
  assert.equal(parseCsv('v\ninfinite\n').columns[0].kind, 'categorical');
});

test('parseCsv treats hexadecimal as text and reads padded numbers through their spaces, as pandas does', () => {
  assert.equal(parseCsv('v\n0x10\n').columns[0].kind, 'categorical');
  const padded = parseCsv('v,w\n 7,a \n"  3 ",b\n\t-inf,c\n');
  assert.deepEqual([...numeric(padded, 'v').values], [7, 3, -Infinity]);
  assert.deepEqual(categorical(padded, 'w').categories, ['a ', 'b', 'c']);
});

test('parseCsv counts every missing spelling and never makes it a category', () => {
  const table = parseCsv(fixture('missing.csv'));
  const x = numeric(table, 'x');
  assert.equal(x.missing, 4);
  assert.deepEqual(
    [...x.values].map((v) => (Number.isNaN(v) ? null : v)),
    [1, null, null, null, null, 2.5],
  );
  const label = categorical(table, 'label');
  assert.equal(label.missing, 3);
  assert.deepEqual(label.categories, ['a', 'b', 'c']);
});

test('parseCsv reads quoted fields with commas, escaped quotes and line breaks', () => {
  const table = parseCsv(fixture('quoted.csv'));
  assert.equal(table.rowCount, 3);
  assert.deepEqual(labels(categorical(table, 'comment')), [
    'plain',
    'has, comma',
    'says "hi"\nand wraps',
  ]);
  assert.deepEqual([...numeric(table, 'score').values], [0.5, 1.25, -3]);
  assert.deepEqual([...numeric(table, 'id').values], [1, 2, 3]);
});

test('parseCsv strips a UTF-8 byte order mark and reads CRLF line ends', () => {
  const table = parseCsv(fixture('crlf-bom.csv'));
  assert.deepEqual(
    table.columns.map((c) => c.name),
    ['name', 'value'],
  );
  assert.deepEqual(labels(table.columns[0]), ['a', 'b\r\nc', 'd']);
  assert.deepEqual([...numeric(table, 'value').values], [1, 2, 3]);
});

test('parseCsv accepts the last row without a trailing newline and skips blank lines', () => {
  assert.deepEqual([...numeric(parseCsv('a\n1\n2'), 'a').values], [1, 2]);
  const table = parseCsv(fixture('blank-line.csv'));
  assert.deepEqual([...numeric(table, 'b').values], [2, 4]);
});

test('parseCsv names a blank header cell the way pandas does', () => {
  const table = parseCsv(',a\n0,5\n');
  assert.deepEqual(
    table.columns.map((c) => c.name),
    ['Unnamed: 0', 'a'],
  );
});

test('parseCsv keeps the exact text of numbers in a column that later turns categorical', () => {
  const table = parseCsv(fixture('mixed.csv'));
  assert.deepEqual(labels(categorical(table, 'amount')), ['10', 'abc']);
  assert.deepEqual(numeric(table, 'zip').values, new Float64Array([2134, 10001]));
});

test('parseCsv reads a column forced categorical as text labels', () => {
  const table = parseCsv(fixture('zip.csv'), { categorical: ['zip'] });
  assert.deepEqual(labels(categorical(table, 'zip')), ['02134', '10001']);
  assert.equal(numeric(table, 'amount').missing, 0);
});

test('parseCsv rejects a non-number in a column forced numeric, naming row, line, column and value', () => {
  assert.throws(
    () => parseCsv('a,b\n1,2\n3,"x\ny"\n4,oops\n', { numeric: ['b'], source: 'data.csv' }),
    (error: Error) =>
      error instanceof InputError &&
      error.message ===
        'data.csv: row 2 (line 3), column "b": "x\\ny" is not a number; the column was declared numeric.',
  );
  assert.throws(
    () => parseCsv('a,b\n1,2\n"3\n",2\n4,oops\n', { numeric: ['b'], source: 'data.csv' }),
    /data\.csv: row 3 \(line 5\), column "b": "oops" is not a number/,
  );
});

test('parseCsv rejects type options that name columns not in the header', () => {
  assert.throws(
    () => parseCsv('a,b\n1,2\n', { categorical: ['c'], source: 'x.csv' }),
    /x\.csv: the categorical option names column "c", which is not in the header; expected one of "a", "b"\./,
  );
  assert.throws(
    () => parseCsv('a\n1\n', { categorical: ['a'], numeric: ['a'] }),
    /both categorical and numeric/,
  );
});

test('parseCsv reports a ragged row with its row, line and field counts', () => {
  assert.throws(
    () => parseCsv(fixture('ragged.csv'), { source: 'ragged.csv' }),
    (error: Error) =>
      error instanceof InputError &&
      error.message === 'ragged.csv: row 2 (line 3) has 2 fields, expected 3 as in the header.',
  );
});

test('parseCsv reports a duplicate column name with both positions', () => {
  assert.throws(
    () => parseCsv(fixture('duplicate-header.csv'), { source: 'dup.csv' }),
    /dup\.csv: column name "a" appears twice in the header, at columns 1 and 3/,
  );
});

test('parseCsv reports an unterminated quote where its record starts', () => {
  assert.throws(
    () => parseCsv(fixture('unterminated.csv'), { source: 'u.csv' }),
    /u\.csv: row 1 \(line 2\), column "b": a quoted field is never closed/,
  );
});

test('parseCsv rejects text after a closing quote', () => {
  assert.throws(() => parseCsv('a,b\n"x"y,1\n'), /unexpected "y" after a closing quote/);
});

test('parseCsv rejects an empty input and a header without rows', () => {
  assert.throws(
    () => parseCsv(fixture('empty.csv'), { source: 'e.csv' }),
    /e\.csv: the file is empty/,
  );
  assert.throws(() => parseCsv('\uFEFF'), /the file is empty/);
  assert.throws(
    () => parseCsv(fixture('header-only.csv'), { source: 'h.csv' }),
    /h\.csv: the header has no data rows/,
  );
});

test('parseCsv reads a column with no values at all as numeric and all missing', () => {
  const column = numeric(parseCsv('a,b\n,1\nNA,2\n'), 'a');
  assert.equal(column.missing, 2);
});

interface PandasMarkers {
  pandas: string;
  defaultMarkers: string[];
  rows: { text: string; missing: boolean; number: number | null }[];
  wordMissing: boolean[];
  padded: number[];
}
const pandasMarkers = JSON.parse(fixture('pandas-markers.json').toString('utf8')) as PandasMarkers;

test('parseCsv reads as missing exactly the cells pandas 1.5.3 reads as missing, in numbers and in words', () => {
  const table = parseCsv(fixture('pandas-markers.csv'));
  const number = numeric(table, 'number');
  const word = labels(table.columns[1]);
  pandasMarkers.rows.forEach((row, i) => {
    const expected = row.missing || row.number === null ? null : row.number;
    const got = Number.isNaN(number.values[i]) ? null : number.values[i];
    assert.equal(got, expected, `row ${i + 1} ${JSON.stringify(row.text)}`);
    assert.equal(
      word[i] === null,
      pandasMarkers.wordMissing[i],
      `word ${JSON.stringify(row.text)}`,
    );
  });
  assert.equal(number.missing, pandasMarkers.rows.filter((row) => row.missing).length);
  // The near misses (`none`, `Nan`, ` NA`, `?`, ...) are neither numbers nor missing.
  const invalid = pandasMarkers.rows.filter((row) => !row.missing && row.number === null);
  assert.deepEqual(number.invalid?.count, invalid.length);
});

test('parseCsv knows every default marker of pandas, plus None', () => {
  for (const marker of [...pandasMarkers.defaultMarkers, 'None']) {
    const column = parseCsv(`x\n1\n${marker === '' ? '""' : marker}\n2\n`).columns[0];
    assert.equal(column.missing, 1, JSON.stringify(marker));
  }
});

test('parseCsv keeps a numeric column with a few non-numbers numeric and counts them as invalid with examples', () => {
  const rows = Array.from({ length: 40 }, (_, i) => (i === 5 ? '?' : i === 9 ? 'n.a.' : String(i)));
  const column = numeric(parseCsv(`x\n${rows.join('\n')}\nNA\n?\n`), 'x');
  assert.deepEqual(column.invalid, { count: 3, examples: ['?', 'n.a.'] });
  assert.equal(column.missing, 1);
  assert.ok(Number.isNaN(column.values[5]));
  assert.equal(column.values[39], 39);
});

test('parseCsv reads a column that starts with non-numbers and continues with numbers as numeric', () => {
  const few = numeric(parseCsv(`x\n?\n-\n${'1\n'.repeat(30)}`), 'x');
  assert.deepEqual(few.invalid, { count: 2, examples: ['?', '-'] });
  // More words before the first number than are held back: still numeric by the share.
  const many = numeric(parseCsv(`x\n${'?\n'.repeat(20)}${'7\n'.repeat(300)}`), 'x');
  assert.deepEqual(many.invalid, { count: 20, examples: ['?'] });
  assert.equal(many.values[319], 7);
});

test('parseCsv makes a column categorical when more than 10% of its cells are words, keeping number labels exact', () => {
  const column = categorical(parseCsv(`x\n${'007\n'.repeat(8)}a\nb\n`), 'x');
  assert.deepEqual(column.categories, ['007', 'a', 'b']);
  assert.equal(categorical(parseCsv('x\na\nb\n'), 'x').missing, 0);
});

test('parseCsv cuts invalid examples to 5 distinct texts of at most 40 characters', () => {
  const long = 'w'.repeat(100);
  const words = [long, 'a', 'b', 'c', 'd', 'e', 'a'];
  const column = numeric(parseCsv(`x\n${'1\n'.repeat(100)}${words.join('\n')}\n`), 'x');
  assert.equal(column.invalid?.count, 7);
  assert.deepEqual(column.invalid?.examples, [`${'w'.repeat(39)}…`, 'a', 'b', 'c', 'd']);
});

test('parseCsv reads the naValues markers as missing, numbers among them too', () => {
  const table = parseCsv('x,y\n1,a\n?,?\n-999,-999\n-999.5,b\n', { naValues: ['?', '-999'] });
  assert.deepEqual(
    [...numeric(table, 'x').values].map((v) => (Number.isNaN(v) ? null : v)),
    [1, null, null, -999.5],
  );
  assert.equal(numeric(table, 'x').missing, 2);
  assert.deepEqual(labels(table.columns[1]), ['a', null, null, 'b']);
});
