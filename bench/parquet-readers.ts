/**
 * Compares Parquet readers on the bench reference (`bench/out/reference.parquet`, 1M rows x
 * 21 DOUBLE columns, snappy, written by parquet-data.ts): each reader, in its own process,
 * reads every column into one Float64Array per column, as the check needs them. Prints
 * wall time, CPU time and peak RSS per reader, and the bytes each adds to a bundle.
 *
 * - `drift-sentinel`: src/data/load-parquet.ts (hyparquet's page decoders, pages written
 *   straight into the columns);
 * - `hyparquet parquetRead`: hyparquet's own API (`onChunk` per column and row group,
 *   JS arrays with nulls for optional columns), copied into Float64Arrays;
 * - `parquet-wasm + apache-arrow`: the Rust parquet crate compiled to WebAssembly reads
 *   the file into Arrow IPC, apache-arrow maps it, the values are copied out. Needs
 *   `npm install --no-save parquet-wasm` (not a dependency: not chosen).
 *
 * Usage: `npx node bench/parquet-readers.ts [file.parquet]`
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const file = process.argv[2] ?? join(import.meta.dirname, 'out', 'reference.parquet');
const reader = process.argv[3];

/** Reads `path` with the named reader into Float64Array columns; returns the column count. */
async function readWith(name: string, path: string): Promise<number> {
  if (name === 'drift-sentinel') {
    const { loadParquet } = await import('../src/data/load-parquet.ts');
    return (await loadParquet(path)).columns.length;
  }
  if (name === 'hyparquet parquetRead') {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetRead } = await import('hyparquet');
    const { compressors } = await import('hyparquet-compressors');
    const source = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(source);
    const rows = Number(metadata.num_rows);
    const columns = new Map<string, Float64Array>();
    let start = 0;
    // One row group at a time: reading the whole file at once holds every group's arrays.
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      await parquetRead({
        file: source,
        metadata,
        compressors,
        rowStart: start,
        rowEnd: end,
        onChunk: ({ columnName, columnData, rowStart }) => {
          let out = columns.get(columnName);
          if (out === undefined) columns.set(columnName, (out = new Float64Array(rows)));
          for (let i = 0; i < columnData.length; i++) {
            const value = columnData[i];
            out[rowStart + i] = value === null ? Number.NaN : Number(value);
          }
        },
      });
      start = end;
    }
    return columns.size;
  }
  if (name === 'parquet-wasm + apache-arrow') {
    const wasm = await import('parquet-wasm' as string);
    const arrow = await import('apache-arrow');
    const bytes = readFileSync(path);
    const table = arrow.tableFromIPC(wasm.readParquet(new Uint8Array(bytes)).intoIPCStream());
    let count = 0;
    for (const field of table.schema.fields) {
      const out = new Float64Array(table.numRows);
      let at = 0;
      for (const data of table.getChild(field.name)?.data ?? []) {
        out.set(data.values as Float64Array, at);
        at += data.length;
      }
      count++;
    }
    return count;
  }
  throw new Error(`unknown reader ${name}`);
}

const READERS = ['drift-sentinel', 'hyparquet parquetRead', 'parquet-wasm + apache-arrow'];

if (reader !== undefined) {
  const started = performance.now();
  const columns = await readWith(reader, file);
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      columns,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      maxRssMegabytes: usage.maxRSS / 1024,
    }),
  );
} else {
  if (!existsSync(file)) {
    throw new Error(`${file} not found: run npm run bench (or bench/parquet-data.ts) first`);
  }
  console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  for (const name of READERS) {
    const child = spawnSync(process.execPath, [import.meta.filename, file, name], {
      encoding: 'utf8',
    });
    if (child.status !== 0) {
      console.log(`${name.padEnd(28)} failed: ${child.stderr.split('\n').slice(0, 3).join(' ')}`);
      continue;
    }
    const result = JSON.parse(child.stdout);
    console.log(
      `${name.padEnd(28)} ${result.seconds.toFixed(2).padStart(6)} s wall  ${result.cpuSeconds.toFixed(2).padStart(6)} s CPU  peak RSS ${result.maxRssMegabytes.toFixed(0).padStart(5)} MB`,
    );
  }
}
