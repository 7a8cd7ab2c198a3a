/**
 * Loads the benchmark files with `loadTable` and prints, as JSON, the loader's share of the
 * end-to-end check: by default both files concurrently, as the check loads them; with
 * `--sequential` one after the other, which gives each file's own rate.
 *
 * Usage: `npx node bench/load-data.ts [--sequential] reference.csv recent.csv`
 */
import { statSync } from 'node:fs';
import { loadTable } from '../src/data/load-table.ts';

const args = process.argv.slice(2);
const sequentialAt = args.indexOf('--sequential');
const sequential = sequentialAt >= 0;
if (sequential) args.splice(sequentialAt, 1);

async function load(path: string) {
  const started = performance.now();
  const table = await loadTable(path);
  const seconds = (performance.now() - started) / 1000;
  const megabytes = statSync(path).size / 1e6;
  return {
    path,
    rows: table.rowCount,
    columns: table.columns.length,
    megabytes: Number(megabytes.toFixed(1)),
    seconds: Number(seconds.toFixed(3)),
    megabytesPerSecond: Number((megabytes / seconds).toFixed(1)),
  };
}

const started = performance.now();
const files = [];
if (sequential) for (const path of args) files.push(await load(path));
else files.push(...(await Promise.all(args.map(load))));
console.log(
  JSON.stringify({
    sequential,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
    files,
    maxRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
