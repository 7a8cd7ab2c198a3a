/**
 * Issue 12's engine measure: a compact profile of a Parquet data set four times larger
 * than the memory limit given to the DuckDB engine, then every feature's KS D against
 * the sketch compared with the exact D, and the whole check against the profile with
 * the check against the data.
 *
 * What is measured, in a child process that does nothing else: its RSS just before
 * profiling starts (Node, the loaded DuckDB library and an open database: what any
 * process using the engine pays before it reads data) and its peak RSS over its whole
 * life (getrusage's ru_maxrss, as /usr/bin/time -v reports it). The profile's memory is
 * peak minus start, and must be within the limit; the whole-process peak is printed too.
 * (peak minus start over-counts when the peak came before profiling; it cannot
 * under-count.)
 *
 * Usage: node bench/engine-memory.ts [limitMiB] [threads]
 *   (default 64 MiB: 256 MiB of float64 features, 4,194,304 rows x 8; threads default
 *   to the engine's choice for the limit)
 * Writes bench/out/engine-memory-<limit>/ (the Parquet parts, the recent window, the profile).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTable } from '../src/data/load-table.ts';
import { analyzeDrift } from '../src/detect/analyze-drift.ts';
import { analyzeDriftAgainstProfile } from '../src/detect/analyze-drift-against-profile.ts';
import { duckDbFileSource, openDuckDb } from '../src/engines/duckdb.ts';
import { decodeProfile, encodeProfile } from '../src/engines/profile-codec.ts';
import { profileWithEngine } from '../src/engines/profile-with-engine.ts';
import { numericColumnsSql } from '../src/engines/sql-dialects.ts';
import type { SqlEngine } from '../src/engines/sql-engine.ts';
import { ksTestAgainstSketch } from '../src/profile/ks-test-against-sketch.ts';
import { ksTestSorted } from '../src/stats/ks-test.ts';

const FEATURES = 8;
const MiB = 2 ** 20;

if (process.argv[2] === '--profile') {
  // The measured child: open DuckDB with the limit, note the RSS, profile, note the peak.
  const [, , , dir, memoryLimit, threads] = process.argv;
  const parts = join(dir, 'reference');
  const engine = await openDuckDb({
    memoryLimit,
    ...(threads ? { threads: Number(threads) } : {}),
    tempDirectory: join(dir, 'spill'),
  });
  await engine.query('SELECT 1');
  const start = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const began = performance.now();
  const profile = await profileWithEngine(engine, duckDbFileSource(parts), {
    label: parts,
    mode: 'compact',
    toolVersion: 'bench',
  });
  const seconds = (performance.now() - began) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  await engine.close();
  writeFileSync(join(dir, 'reference.profile'), encodeProfile(profile));
  console.log(JSON.stringify({ start, peakBefore, peak, seconds }));
} else {
  const limitMib = Number(process.argv[2] ?? 64);
  const threads = process.argv[3] ?? '';
  const dir = join(import.meta.dirname, 'out', `engine-memory-${limitMib}`);
  const parts = join(dir, 'reference');
  const rows = (4 * limitMib * MiB) / (FEATURES * 8);
  mkdirSync(dir, { recursive: true });
  const engine = await openDuckDb({ threads: 2 });
  if (!existsSync(join(parts, 'part-7.parquet'))) {
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
  const dataMib = (Number(count) * FEATURES * 8) / MiB;
  console.log(
    `data: ${count} rows x ${FEATURES} float64 features = ${dataMib.toFixed(0)} MiB as doubles (${(dataMib / limitMib).toFixed(1)}x the limit); engine-memory-limit ${limitMib}MiB, DuckDB threads ${threads || 'by the limit (one per 64 MiB, at most one per core)'}`,
  );
  const child = spawnSync(
    process.execPath,
    [import.meta.filename, '--profile', dir, `${limitMib}MiB`, threads],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`profiling failed: ${child.stderr}`);
  const { start, peakBefore, peak, seconds } = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
  const used = (peak - start) / MiB;
  const profilePath = join(dir, 'reference.profile');
  console.log(
    `before profiling: RSS ${(start / MiB).toFixed(0)} MiB (peak so far ${(peakBefore / MiB).toFixed(0)} MiB: Node + DuckDB loaded, database open)`,
  );
  console.log(
    `profile: peak RSS minus RSS before profiling = ${used.toFixed(1)} MiB (limit ${limitMib} MiB: ${used <= limitMib ? 'within' : 'OVER'}); whole-process peak RSS ${(peak / MiB).toFixed(0)} MiB; ${seconds.toFixed(1)} s; profile file ${readFileSync(profilePath).length} bytes`,
  );
  const profile = decodeProfile(readFileSync(profilePath), profilePath);
  let within = true;
  for (const p of profile.columns) {
    if (p.kind !== 'numeric' || !p.sketch) continue;
    const reference = await sortedColumn(engine, `read_parquet('${parts}/*.parquet')`, p.name);
    const recent = await sortedColumn(
      engine,
      `read_parquet('${join(dir, 'recent.parquet')}')`,
      p.name,
    );
    const exact = ksTestSorted(reference, recent, { method: 'asymp' });
    const approximate = ksTestAgainstSketch(p.sketch, recent);
    const ok = Math.abs(approximate.statistic - exact.statistic) <= p.sketch.rankErrorBound;
    within &&= ok;
    console.log(
      `${p.name}: exact D ${exact.statistic.toFixed(6)} (p ${exact.pValue.toExponential(3)}), sketch D ${approximate.statistic.toFixed(6)} (p ${approximate.pValue.toExponential(3)}), bound ${p.sketch.rankErrorBound.toExponential(2)}, ${p.sketch.values.length} kept values, within ${ok}`,
    );
  }
  console.log(`every feature's sketch D within its bound of the exact D: ${within}`);
  await engine.close();
  // The whole check, as a user runs it: against the data (drift-sentinel's own Parquet
  // reader, everything in memory) and against the profile.
  const recentTable = await loadTable(join(dir, 'recent.parquet'));
  const exact = analyzeDrift({ reference: await loadTable(parts), recent: recentTable });
  const approximate = analyzeDriftAgainstProfile({ reference: profile, recent: recentTable });
  let same = exact.severity === approximate.severity && exact.triggered === approximate.triggered;
  for (const feature of exact.features) {
    const other = approximate.features.find((f) => f.name === feature.name)!;
    const bound = other.approximate?.rankErrorBound ?? 0;
    same &&=
      Math.abs(other.statistic - feature.statistic) <= bound && other.drifted === feature.drifted;
  }
  console.log(
    `check against the data: ${exact.severity}, ${exact.featuresDrifted} of ${exact.featuresTested} features drifted; against the profile: ${approximate.severity}, ${approximate.featuresDrifted} of ${approximate.featuresTested}; every feature's D within its bound and the same verdicts: ${same}`,
  );
}

/** A column's non-missing values, ascending, streamed out of DuckDB (no limit here). */
async function sortedColumn(engine: SqlEngine, relation: string, name: string) {
  const chunks: Float64Array[] = [];
  await engine.streamDoubles!(
    numericColumnsSql('duckdb', { kind: 'relation', relation }, [name]),
    ([values]) => chunks.push(values.slice()),
  );
  const all = new Float64Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all.filter((v) => v === v).sort();
}
