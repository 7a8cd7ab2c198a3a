/**
 * Issue 12's engine measure: a compact profile of a Parquet data set four times larger
 * than the memory limit given to DuckDB, computed out of core, with the peak RSS of the
 * whole process measured by `/usr/bin/time -v`; then every feature's KS D against the
 * sketch compared with the exact D (computed without a limit, column by column).
 *
 * Usage: node bench/engine-memory.ts [limitMB]   (default 256: 1 GB of float64 features)
 * Writes bench/out/engine-memory/ (the Parquet parts, the profile).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duckDbFileSource, openDuckDb } from '../src/engines/duckdb.ts';
import { decodeProfile, encodeProfile } from '../src/engines/profile-codec.ts';
import { profileWithEngine } from '../src/engines/profile-with-engine.ts';
import { ksTestAgainstSketch } from '../src/profile/ks-test-against-sketch.ts';
import { ksTestSorted } from '../src/stats/ks-test.ts';

const FEATURES = 8;
const dir = join(import.meta.dirname, 'out', 'engine-memory');
const parts = join(dir, 'reference');
const profilePath = join(dir, 'reference.profile');

if (process.argv[2] === '--profile') {
  // The measured child: profile with DuckDB under the memory limit, write the file.
  const memoryLimit = process.argv[3];
  const engine = await openDuckDb({ memoryLimit, threads: 1, tempDirectory: join(dir, 'spill') });
  const profile = await profileWithEngine(engine, duckDbFileSource(parts), {
    label: parts,
    mode: 'compact',
    toolVersion: 'bench',
  });
  await engine.close();
  const { writeFileSync } = await import('node:fs');
  writeFileSync(profilePath, encodeProfile(profile));
} else {
  const limitMb = Number(process.argv[2] ?? 256);
  const rows = Math.ceil((4 * limitMb * 2 ** 20) / (FEATURES * 8));
  mkdirSync(dir, { recursive: true });
  const engine = await openDuckDb({ threads: 2 });
  if (!existsSync(join(parts, 'part-0.parquet'))) {
    mkdirSync(parts, { recursive: true });
    const columns = Array.from(
      { length: FEATURES },
      (_, f) => `(random() * 2 - 1) * ${f + 1} + ${f} AS feature_${f}`,
    ).join(', ');
    for (let part = 0; part < 8; part++) {
      await engine.query(
        `COPY (SELECT ${columns} FROM range(${Math.ceil(rows / 8)})) TO '${join(parts, `part-${part}.parquet`)}' (FORMAT parquet, COMPRESSION zstd)`,
      );
    }
    await engine.query(
      `COPY (SELECT ${columns.replaceAll('random() * 2 - 1', '(random() * 2 - 1.02)')} FROM range(200000)) TO '${join(dir, 'recent.parquet')}' (FORMAT parquet)`,
    );
  }
  const [[count]] = await engine.query(`SELECT COUNT(*) FROM read_parquet('${parts}/*.parquet')`);
  const dataMb = (Number(count) * FEATURES * 8) / 2 ** 20;
  console.log(
    `data: ${count} rows x ${FEATURES} float64 features = ${dataMb.toFixed(0)} MB in memory; DuckDB memory_limit ${limitMb} MB`,
  );
  const child = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, import.meta.filename, '--profile', `${limitMb}MB`],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`profiling failed: ${child.stderr}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]) / 1024;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(child.stderr)?.[1];
  console.log(
    `profile: peak RSS of the whole process ${rss.toFixed(0)} MB (limit ${limitMb} MB, ${rss <= limitMb ? 'within' : 'OVER'}), wall ${wall}, file ${readFileSync(profilePath).length} bytes`,
  );
  const profile = decodeProfile(readFileSync(profilePath), profilePath);
  const column = async (source: string, name: string) => {
    const rowsOf = await engine.query(`SELECT ${name} FROM ${source} ORDER BY ${name}`);
    return Float64Array.from(rowsOf, (r) => Number(r[0]));
  };
  let within = true;
  for (const p of profile.columns) {
    if (p.kind !== 'numeric' || !p.sketch) continue;
    const reference = await column(`read_parquet('${parts}/*.parquet')`, p.name);
    const recent = await column(`read_parquet('${join(dir, 'recent.parquet')}')`, p.name);
    const exact = ksTestSorted(reference, recent, { method: 'asymp' }).statistic;
    const approximate = ksTestAgainstSketch(p.sketch, recent).statistic;
    const ok = Math.abs(approximate - exact) <= p.sketch.rankErrorBound;
    within &&= ok;
    console.log(
      `${p.name}: exact D ${exact.toFixed(6)}, sketch D ${approximate.toFixed(6)}, bound ${p.sketch.rankErrorBound.toExponential(2)}, within ${ok}`,
    );
  }
  console.log(`every feature within its bound: ${within}`);
  await engine.close();
}
