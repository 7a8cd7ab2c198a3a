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
import { InputError } from '../../src/shared/input-error.ts';
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

/** Deterministic UUID-like text from a random source. */
function uuid(random: () => number): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

function isoDay(start: number, i: number, perDay: number): string {
  return new Date(Date.UTC(2024, 0, 1) + (start + Math.floor(i / perDay)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Two time windows of one unchanged process with id, time and key columns. */
function windows(seed: number, refRows = 3000, recRows = 1000) {
  const random = seededRandom(seed);
  const side = (rows: number, offset: number) => {
    const order = Array.from({ length: rows }, (_, i) => 100_000 + offset + i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    return csv({
      row: Array.from({ length: rows }, (_, i) => String(offset + i)),
      order_number: order.map(String),
      event_ts: Array.from({ length: rows }, (_, i) => String(1_704_067_200 + (offset + i) * 60)),
      day: Array.from({ length: rows }, (_, i) => isoDay(offset / 500, i, 500)),
      session: Array.from({ length: rows }, () => uuid(random)),
      customer_id: Array.from({ length: rows }, () => String(Math.floor(random() * 200_000))),
      store_id: Array.from({ length: rows }, () => String(1 + Math.floor(random() * 12))),
      price: numbers(random, rows, 30, 5),
      amount: numbers(random, rows),
    });
  };
  return {
    reference: parseCsv(side(refRows, 0), { source: 'reference.csv' }),
    recent: parseCsv(side(recRows, refRows), { source: 'recent.csv' }),
  };
}

test('identifier and time columns are set aside with why, and unchanged data stays NONE', () => {
  const { reference, recent } = windows(90);
  const report = analyzeDrift({ reference, recent });
  const why = new Map(report.setAside.map((c) => [c.name, c]));
  assert.equal(
    why.get('row')?.reason,
    'identifier: increasing sequence of 100% unique whole numbers',
  );
  assert.equal(
    why.get('order_number')?.reason,
    'identifier: 100% unique whole numbers in a dense range',
  );
  assert.equal(why.get('event_ts')?.reason, 'time: epoch second values');
  assert.equal(why.get('day')?.reason, 'time: ISO-8601 date or datetime values');
  assert.equal(why.get('session')?.reason, 'identifier: UUID values');
  assert.match(
    why.get('customer_id')?.reason ?? '',
    /^identifier: name 'customer_id' and \d+% distinct values$/,
  );
  for (const c of report.setAside) assert.equal(c.source, 'detected');
  assert.deepEqual(
    report.features.map((f) => f.name).sort(),
    ['amount', 'price', 'store_id'],
    'a store_id with 12 stores and unique real prices stay features',
  );
  assert.equal(report.severity, 'NONE');
  assert.equal(report.triggered, false);
  assert.deepEqual(why.get('event_ts')?.timeRange, {
    reference: { first: '2024-01-01T00:00:00.000Z', last: '2024-01-03T01:59:00.000Z' },
    recent: { first: '2024-01-03T02:00:00.000Z', last: '2024-01-03T18:39:00.000Z' },
  });
  assert.deepEqual(why.get('day')?.timeRange, {
    reference: { first: '2024-01-01', last: '2024-01-06' },
    recent: { first: '2024-01-07', last: '2024-01-08' },
  });
});

test('without detection the same identifier and time columns read as drift, as the issue reports', () => {
  const { reference, recent } = windows(91);
  const report = analyzeDrift({ reference, recent }, { noRoleDetection: true });
  assert.deepEqual(report.setAside, []);
  const drifted = report.features
    .filter((f) => f.drifted)
    .map((f) => f.name)
    .sort();
  assert.ok(drifted.includes('row') && drifted.includes('event_ts') && drifted.includes('day'));
  assert.ok(report.triggered);
});

test('identifier-columns and time-column set columns aside by declaration, detection off or on', () => {
  const { reference, recent } = windows(92);
  const report = analyzeDrift(
    { reference, recent },
    { noRoleDetection: true, identifierColumns: ['row', 'store_id'], timeColumn: 'event_ts' },
  );
  assert.deepEqual(
    report.setAside.map((c) => [c.name, c.source, c.reason]),
    [
      ['row', 'declared', 'identifier: declared in identifier-columns'],
      ['event_ts', 'declared', 'time: declared in time-column'],
      ['store_id', 'declared', 'identifier: declared in identifier-columns'],
    ],
  );
  assert.equal(report.setAside[1].timeRange?.recent?.first, '2024-01-03T02:00:00.000Z');
});

test('a numeric column arriving with decimal commas is a very strong type-change finding with examples', () => {
  const random = seededRandom(93);
  const reference = parseCsv(csv({ weight: numbers(random, 1000), other: numbers(random, 1000) }));
  const recentWeights = numbers(random, 400).map((v) => `"${v.replace('.', ',')}"`);
  const recent = parseCsv(csv({ weight: recentWeights, other: numbers(random, 400) }));
  const report = analyzeDrift({ reference, recent });
  const [finding] = report.dataQuality;
  assert.equal(finding.kind, 'type_change');
  assert.equal(finding.cause, 'decimal_comma');
  assert.equal(finding.grade, 'very_strong');
  assert.equal(finding.count, 400);
  assert.equal(finding.examples?.length, 5);
  assert.match(finding.examples![0], /^\d+,\d{3}$/);
  assert.equal(report.severity, 'HIGH');
  assert.match(
    report.reason,
    /^Type change in weight: numeric in the reference, text in the recent data: decimal commas in 400 of 400 cells/,
  );
});

test('a feature that vanished from the recent data is HIGH; a new column and a vanished id are notes', () => {
  const random = seededRandom(94);
  const reference = parseCsv(
    csv({
      id: Array.from({ length: 500 }, (_, i) => String(i)),
      tenure: numbers(random, 500),
      spend: numbers(random, 500),
    }),
  );
  const recent = parseCsv(csv({ spend: numbers(random, 200), channel: Array(200).fill('web') }));
  const report = analyzeDrift({ reference, recent });
  const byKind = (kind: string) => report.dataQuality.filter((f) => f.kind === kind);
  assert.deepEqual(
    byKind('column_missing').map((f) => [f.column, f.grade]),
    [
      ['tenure', 'very_strong'],
      ['id', 'info'],
    ],
  );
  assert.deepEqual(
    byKind('column_added').map((f) => [f.column, f.grade]),
    [['channel', 'info']],
  );
  assert.equal(report.severity, 'HIGH');
  assert.match(
    report.reason,
    /Column tenure, a feature of the reference, is missing from the recent data/,
  );
  assert.match(byKind('column_missing')[1].detail, /identifier: increasing sequence/);
});

test('a -999 sentinel in 8% of one feature is an outlier finding against its own reference share', () => {
  const random = seededRandom(95);
  const feature = (n: number, sentinel: (i: number) => boolean) =>
    numbers(random, n).map((v, i) => (sentinel(i) ? '-999' : v));
  const quiet = () => Array.from({ length: 10 }, () => numbers(random, 4000));
  const refQuiet = quiet();
  const recQuiet = quiet().map((c) => c.slice(0, 2000));
  const columns = (income: string[], others: string[][]) =>
    csv(Object.fromEntries([['income', income], ...others.map((c, i) => [`f${i}`, c])]));
  const reference = parseCsv(
    columns(
      feature(4000, (i) => i % 400 === 0),
      refQuiet,
    ),
  );
  const recent = parseCsv(
    columns(
      feature(2000, (i) => i % 25 < 2),
      recQuiet,
    ),
  );
  const report = analyzeDrift({ reference, recent });
  const income = report.features.find((f) => f.name === 'income')!;
  assert.equal(income.drifted, false, 'KS D ~0.08 is below the effect floor');
  const finding = report.dataQuality.find((f) => f.kind === 'outlier_share');
  assert.ok(finding, 'the sentinel is seen');
  assert.equal(finding.column, 'income');
  assert.equal(finding.reference, 10 / 4000);
  assert.equal(finding.recent, 160 / 2000);
  assert.equal(finding.grade, 'mild');
  assert.deepEqual(finding.examples, ['-999']);
  assert.match(finding.detail, /, 160 of them -999 \(a sentinel value\)$/);
  const pooled = report.signals.find((s) => s.name === 'outliers')!;
  assert.equal(pooled.fired, false, 'the pooled outlier share dilutes it (the old blind spot)');
  assert.equal(report.severity, 'LOW');
  assert.match(report.reason, /^Outliers in income: 8\.0% of recent values/);
});

test('a few invalid cells in a numeric column are tested on the numbers and listed with examples', () => {
  const random = seededRandom(96);
  const reference = parseCsv(csv({ x: numbers(random, 1000) }));
  const recentCells = numbers(random, 500, 80).map((v, i) =>
    i % 50 === 0 ? 'n.a.' : i === 7 ? '12 kg' : v,
  );
  const recent = parseCsv(csv({ x: recentCells }));
  const report = analyzeDrift({ reference, recent });
  const x = report.features[0];
  assert.equal(x.type, 'numeric', 'still numeric');
  assert.equal(x.drifted, true, 'the 3 SD shift is found on the numbers');
  assert.deepEqual(x.recentInvalid, { count: 11, examples: ['n.a.', '12 kg'] });
  const finding = report.dataQuality.find((f) => f.kind === 'invalid_cells')!;
  assert.equal(finding.grade, 'info', '2.2% is below the 5-point floor');
  assert.equal(finding.count, 11);
  assert.match(
    finding.detail,
    /11 recent cells are not a number \(2\.2%, reference 0%\), e\.g\. 'n\.a\.', '12 kg'/,
  );
});

/** Zipf-distributed category labels (`c0` most frequent) by inverse-CDF sampling. */
function zipf(random: () => number, levels: number, rows: number, exponent = 1.1): string[] {
  const cdf = new Float64Array(levels);
  let sum = 0;
  for (let k = 0; k < levels; k++) {
    sum += 1 / (k + 1) ** exponent;
    cdf[k] = sum;
  }
  return Array.from({ length: rows }, () => {
    const u = random() * sum;
    let lo = 0;
    let hi = levels - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return `c${lo}`;
  });
}

test('unchanged 5,000-level Zipf data (50k vs 2k rows) does not alarm once rare categories are pooled', () => {
  const random = seededRandom(97);
  const reference = tableFromColumns({ sku: zipf(random, 5000, 50_000) }, 'ref');
  let alarms = 0;
  for (let trial = 0; trial < 10; trial++) {
    const recent = tableFromColumns({ sku: zipf(random, 5000, 2000) }, 'rec');
    const report = analyzeDrift({ reference, recent });
    const [sku] = report.features;
    assert.ok((sku.pooledCategories ?? 0) > 3000, 'most levels are too rare for chi-square');
    assert.ok(sku.effectSize < 0.1, `pooled TVD ${sku.effectSize} reads no effect`);
    if (report.severity !== 'NONE') alarms++;
  }
  assert.equal(alarms, 0);
});

test('a new category taking 30% of the recent rows among 5,000 levels is drift, and named', () => {
  const random = seededRandom(98);
  const reference = tableFromColumns({ sku: zipf(random, 5000, 50_000) }, 'ref');
  const cells = zipf(random, 5000, 2000).map((c, i) => (i % 10 < 3 ? 'brand-new' : c));
  const report = analyzeDrift({ reference, recent: tableFromColumns({ sku: cells }, 'rec') });
  const [sku] = report.features;
  assert.equal(sku.drifted, true);
  assert.ok(sku.effectSize >= 0.3 - 1e-12 && sku.effectSize < 0.35, `TVD ${sku.effectSize}`);
  assert.ok(sku.newCategories?.includes('brand-new'));
  assert.notEqual(report.severity, 'NONE');
  assert.match(report.reason, /sku/);
});

test('the same 0.3 SD shift of one feature is graded the same in a 2-column and a 20-column table', () => {
  const grade = (width: number) => {
    const random = seededRandom(99);
    const columns = (n: number, shifted: boolean) => {
      const out: Record<string, number[]> = {
        shifted: normalSample(random, n, shifted ? 0.3 : 0),
      };
      for (let f = 1; f < width; f++) out[`f${f}`] = normalSample(random, n);
      return out;
    };
    return analyzeDrift({
      reference: tableFromColumns(columns(5000, false), 'ref'),
      recent: tableFromColumns(columns(2000, true), 'rec'),
    });
  };
  const narrow = grade(2);
  const wide = grade(20);
  for (const report of [narrow, wide]) {
    assert.deepEqual(
      report.features.filter((f) => f.drifted).map((f) => f.name),
      ['shifted'],
    );
    const signal = report.signals.find((s) => s.name === 'data_drift')!;
    assert.equal(signal.strength, 'mild');
    assert.equal(report.severity, 'LOW');
    assert.equal(report.triggered, false);
    assert.match(
      report.reason,
      /^1 of \d+ features? drifted \(largest: shifted, KS D = 0\.1\d\); monitor\.$/,
    );
  }
});

test('predictions without actuals give prediction drift against reference predictions (KS for numbers)', () => {
  const random = seededRandom(100);
  const table = (n: number) => tableFromColumns({ x: normalSample(random, n) }, 'data');
  const reference = table(2000);
  const recent = table(800);
  const report = analyzeDrift({
    reference,
    recent,
    predictions: {
      recent: { values: Float64Array.from(normalSample(random, 800, 0.8)), source: 'recent.npy' },
      reference: { values: Float64Array.from(normalSample(random, 2000)), source: 'reference.npy' },
    },
  });
  const drift = report.predictionDrift;
  assert.equal(drift.available, true);
  assert.equal(drift.test, 'ks');
  assert.equal(drift.drifted, true);
  assert.equal(drift.referenceSource, 'reference.npy');
  const signal = report.signals.find((s) => s.name === 'prediction_drift')!;
  assert.equal(signal.fired, true);
  assert.equal(report.driftType, 'prediction_drift');
  assert.match(
    report.reason,
    /predictions drifted from its reference predictions \(KS D = 0\.\d\d/,
  );
});

test('class predictions compare class shares; the reference side can be the prediction column of the reference', () => {
  const random = seededRandom(101);
  const labels = (n: number, churn: number) =>
    Array.from({ length: n }, () => (random() < churn ? 'churn' : 'stay'));
  const reference = tableFromColumns(
    { x: normalSample(random, 1000), pred: labels(1000, 0.1) },
    'ref',
  );
  const recent = tableFromColumns({ x: normalSample(random, 500), pred: labels(500, 0.45) }, 'rec');
  const report = analyzeDrift({ reference, recent, predictionColumn: 'pred' });
  assert.deepEqual(
    report.features.map((f) => f.name),
    ['x'],
    'the prediction column is no feature',
  );
  const drift = report.predictionDrift;
  assert.equal(drift.test, 'chi2');
  assert.equal(drift.referenceSource, "ref column 'pred'");
  assert.equal(drift.drifted, true);
  assert.ok(Math.abs((drift.effectSize ?? 0) - 0.35) < 0.06);
});

test('without a reference side prediction drift is reported as not checked, not an error', () => {
  const random = seededRandom(102);
  const table = (n: number) => tableFromColumns({ x: normalSample(random, n) }, 'data');
  const report = analyzeDrift({
    reference: table(300),
    recent: table(200),
    predictions: {
      recent: { values: Float64Array.from(normalSample(random, 200)), source: 'p.npy' },
    },
  });
  assert.equal(report.predictionDrift.available, false);
  const signal = report.signals.find((s) => s.name === 'prediction_drift')!;
  assert.equal(signal.available, false);
  assert.match(
    signal.detail,
    /prediction drift not checked \(no reference predictions: give reference-predictions/,
  );
  assert.equal(report.severity, 'NONE');
});

test('a type change names its likely cause: numbers with units, or a new marker', () => {
  const random = seededRandom(103);
  const reference = parseCsv(csv({ weight: numbers(random, 500), size: numbers(random, 500) }));
  const recent = parseCsv(
    csv({
      weight: numbers(random, 300).map((v) => `${v} kg`),
      size: numbers(random, 300).map((v, i) => (i % 4 === 0 ? 'unknown' : i % 4 === 1 ? '-' : v)),
    }),
  );
  const report = analyzeDrift({ reference, recent });
  const cause = new Map(report.dataQuality.map((f) => [f.column, f]));
  assert.equal(cause.get('weight')?.cause, 'units');
  assert.match(cause.get('weight')?.detail ?? '', /numbers with units in 300 of 300 cells/);
  assert.equal(cause.get('size')?.cause, 'marker');
  assert.deepEqual(cause.get('size')?.examples, ['unknown', '-']);
  assert.equal(cause.get('size')?.count, 150);
  assert.equal(report.severity, 'HIGH');
});

test('invalid cells whose share rose past min-missing-change are a graded finding, not a note', () => {
  const random = seededRandom(104);
  const reference = parseCsv(csv({ x: numbers(random, 1000), y: numbers(random, 1000) }));
  const recent = parseCsv(
    csv({
      x: numbers(random, 500).map((v, i) => (i % 100 < 8 ? '?' : v)),
      y: numbers(random, 500),
    }),
  );
  const report = analyzeDrift({ reference, recent });
  const finding = report.dataQuality.find((f) => f.kind === 'invalid_cells');
  assert.equal(finding?.column, 'x');
  assert.equal(finding?.grade, 'mild');
  assert.equal(finding?.recent, 40 / 500);
  assert.deepEqual(finding?.examples, ['?']);
  assert.equal(report.severity, 'LOW');
  assert.match(
    report.reason,
    /^Invalid cells in x: 40 recent cells are not a number \(8\.0%, reference 0%\)/,
  );
});
