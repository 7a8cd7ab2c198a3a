#!/usr/bin/env node
// Example training command for drift-sentinel's retraining executor: ordinary least
// squares on the numeric columns (plus one-hot categories) of the prepared training
// data, predicting `price`.
// Plain JavaScript with no dependencies, so it runs on Node 20 and 24 as it is.
//
// Reads DRIFT_SENTINEL_TRAINING_DATA (CSV with a header), holds out the last 20% of
// the rows with a known target for validation, writes {"r2", "rmse", "mae"} of the
// held-out rows to DRIFT_SENTINEL_METRICS_FILE.
//
// Options: --target NAME (default price); --fail (or DRIFT_SENTINEL_EXAMPLE_FAIL=1)
// exits 1 without training, to show a failed run; --model-out PATH writes the fitted
// model as JSON, which predict.mjs (next to this file) uses to score new rows, as the
// deployed model would after the promote step.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const args = process.argv.slice(2);
const target = args.includes('--target') ? args[args.indexOf('--target') + 1] : 'price';
const modelOut = args.includes('--model-out') ? args[args.indexOf('--model-out') + 1] : undefined;
if (args.includes('--fail') || process.env.DRIFT_SENTINEL_EXAMPLE_FAIL === '1') {
  console.error('train.mjs: failing on purpose (--fail)');
  process.exit(1);
}
const dataPath = process.env.DRIFT_SENTINEL_TRAINING_DATA;
const metricsPath = process.env.DRIFT_SENTINEL_METRICS_FILE;
if (!dataPath || !metricsPath) {
  console.error(
    'train.mjs: DRIFT_SENTINEL_TRAINING_DATA and DRIFT_SENTINEL_METRICS_FILE must be set',
  );
  process.exit(2);
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

const [header, ...records] = parseCsv(readFileSync(dataPath, 'utf8'));
const targetIndex = header.indexOf(target);
if (targetIndex < 0) {
  console.error(`train.mjs: no column '${target}' in ${dataPath}; columns: ${header.join(', ')}`);
  process.exit(2);
}
const isNumber = (text) => text !== '' && Number.isFinite(Number(text));
const columns = header
  .map((name, index) => ({ name, index }))
  .filter(({ index }) => index !== targetIndex);
// Numeric features: every non-empty value parses as a number. The other columns are
// categories, one-hot encoded against their first level (the price premium of a
// neighbourhood is most of what a retrained model can learn here).
const numeric = columns.filter(({ index }) =>
  records.every((r) => r[index] === '' || isNumber(r[index])),
);
const categorical = columns
  .filter((column) => !numeric.includes(column))
  .map(({ name, index }) => ({
    name,
    index,
    levels: [...new Set(records.map((r) => r[index]).filter((v) => v !== ''))].slice(1),
  }));
const usable = records.filter(
  (r) =>
    isNumber(r[targetIndex]) &&
    numeric.every(({ index }) => isNumber(r[index])) &&
    categorical.every(({ index }) => r[index] !== ''),
);
const x = usable.map((r) => [
  1,
  ...numeric.map(({ index }) => Number(r[index])),
  ...categorical.flatMap(({ index, levels }) =>
    levels.map((level) => (r[index] === level ? 1 : 0)),
  ),
]);
const y = usable.map((r) => Number(r[targetIndex]));
const features = [...numeric, ...categorical];
const split = Math.floor(usable.length * 0.8);
console.log(
  `train.mjs: ${usable.length} rows with a known '${target}', features ${features.map((f) => f.name).join(', ')}; training on ${split}, validating on ${usable.length - split}`,
);

/** Least squares by the normal equations, solved with Gaussian elimination and partial pivoting. */
function fitLeastSquares(rows, values) {
  const p = rows[0].length;
  const a = Array.from({ length: p }, () => new Array(p + 1).fill(0));
  for (let n = 0; n < rows.length; n++) {
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) a[i][j] += rows[n][i] * rows[n][j];
      a[i][p] += rows[n][i] * values[n];
    }
  }
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < p; r++) {
      if (r === col || a[col][col] === 0) continue;
      const factor = a[r][col] / a[col][col];
      for (let c = col; c <= p; c++) a[r][c] -= factor * a[col][c];
    }
  }
  return a.map((row, i) => (row[i] === 0 ? 0 : row[p] / row[i]));
}

const beta = fitLeastSquares(x.slice(0, split), y.slice(0, split));
const predict = (row) => row.reduce((sum, value, i) => sum + value * beta[i], 0);
const actual = y.slice(split);
const predicted = x.slice(split).map(predict);
const mean = actual.reduce((s, v) => s + v, 0) / actual.length;
let sse = 0;
let sst = 0;
let sae = 0;
for (let i = 0; i < actual.length; i++) {
  sse += (actual[i] - predicted[i]) ** 2;
  sst += (actual[i] - mean) ** 2;
  sae += Math.abs(actual[i] - predicted[i]);
}
const metrics = {
  r2: 1 - sse / sst,
  rmse: Math.sqrt(sse / actual.length),
  mae: sae / actual.length,
};
writeFileSync(metricsPath, JSON.stringify(metrics, null, 2) + '\n');
console.log(`train.mjs: validation ${JSON.stringify(metrics)} written to ${metricsPath}`);
if (modelOut) {
  const model = {
    target,
    numeric: numeric.map(({ name }) => name),
    categorical: categorical.map(({ name, levels }) => ({ name, levels })),
    coefficients: beta,
  };
  mkdirSync(dirname(resolve(modelOut)), { recursive: true });
  writeFileSync(modelOut, JSON.stringify(model, null, 2) + '\n');
  console.log(`train.mjs: model written to ${modelOut}`);
}
