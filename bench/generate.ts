/**
 * Writes the benchmark data sets into `bench/out/`: a reference CSV of 1,000,000 rows x
 * 20 numeric features + `target` (~200 MB) and a recent CSV of 200,000 rows in which
 * three features have drifted, plus a `prediction` column.
 *
 * The generator is seeded, so every machine benchmarks the same bytes.
 *
 * Usage: `npx node bench/generate.ts [outDir]`
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';

export const REFERENCE_ROWS = 1_000_000;
export const RECENT_ROWS = 200_000;
export const FEATURE_COUNT = 20;

/** Features whose distribution moves in the recent data: mean shift, scale change, mean shift. */
export const SHIFTED_FEATURES = ['feature_03', 'feature_07', 'feature_12'] as const;

/**
 * mulberry32: a tiny 32-bit PRNG, good enough for test data and identical on every
 * platform (Math.random cannot be seeded).
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviates by Box-Muller, from a uniform source. */
function normalSource(uniform: () => number): () => number {
  return () => {
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

const featureNames = Array.from(
  { length: FEATURE_COUNT },
  (_, i) => `feature_${String(i).padStart(2, '0')}`,
);
const weights = featureNames.map((_, i) => ((i % 5) - 2) * 0.35);

async function writeCsv(
  path: string,
  rows: number,
  seed: number,
  drifted: boolean,
  withPrediction: boolean,
): Promise<void> {
  const normal = normalSource(mulberry32(seed));
  const out = createWriteStream(path);
  const header = [...featureNames, 'target', ...(withPrediction ? ['prediction'] : [])];
  let buffer = header.join(',') + '\n';
  for (let r = 0; r < rows; r++) {
    let target = 0;
    let line = '';
    for (let f = 0; f < FEATURE_COUNT; f++) {
      let mean = f * 0.5;
      let scale = 1 + (f % 3);
      if (drifted && f === 3) mean += 0.6 * scale;
      if (drifted && f === 7) scale *= 1.6;
      if (drifted && f === 12) mean -= 0.4 * scale;
      const x = mean + scale * normal();
      target += weights[f] * x;
      line += x.toFixed(6) + ',';
    }
    target += normal();
    line += target.toFixed(6);
    if (withPrediction) line += ',' + (target + 0.8 * normal()).toFixed(6);
    buffer += line + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** Writes `reference.csv` and `recent.csv` into `outDir` and returns their paths. */
export async function generateBenchData(
  outDir: string,
): Promise<{ reference: string; recent: string }> {
  await mkdir(outDir, { recursive: true });
  const reference = join(outDir, 'reference.csv');
  const recent = join(outDir, 'recent.csv');
  await writeCsv(reference, REFERENCE_ROWS, 20240601, false, false);
  await writeCsv(recent, RECENT_ROWS, 20240602, true, true);
  return { reference, recent };
}

if (import.meta.main) {
  const outDir = process.argv[2] ?? join(import.meta.dirname, 'out');
  const started = performance.now();
  const paths = await generateBenchData(outDir);
  console.log(
    `wrote ${paths.reference} and ${paths.recent} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
