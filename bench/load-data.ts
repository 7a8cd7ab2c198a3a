/**
 * Loads the two benchmark CSVs with `loadCsv` and prints, as JSON, the time and rate
 * of each: the loader's own share of the end-to-end check. `bench/run.ts` runs it when
 * the CLI is not there yet.
 *
 * Usage: `npx node bench/load-data.ts reference.csv recent.csv`
 */
import { statSync } from 'node:fs';
import { loadCsv } from '../src/data/load-csv.ts';

const results = [];
for (const path of process.argv.slice(2)) {
  const started = performance.now();
  const table = await loadCsv(path);
  const seconds = (performance.now() - started) / 1000;
  const megabytes = statSync(path).size / 1e6;
  results.push({
    path,
    rows: table.rowCount,
    columns: table.columns.length,
    megabytes: Number(megabytes.toFixed(1)),
    seconds: Number(seconds.toFixed(3)),
    megabytesPerSecond: Number((megabytes / seconds).toFixed(1)),
  });
}
console.log(
  JSON.stringify({
    files: results,
    maxRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
