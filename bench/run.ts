/**
 * `npm run bench`: times the end-to-end drift check on ~240 MB of CSV, on the same data
 * as Parquet (one file, and the reference as a directory of 8 parts: parquet-data.ts
 * writes them with DuckDB when @duckdb/node-api is installed) and, when pandas and SciPy
 * are installed, the Python baseline on the CSV files.
 *
 * Generates `bench/out/` first if needed (see generate.ts). Times the CLI
 * (`bin/drift-sentinel.js check ...`) when it exists, else the CSV loader alone
 * (load-data.ts). Wall time and peak RSS come from `/usr/bin/time -v` when present,
 * else from a preloaded hook that reports the child's own usage (report-usage.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBenchData } from './generate.ts';
import {
  hasParquetCopies,
  parquetCopyPaths,
  writeParquetCopies,
  type ParquetCopies,
} from './parquet-data.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(import.meta.dirname, 'out');
const reference = join(outDir, 'reference.csv');
const recent = join(outDir, 'recent.csv');
const python = '/usr/bin/python3';
const gnuTime = '/usr/bin/time';

interface Measurement {
  label: string;
  seconds: number;
  maxRssMegabytes: number;
  /** User + system CPU time: on a machine shared with other jobs, steadier than wall time. */
  cpuSeconds: number;
  stdout: string;
}

/** Runs `command` once and returns its wall time and peak RSS; throws if it fails. */
function measure(label: string, command: string[], env: NodeJS.ProcessEnv = {}): Measurement {
  const useGnuTime = existsSync(gnuTime);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  const usageFile = join(scratch, 'usage.json');
  try {
    const argv = useGnuTime ? [gnuTime, '-v', ...command] : command;
    const started = performance.now();
    const child = spawnSync(argv[0], argv.slice(1), {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env, BENCH_USAGE_FILE: usageFile },
      maxBuffer: 64 << 20,
    });
    const elapsed = (performance.now() - started) / 1000;
    if (child.status !== 0) {
      throw new Error(
        `${label} failed (exit ${child.status}): ${command.join(' ')}\n${child.stderr}`,
      );
    }
    let seconds = elapsed;
    let maxRssKilobytes = NaN;
    let cpuSeconds = NaN;
    if (useGnuTime) {
      cpuSeconds =
        Number(/User time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1]) +
        Number(/System time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1]);
      maxRssKilobytes = Number(
        /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1],
      );
      const wall =
        /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
          child.stderr,
        );
      if (wall !== null)
        seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
    } else if (existsSync(usageFile)) {
      maxRssKilobytes = JSON.parse(readFileSync(usageFile, 'utf8')).maxRssKilobytes;
    }
    return {
      label,
      seconds,
      maxRssMegabytes: maxRssKilobytes / 1024,
      cpuSeconds,
      stdout: child.stdout,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (!existsSync(reference) || !existsSync(recent)) {
  console.log('generating bench/out/ (seeded, about 10 s)...');
  await generateBenchData(outDir);
}
const megabytes = (statSync(reference).size + statSync(recent).size) / 1e6;
const node = [
  process.execPath,
  ...(existsSync(gnuTime) ? [] : ['--import', join(import.meta.dirname, 'report-usage.ts')]),
];
const cli = join(root, 'bin', 'drift-sentinel.js');
/**
 * The bundled CLI (`npm run bundle`), as an installed package runs it: no type stripping,
 * and worker threads load one bundled file each (a worker costs ~20 MB of RSS bundled,
 * ~56 MB from source, measured 2026-12-07), so its figures are what users get.
 */
const distCli = join(root, 'dist', 'cli.js');
const bundledCli = [join(import.meta.dirname, 'bundled-cli.js')];

const results: Measurement[] = [];
let parquet: ParquetCopies | undefined;
if (hasParquetCopies(outDir)) parquet = parquetCopyPaths(outDir);
else {
  try {
    console.log('writing the Parquet copies with DuckDB (about 40 s)...');
    parquet = await writeParquetCopies(outDir);
  } catch (error) {
    console.log(`no Parquet copies, timing CSV only: ${(error as Error).message}`);
  }
}
/** The check, the same way for every input format, so only the reading differs. */
function checkRun(
  label: string,
  referencePath: string,
  recentPath: string,
  program: readonly string[] = [cli],
): void {
  const args = ['check', '--reference-data', referencePath, '--recent-data', recentPath];
  try {
    results.push(
      measure(label, [...node, ...program, ...args, '--format', 'json', '--output', '/dev/null']),
    );
  } catch (error) {
    // The CLI may be mid-development; the loader numbers below are still worth having.
    console.log(
      `${label} could not run:\n${(error as Error).message.split('\n').slice(0, 6).join('\n')}`,
    );
  }
}
if (existsSync(cli)) {
  checkRun('drift-sentinel check', reference, recent);
  if (parquet) {
    checkRun('check, Parquet file', parquet.reference, parquet.recent);
    checkRun('check, Parquet 8 parts', parquet.referenceParts, parquet.recent);
  }
  if (existsSync(distCli)) {
    checkRun('check, bundled, CSV', reference, recent, bundledCli);
    if (parquet) {
      checkRun('check, bundled, Parquet file', parquet.reference, parquet.recent, bundledCli);
    }
  }
} else {
  console.log('bin/drift-sentinel.js not found: timing the loaders alone.');
}
const loaderRuns = [
  { label: 'loadTable one by one', flags: ['--sequential'], files: [reference, recent] },
  { label: 'loadTable both at once', flags: [], files: [reference, recent] },
  ...(parquet
    ? [
        {
          label: 'loadTable Parquet, both',
          flags: [],
          files: [parquet.reference, parquet.recent],
        },
      ]
    : []),
];
for (const run of loaderRuns) {
  const loader = measure(run.label, [
    ...node,
    join(import.meta.dirname, 'load-data.ts'),
    ...run.flags,
    ...run.files,
  ]);
  results.push(loader);
  const report = JSON.parse(loader.stdout);
  console.log(`  ${run.label}: ${report.seconds} s in-process`);
  for (const file of report.files) {
    const rate = report.sequential ? ` = ${file.megabytesPerSecond} MB/s` : '';
    console.log(
      `    ${file.path}: ${file.rows} rows, ${file.megabytes} MB, ${file.seconds} s${rate}`,
    );
  }
}
const hasPandas =
  existsSync(python) && spawnSync(python, ['-c', 'import pandas, scipy']).status === 0;
if (hasPandas) {
  const baseline = measure('pandas + scipy baseline', [
    python,
    join(import.meta.dirname, 'baseline.py'),
    reference,
    recent,
  ]);
  results.push(baseline);
  console.log(`  baseline: ${baseline.stdout.trim()}`);
} else {
  console.log(`pandas/scipy not importable by ${python}: skipping the Python baseline.`);
}

console.log(`\n${megabytes.toFixed(0)} MB of CSV (reference + recent)`);
for (const r of results) {
  console.log(
    `${r.label.padEnd(28)} ${r.seconds.toFixed(2).padStart(6)} s  ${(megabytes / r.seconds).toFixed(0).padStart(4)} MB/s  peak RSS ${r.maxRssMegabytes.toFixed(0).padStart(5)} MB  CPU ${r.cpuSeconds.toFixed(2).padStart(6)} s`,
  );
}
const comparisons = [
  { csv: 'drift-sentinel check', parquet: (label: string) => label.startsWith('check, Parquet') },
  {
    csv: 'check, bundled, CSV',
    parquet: (label: string) => label === 'check, bundled, Parquet file',
  },
];
for (const comparison of comparisons) {
  const csvCheck = results.find((r) => r.label === comparison.csv);
  if (csvCheck === undefined) continue;
  for (const r of results.filter((x) => comparison.parquet(x.label))) {
    console.log(
      `${r.label} vs ${csvCheck.label}: ${(csvCheck.seconds / r.seconds).toFixed(2)}x faster, ` +
        `${(csvCheck.cpuSeconds / r.cpuSeconds).toFixed(2)}x less CPU, ` +
        `${(r.maxRssMegabytes / csvCheck.maxRssMegabytes).toFixed(2)}x its peak memory (goal: >= 3x faster, < 0.5x memory)`,
    );
  }
}
const baseline = results.find((r) => r.label.startsWith('pandas'));
if (baseline !== undefined) {
  const ours = results[0];
  console.log(
    `${ours.label} vs the baseline: ${(baseline.seconds / ours.seconds).toFixed(2)}x wall time, ` +
      `${(baseline.maxRssMegabytes / ours.maxRssMegabytes).toFixed(2)}x less peak memory`,
  );
}
