/**
 * Writes test/fixtures/e2e/: a "quiet" recent window for the end-to-end week and the
 * demo, in which nothing drifts, so scheduled checks come out NONE with every signal
 * measured (data drift, outliers, concept drift, R², RMSE).
 *
 * - recent-without-drift.csv: every fourth row of examples/data/reference.csv without
 *   `price` (the same population as the reference), rows with a missing cell left out
 *   because the deployed model cannot score them;
 * - actuals-without-drift.npy: their `price`;
 * - predictions-without-drift.npy: the deployed model's predictions for them, the
 *   reference-era formula of `predict()` in scripts/examples/make_example_data.py, so
 *   the errors are those the baseline metrics were measured on.
 *
 * Run: npx node scripts/demo/make-quiet-week-data.ts (deterministic; no dependencies).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const OUT = join(ROOT, 'test/fixtures/e2e');
const STRIDE = 4;

// The deployed model of make_example_data.py (price in thousands).
const HOOD_PREMIUM: Record<string, number> = {
  Riverside: 40,
  'Old Town': 65,
  Hillcrest: 55,
  Harbor: 80,
  Northgate: 20,
};
const CONDITION_PREMIUM: Record<string, number> = { poor: -30, fair: -5, good: 10, excellent: 35 };

/** The version 1.0 `.npy` layout of a little-endian float64 vector, as numpy.save writes it. */
function npyFloat64(values: readonly number[]): Buffer {
  const dict = `{'descr': '<f8', 'fortran_order': False, 'shape': (${values.length},), }`;
  // Magic (6) + version (2) + length (2) + header must be a multiple of 64 bytes, ending in \n.
  const padded = dict.padEnd(Math.ceil((10 + dict.length + 1) / 64) * 64 - 10 - 1, ' ') + '\n';
  const header = Buffer.alloc(10);
  Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]).copy(header);
  header.writeUInt16LE(padded.length, 8);
  const data = Buffer.alloc(values.length * 8);
  values.forEach((value, i) => data.writeDoubleLE(value, i * 8));
  return Buffer.concat([header, Buffer.from(padded, 'latin1'), data]);
}

const [headerLine, ...lines] = readFileSync(join(ROOT, 'examples/data/reference.csv'), 'utf8')
  .trimEnd()
  .split('\n');
const header = headerLine.split(',');
const column = (name: string) => {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`examples/data/reference.csv has no column '${name}'`);
  return index;
};
const [sqft, bedrooms, age, distance, hood, condition, price] = [
  'sqft',
  'bedrooms',
  'age_years',
  'distance_km',
  'neighborhood',
  'condition',
  'price',
].map(column);

const rows: string[] = [];
const predictions: number[] = [];
const actuals: number[] = [];
for (let i = 0; i < lines.length; i += STRIDE) {
  const cells = lines[i].split(',');
  if (cells.some((cell) => cell === '')) continue;
  const predicted =
    60 +
    0.16 * Number(cells[sqft]) +
    12 * Number(cells[bedrooms]) -
    0.9 * Number(cells[age]) -
    4.5 * Number(cells[distance]) +
    (HOOD_PREMIUM[cells[hood]] ?? 50) +
    CONDITION_PREMIUM[cells[condition]];
  rows.push(cells.filter((_, index) => index !== price).join(','));
  predictions.push(Math.round(predicted * 10) / 10);
  actuals.push(Number(cells[price]));
}

mkdirSync(OUT, { recursive: true });
const features = header.filter((_, index) => index !== price).join(',');
writeFileSync(join(OUT, 'recent-without-drift.csv'), [features, ...rows].join('\n') + '\n');
writeFileSync(join(OUT, 'predictions-without-drift.npy'), npyFloat64(predictions));
writeFileSync(join(OUT, 'actuals-without-drift.npy'), npyFloat64(actuals));
console.log(`wrote ${rows.length} rows without drift to ${OUT}`);
