import assert from 'node:assert/strict';
import { copyFile, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parquetMetadata } from 'hyparquet';
import { loadDriftInputs } from '../../src/data/load-drift-inputs.ts';
import { ParquetColumnReader } from '../../src/data/load-parquet.ts';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { analyzeDriftReadingColumns } from '../../src/engines/parquet-column-scan.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { InputError } from '../../src/shared/input-error.ts';
import { findColumn, isLoaded } from '../../src/shared/table.ts';

const fixtures = 'test/fixtures/data/parquet';
const dir = await mkdtemp(join(tmpdir(), 'ds-column-scan-'));
after(() => rm(dir, { recursive: true, force: true }));

const outputs = { predictionColumn: 'prediction', targetColumn: 'target' } as const;

/** The report of the whole-table check on the CSV copy of the fixtures. */
async function csvReport(): Promise<string> {
  const input = await loadDriftInputs({
    referenceData: join(fixtures, 'reference.csv'),
    recentData: join(fixtures, 'recent.csv'),
    ...outputs,
  });
  return renderJson(analyzeDrift(input));
}

/** A copy of the fixture with the first bytes of `column`'s first data page overwritten. */
async function withCorruptColumn(fixture: string, column: string): Promise<string> {
  const bytes = await readFile(join(fixtures, fixture));
  const metadata = parquetMetadata(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  );
  const chunk = metadata.row_groups[0].columns.find(
    (c) => c.meta_data?.path_in_schema[0] === column,
  );
  assert.ok(chunk?.meta_data, `no column ${column} in ${fixture}`);
  const corrupt = join(dir, `corrupt-${column}-${fixture}`);
  await copyFile(join(fixtures, fixture), corrupt);
  const handle = await open(corrupt, 'r+');
  try {
    const start = Number(
      chunk.meta_data.dictionary_page_offset || chunk.meta_data.data_page_offset,
    );
    await handle.write(Buffer.alloc(24, 0xff), 0, 24, start);
  } finally {
    await handle.close();
  }
  return corrupt;
}

test('with both sides in Parquet, the shared numeric columns stay unread and only the model outputs and other columns load', async () => {
  const input = await loadDriftInputs({
    referenceData: join(fixtures, 'reference.parquet'),
    recentData: join(fixtures, 'recent.parquet'),
    ...outputs,
    leaveColumnsUnread: true,
  });
  for (const table of [input.reference, input.recent]) {
    for (const name of ['age', 'income', 'visits']) {
      const column = findColumn(table, name);
      assert.ok(column && !isLoaded(column), `${name} of ${table.source} is unread`);
      assert.equal('values' in column, false);
    }
    const city = findColumn(table, 'city');
    assert.ok(city && isLoaded(city) && city.kind === 'categorical');
  }
  const prediction = findColumn(input.recent, 'prediction');
  assert.ok(prediction && isLoaded(prediction), 'the prediction column is loaded whole');
  assert.equal(input.modelOutputs?.predictions.length, 200);
  // Without the scan the values are missing, and the check says so instead of guessing.
  assert.throws(() => analyzeDrift(input), /Column 'age' of .*reference\.parquet was left unread/);
});

test('the column scan gives the report of the CSV check byte for byte, in this thread and in workers, for a file and a directory of parts', async () => {
  const expected = await csvReport();
  assert.match(expected, /"drifted": true/);
  for (const reference of [
    'reference.parquet',
    'reference-parts',
    'reference-parts/part-*.parquet',
  ]) {
    const input = await loadDriftInputs({
      referenceData: join(fixtures, reference),
      recentData: join(fixtures, 'recent.parquet'),
      ...outputs,
      leaveColumnsUnread: true,
    });
    assert.ok(
      input.reference.columns.some((column) => !isLoaded(column)),
      reference,
    );
    const inThread = await analyzeDriftReadingColumns(input, {}, { threads: 1 });
    assert.equal(renderJson(inThread), expected, `${reference}, one thread`);
    const inWorkers = await analyzeDriftReadingColumns(
      input,
      {},
      { threads: 2, minValuesForThreads: 0 },
    );
    assert.equal(renderJson(inWorkers), expected, `${reference}, two workers`);
  }
});

test('the same Parquet file as both sides gives the report of the same CSV file as both sides', async () => {
  const sameCsv = await loadDriftInputs({
    referenceData: join(fixtures, 'reference.csv'),
    recentData: join(fixtures, 'reference.csv'),
  });
  const sameParquet = await loadDriftInputs({
    referenceData: join(fixtures, 'reference.parquet'),
    recentData: join(fixtures, 'reference.parquet'),
    leaveColumnsUnread: true,
  });
  assert.ok(sameParquet.recent.columns.some((column) => !isLoaded(column)));
  const expected = renderJson(analyzeDrift(sameCsv));
  for (const threads of [1, 2]) {
    const report = await analyzeDriftReadingColumns(
      sameParquet,
      {},
      { threads, minValuesForThreads: 0 },
    );
    assert.equal(report.featuresDrifted, 0);
    assert.equal(renderJson(report), expected, `threads ${threads}`);
  }
});

test('inputs that are not both Parquet load whole, as before', async () => {
  const input = await loadDriftInputs({
    referenceData: join(fixtures, 'reference.parquet'),
    recentData: join(fixtures, 'recent.csv'),
    ...outputs,
    leaveColumnsUnread: true,
  });
  assert.ok([...input.reference.columns, ...input.recent.columns].every(isLoaded));
  assert.equal(renderJson(await analyzeDriftReadingColumns(input)), await csvReport());
});

test('a column that fails to decode is an InputError naming the file and the column, in this thread and from a worker', async () => {
  const corrupt = await withCorruptColumn('reference.parquet', 'income');
  const reader = await ParquetColumnReader.open(corrupt);
  assert.equal((await reader.readNumeric('age')).values.length, 300, 'other columns still read');
  await assert.rejects(reader.readNumeric('income'), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /corrupt-income-reference\.parquet: cannot read column "income"/);
    return true;
  });
  const input = await loadDriftInputs({
    referenceData: corrupt,
    recentData: join(fixtures, 'recent.parquet'),
    ...outputs,
    leaveColumnsUnread: true,
  });
  for (const threads of [1, 2]) {
    await assert.rejects(
      analyzeDriftReadingColumns(input, {}, { threads, minValuesForThreads: 0 }),
      (error: unknown) => {
        assert.ok(error instanceof InputError, `threads ${threads}: ${String(error)}`);
        assert.match(
          error.message,
          /corrupt-income-reference\.parquet: cannot read column "income"/,
        );
        return true;
      },
    );
  }
});

test('reading a column that is not numeric is an InputError listing the numeric columns', async () => {
  const reader = await ParquetColumnReader.open(join(fixtures, 'recent.parquet'));
  await assert.rejects(
    reader.readNumeric('city'),
    /column "city" has type .*; expected a numeric column "city" \(numeric columns: "age", "income", "visits"/,
  );
});

test('the column scan tells each examined feature, 1 to n of n, in this thread and in workers', async () => {
  const input = await loadDriftInputs({
    referenceData: join(fixtures, 'reference.parquet'),
    recentData: join(fixtures, 'recent.parquet'),
    ...outputs,
    leaveColumnsUnread: true,
  });
  const unread = input.reference.columns.filter((column) => !isLoaded(column)).length;
  assert.ok(unread > 1);
  for (const options of [{ threads: 1 }, { threads: 2, minValuesForThreads: 0 }]) {
    const told: [number, number][] = [];
    await analyzeDriftReadingColumns(
      input,
      {},
      {
        ...options,
        onFeatureDone: (done, total) => told.push([done, total]),
      },
    );
    assert.deepEqual(
      told,
      Array.from({ length: unread }, (_, i) => [i + 1, unread]),
      JSON.stringify(options),
    );
  }
});
