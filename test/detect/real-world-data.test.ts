/**
 * The verdict on data as real pipelines deliver it (issue 8): missing values, identifier
 * and time columns, data-quality incidents, many categories, narrow tables and
 * predictions without actuals. Data are written as CSV text and read by the CSV reader,
 * so markers and types go through the same path as a user's files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { adjustPValues } from '../../src/stats/adjust-p-values.ts';
import { twoProportionZTest } from '../../src/stats/two-proportion-z-test.ts';
import { InputError } from '../../src/data/input-error.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

/** CSV text from columns of cell texts. */
function csv(columns: Record<string, readonly string[]>): string {
  const names = Object.keys(columns);
  const rows = columns[names[0]].length;
  const lines = [names.join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((n) => columns[n][i]).join(','));
  return `${lines.join('\n')}\n`;
}

function numbers(random: () => number, n: number, mean = 50, sd = 10): string[] {
  return normalSample(random, n, mean, sd).map((v) => v.toFixed(3));
}

/** Replaces a share of cells (every k-th, deterministic) by `marker`. */
function withMarker(cells: string[], share: number, marker: string): string[] {
  const every = share > 0 ? Math.round(1 / share) : Infinity;
  return cells.map((c, i) => (i % every === every - 1 ? marker : c));
}

test('a feature going from 1% to 40% missing is missing-value drift, named, graded very strong', () => {
  const random = seededRandom(81);
  const reference = parseCsv(
    csv({ income: withMarker(numbers(random, 2000), 0.01, 'NA'), age: numbers(random, 2000) }),
    { source: 'ref.csv' },
  );
  const recentIncome = numbers(random, 1000).map((c, i) => (i % 5 < 2 ? '' : c));
  const recent = parseCsv(csv({ income: recentIncome, age: numbers(random, 1000) }));
  const report = analyzeDrift({ reference, recent });
  const income = report.features.find((f) => f.name === 'income')!;
  assert.ok(income.missingShare, 'the missing share is tested');
  assert.equal(income.missingShare.reference, 20 / 2000);
  assert.equal(income.missingShare.recent, 400 / 1000);
  assert.ok(Math.abs(income.missingShare.change - 0.39) < 1e-12);
  assert.equal(income.missingShare.drifted, true);
  const [finding] = report.dataQuality;
  assert.equal(finding.kind, 'missing_share');
  assert.equal(finding.column, 'income');
  assert.equal(finding.grade, 'very_strong');
  assert.equal(report.severity, 'HIGH');
  assert.equal(report.driftType, 'data_quality');
  assert.equal(report.triggered, false, 'a data-quality incident does not retrain on broken data');
  assert.match(
    report.reason,
    /Missing values in income: 40% of the recent rows \(reference 1\.0%\)/,
  );
  assert.match(report.reason, /fix the data before retraining/);
});

test('a missing share falling from 40% to 1% is reported too, for a categorical feature', () => {
  const random = seededRandom(82);
  const colours = (n: number) =>
    Array.from({ length: n }, () => ['red', 'green', 'blue'][Math.floor(random() * 3)]);
  const reference = parseCsv(
    csv({ colour: colours(2000).map((c, i) => (i % 5 < 2 ? 'NULL' : c)) }),
  );
  const recent = parseCsv(csv({ colour: withMarker(colours(1000), 0.01, 'n/a') }));
  const report = analyzeDrift({ reference, recent });
  const colour = report.features[0];
  assert.equal(colour.type, 'categorical');
  assert.equal(colour.missingShare?.drifted, true);
  assert.ok((colour.missingShare?.change ?? 0) < -0.38);
  assert.equal(report.dataQuality[0].kind, 'missing_share');
  assert.match(
    report.reason,
    /Missing values in colour: 1\.0% of the recent rows \(reference 40%\)/,
  );
  assert.notEqual(report.severity, 'NONE');
});

test('missing-share tests are corrected in one Benjamini-Hochberg family with the feature tests', () => {
  const random = seededRandom(83);
  const reference = parseCsv(
    csv({
      a: withMarker(numbers(random, 600), 0.02, 'nan'),
      b: numbers(random, 600),
      c: withMarker(numbers(random, 600), 0.05, 'None'),
    }),
  );
  const recent = parseCsv(
    csv({
      a: withMarker(numbers(random, 300), 0.04, 'nan'),
      b: numbers(random, 300, 52),
      c: withMarker(numbers(random, 300), 0.1, '#N/A'),
    }),
  );
  const report = analyzeDrift({ reference, recent });
  const byName = new Map(report.features.map((f) => [f.name, f]));
  const family = ['a', 'b', 'c'].map((n) => byName.get(n)!.pValue);
  const missingP = ['a', 'c'].map((n) => {
    const f = byName.get(n)!;
    return twoProportionZTest(
      f.referenceMissing,
      f.referenceMissing + f.referenceCount,
      f.recentMissing,
      f.recentMissing + f.recentCount,
    ).pValue;
  });
  const adjusted = adjustPValues([...family, ...missingP], 'benjamini-hochberg');
  ['a', 'b', 'c'].forEach((n, i) => assert.equal(byName.get(n)!.adjustedPValue, adjusted[i]));
  assert.equal(byName.get('a')!.missingShare!.pValue, missingP[0]);
  assert.equal(byName.get('a')!.missingShare!.adjustedPValue, adjusted[3]);
  assert.equal(byName.get('c')!.missingShare!.adjustedPValue, adjusted[4]);
  assert.equal(byName.get('b')!.missingShare, undefined, 'no missing cell: no test');
});

test('a missing share change below min-missing-change is not drift, however significant', () => {
  const random = seededRandom(84);
  const reference = parseCsv(csv({ x: withMarker(numbers(random, 50000), 0.01, 'NA') }));
  const recent = parseCsv(csv({ x: withMarker(numbers(random, 50000), 1 / 30, 'NA') }));
  const report = analyzeDrift({ reference, recent });
  const x = report.features[0];
  assert.ok(x.missingShare!.adjustedPValue < 1e-10, 'significant with 50,000 rows');
  assert.equal(x.missingShare!.drifted, false, '2.3 points are below the 5-point floor');
  assert.equal(report.severity, 'NONE');
  const lowered = analyzeDrift({ reference, recent }, { minMissingChange: 0.02 });
  assert.equal(lowered.features[0].missingShare!.drifted, true);
});

test('clean data is tested exactly as before: no missing-share test, no finding', () => {
  const random = seededRandom(85);
  const columns = (n: number) => ({ a: normalSample(random, n), b: normalSample(random, n) });
  const report = analyzeDrift({
    reference: tableFromColumns(columns(500), 'ref'),
    recent: tableFromColumns(columns(200), 'rec'),
  });
  assert.deepEqual(report.dataQuality, []);
  assert.deepEqual(report.setAside, []);
  for (const f of report.features) assert.equal(f.missingShare, undefined);
  assert.equal(report.severity, 'NONE');
});

test('declaring an identifier column that is in neither table is an InputError naming it', () => {
  const table = tableFromColumns({ a: [1, 2, 3] }, 'ref.csv');
  assert.throws(
    () => analyzeDrift({ reference: table, recent: table }, { identifierColumns: ['ordr_id'] }),
    (error: Error) =>
      error instanceof InputError &&
      /identifier-columns option names column 'ordr_id'/.test(error.message) &&
      /'a'/.test(error.message),
  );
});
