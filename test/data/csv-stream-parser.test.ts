import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CsvStreamParser } from '../../src/data/csv-stream-parser.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';
import type { Table } from '../../src/shared/table.ts';

function parseInChunks(bytes: Uint8Array, sizes: number[], categorical?: string[]): Table {
  const parser = new CsvStreamParser({ source: 'chunks', categorical });
  let offset = 0;
  let k = 0;
  while (offset < bytes.length) {
    const size = sizes.length === 0 ? bytes.length : Math.max(1, sizes[k++ % sizes.length]);
    parser.write(bytes.subarray(offset, offset + size));
    offset += size;
  }
  const { table, columnsToReparse } = parser.end();
  // As parseCsv and loadCsv do: parse again when a column lost numbers on turning categorical.
  return columnsToReparse.length === 0 ? table : parseInChunks(bytes, sizes, columnsToReparse);
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

test('CsvStreamParser gives the same table however the bytes are split into chunks', () => {
  const cell = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.integer().map(String),
    fc.constantFrom('', 'NA', 'x', 'a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'é'),
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 4 }).chain((width) =>
        fc.tuple(
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 8,
          }),
          fc.constantFrom('\n', '\r\n'),
          fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 5 }),
          fc.constant(width),
        ),
      ),
      ([rows, newline, sizes, width]) => {
        // A row of one empty cell is a blank line, which CSV cannot tell from no row.
        const kept = rows.filter((row) => width > 1 || row[0] !== '');
        if (kept.length === 0) return;
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        const text =
          [header, ...kept].map((row) => row.map(quote).join(',')).join(newline) + newline;
        const bytes = Buffer.from('\uFEFF' + text);
        const whole = parseCsv(text);
        assert.deepEqual(parseInChunks(bytes, sizes), { ...whole, source: 'chunks' });
        assert.equal(whole.rowCount, kept.length);
      },
    ),
    { numRuns: 300 },
  );
});

test('CsvStreamParser reads a numeric file fed one byte at a time', () => {
  const text = 'a,b\r\n1.5,-2\r\n3,4e1\r\n';
  const table = parseInChunks(Buffer.from(text), [1]);
  assert.deepEqual(table.columns[1], {
    kind: 'numeric',
    name: 'b',
    values: new Float64Array([-2, 40]),
    missing: 0,
  });
});

test('CsvStreamParser keeps a field that spans hundreds of chunks whole, quoted or not', () => {
  const long = 'ab'.repeat(150_000);
  for (const text of [`id,text\n1,${long}\n2,b\n`, `id,text\n1,"${long}\n""x"""\n2,b\n`]) {
    const table = parseInChunks(Buffer.from(text), [1000, 7, 4096]);
    const column = table.columns[1];
    assert.equal(table.rowCount, 2);
    assert.equal(column.kind, 'categorical');
    if (column.kind !== 'categorical') return;
    assert.equal(column.categories[column.codes[0]].slice(0, long.length), long);
    assert.equal(column.categories[column.codes[1]], 'b');
  }
});
