import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadArrow } from '../../src/data/load-arrow.ts';
import { loadCsv } from '../../src/data/load-csv.ts';
import { detectTableFormat, loadTable, readTableHeader } from '../../src/data/load-table.ts';
import { InputError } from '../../src/shared/input-error.ts';
import type { CategoricalColumn, NumericColumn, Table } from '../../src/shared/table.ts';

const fixtures = 'test/fixtures/data/parquet';
let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-arrow-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function values(table: Table, name: string): (number | string | null)[] {
  const column = table.columns.find((c) => c.name === name);
  assert.ok(column, `no column ${name}`);
  if (column.kind === 'numeric') return Array.from((column as NumericColumn).values);
  const { codes, categories } = column as CategoricalColumn;
  return Array.from(codes, (code) => (code < 0 ? null : categories[code]));
}

/** The values written by mixedArrowTable in scripts/fixtures/parquet-arrow.ts. */
function assertMixedTable(table: Table): void {
  assert.equal(table.rowCount, 6);
  assert.deepEqual(values(table, 'id'), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(values(table, 'score'), [1.5, NaN, -2.25, 3, 1e10, 0.1]);
  assert.deepEqual(values(table, 'price'), [9.99, 0.5, NaN, 100, 12.34, -7]);
  assert.deepEqual(values(table, 'city'), ['Oslo', 'Lima', null, 'Oslo', 'Pune', 'Lima']);
  assert.deepEqual(values(table, 'member'), ['true', 'false', 'true', null, 'false', 'true']);
  assert.deepEqual(values(table, 'signup'), [
    '2024-01-31',
    '2024-02-01',
    null,
    '1969-12-31',
    '2024-03-01',
    '2024-03-02',
  ]);
  assert.deepEqual(values(table, 'seen_at'), [
    '2024-01-31T10:20:30.123',
    '2024-02-01T00:00:00',
    null,
    '1969-12-31T23:59:59.5',
    '2024-03-01T12:00:00',
    '2024-03-02T12:00:00',
  ]);
  assert.deepEqual(values(table, 'note'), ['a', 'b', null, 'a', 'c', 'b']);
  const missing = Object.fromEntries(table.columns.map((c) => [c.name, c.missing]));
  assert.deepEqual(missing, {
    id: 0,
    score: 1,
    price: 1,
    city: 1,
    member: 1,
    signup: 1,
    seen_at: 1,
    note: 1,
  });
}

for (const name of ['mixed.arrow', 'mixed.arrows', 'mixed-lz4.arrow', 'mixed-zstd.arrow']) {
  test(`loadTable reads the Arrow IPC fixture ${name} with every flat type, nulls as missing`, async () => {
    const path = join(fixtures, name);
    assert.equal(await detectTableFormat(path), 'arrow');
    assertMixedTable(await loadTable(path));
  });
}

test('an Arrow file and an Arrow stream read as the same tables as their CSV copies', async () => {
  for (const [side, file] of [
    ['reference', 'reference.arrow'],
    ['recent', 'recent.arrows'],
  ]) {
    const fromCsv = await loadCsv(join(fixtures, `${side}.csv`), { source: side });
    const fromArrow = await loadTable(join(fixtures, file), { source: side });
    assert.deepEqual(fromArrow, fromCsv);
  }
  assert.deepEqual(
    await readTableHeader(join(fixtures, 'recent.arrows')),
    await readTableHeader(join(fixtures, 'recent.csv')),
  );
});

test('a nested Arrow column is an InputError naming the column and its type', async () => {
  await assert.rejects(loadTable(join(fixtures, 'nested.arrow')), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /nested\.arrow: column "tags" is a nested List<Int32> column/);
    return true;
  });
});

test('a corrupt Arrow file is an InputError naming the file', async () => {
  const bytes = await readFile(join(fixtures, 'mixed.arrow'));
  const corrupt = join(dir, 'corrupt.arrow');
  await writeFile(corrupt, bytes.subarray(0, 40));
  await assert.rejects(loadTable(corrupt), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /corrupt\.arrow: cannot read this Arrow IPC file/);
    return true;
  });
});

test('categorical and numeric options apply to Arrow columns', async () => {
  const path = join(fixtures, 'mixed.arrow');
  const table = await loadArrow(path, { categorical: ['id'] });
  assert.deepEqual(values(table, 'id'), ['1', '2', '3', '4', '5', '6']);
  await assert.rejects(loadArrow(path, { numeric: ['note'] }), /row 1, column "note" holds "a"/);
  await assert.rejects(loadArrow(path, { numeric: ['nope'] }), /"nope", which is not in the file/);
});
