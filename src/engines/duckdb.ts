/**
 * The DuckDB engine: profiles Parquet and CSV files, directories and globs in an
 * embedded DuckDB, out of core within a memory limit (DuckDB spills its aggregation
 * and sort state to `tempDirectory` when the limit is reached).
 *
 * `@duckdb/node-api` is an optional dependency: its native binary is about 68 MB per
 * platform (linux-x64, measured), four times the action's 17 MB bundle budget, so it is
 * never bundled. It is loaded on demand, from drift-sentinel's own node_modules or else
 * from the working directory's (a workflow runs `npm install @duckdb/node-api` first);
 * when neither has it, the message says so.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { InputError } from '../shared/input-error.ts';
import type { ColumnKind, SqlSource } from './sql-dialects.ts';
import { fromClause } from './sql-dialects.ts';
import type { SqlEngine } from './sql-engine.ts';

export interface DuckDbOptions {
  /**
   * Memory a profile may use on top of the loaded engine, e.g. `'512MB'` (KB, MB, GB are
   * powers of 1000; KiB, MiB, GiB of 1024). DuckDB gets half as its `memory_limit`
   * (it spills to `tempDirectory` beyond it), drift-sentinel's chunk buffers an eighth;
   * the rest is headroom for what DuckDB does not count against its limit (its
   * allocator, the chunks in flight) and for Node's heap. Default: DuckDB's own limit
   * (80% of RAM) and 64 MiB of chunk buffers.
   */
  readonly memoryLimit?: string;
  /**
   * Worker threads; default one per core, but with a memory limit at most one per
   * {@link MEMORY_PER_THREAD} of it (each thread holds its own scan buffers: streaming
   * 256 MiB of Parquet doubles took 53 MiB above the starting RSS with 2 threads and 31
   * MiB with 1, under a 32 MiB DuckDB limit, measured).
   */
  readonly threads?: number;
  /** Where DuckDB spills; default DuckDB's (`.tmp` next to the database, here the OS temp dir). */
  readonly tempDirectory?: string;
}

type DuckDbModule = typeof import('@duckdb/node-api');

const PACKAGE = '@duckdb/node-api';

/** Imports `@duckdb/node-api` from drift-sentinel's dependencies, else from the working directory. */
export async function loadDuckDb(cwd: string = process.cwd()): Promise<DuckDbModule> {
  try {
    return await import(PACKAGE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  try {
    const resolved = createRequire(join(cwd, 'package.json')).resolve(PACKAGE);
    return (await import(pathToFileURL(resolved).href)) as DuckDbModule;
  } catch {
    throw new InputError(
      `The duckdb engine needs the optional package ${PACKAGE}, which is not installed (looked in drift-sentinel's node_modules and in ${cwd}). Install it with 'npm install ${PACKAGE}' (in a workflow: a step before drift-sentinel), or use another engine.`,
    );
  }
}

const NUMERIC_TYPE =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;
const NESTED_TYPE = /(\[\]|^STRUCT|^MAP|^UNION|^LIST|\[\d+\]$)/;

/** Share of {@link DuckDbOptions.memoryLimit} given to DuckDB's `memory_limit`. */
const DUCKDB_SHARE = 1 / 2;
/** Share of {@link DuckDbOptions.memoryLimit} for the chunk buffers of a streamed profile. */
const CLIENT_BUFFER_SHARE = 1 / 8;
const DEFAULT_CLIENT_BUFFER_BYTES = 64 * 2 ** 20;
/** Memory limit per DuckDB thread when the threads are not given. */
export const MEMORY_PER_THREAD = 64 * 2 ** 20;
/**
 * Chunks fetched between two garbage collections. A fetched chunk's native memory is
 * freed by the finalizer of its JavaScript wrapper, and V8 does not see that memory, so
 * without collecting it piles up: streaming 256 MiB of doubles peaked 177 MB above the
 * starting RSS without, 40 MB with a collection every 32 chunks (measured, docs/engines.md).
 */
const CHUNKS_PER_COLLECTION = 8;
/**
 * For a caller that keeps what it fetches: a collection every 512 chunks (~1M rows)
 * only bounds the native memory of chunks already copied out.
 */
const UNBOUNDED_CHUNKS_PER_COLLECTION = 512;

const SIZE = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB|KiB|MiB|GiB)$/i;
const UNIT: Record<string, number> = {
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
};

/** Bytes of a size such as `512MB` or `2GiB`. */
export function parseMemorySize(size: string): number {
  const match = SIZE.exec(size.trim());
  if (!match) {
    throw new InputError(
      `engine-memory-limit '${size}' is not a size; expected a number and a unit, e.g. 512MB or 2GiB.`,
    );
  }
  return Math.floor(Number(match[1]) * UNIT[match[2].toLowerCase()]);
}

export async function openDuckDb(options: DuckDbOptions = {}): Promise<SqlEngine> {
  const duckdb = await loadDuckDb();
  // Nothing here depends on row order; keeping it costs DuckDB memory in every operator.
  const config: Record<string, string> = { preserve_insertion_order: 'false' };
  const limit =
    options.memoryLimit === undefined ? undefined : parseMemorySize(options.memoryLimit);
  if (limit !== undefined) config.memory_limit = `${Math.floor((limit * DUCKDB_SHARE) / 1024)}KiB`;
  const threads =
    options.threads ??
    (limit === undefined
      ? undefined
      : Math.max(1, Math.min(availableParallelism(), Math.floor(limit / MEMORY_PER_THREAD))));
  if (threads) config.threads = String(threads);
  if (options.tempDirectory) config.temp_directory = options.tempDirectory;
  const instance = await duckdb.DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  const query = async (sql: string) => {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRows() as unknown[][];
  };
  const collectGarbage = garbageCollector();
  return {
    dialect: 'duckdb',
    query,
    clientBufferBytes:
      limit === undefined ? DEFAULT_CLIENT_BUFFER_BYTES : Math.floor(limit * CLIENT_BUFFER_SHARE),
    async streamDoubles(sql, onChunk, streamOptions = { bounded: true }) {
      const perCollection = streamOptions.bounded
        ? CHUNKS_PER_COLLECTION
        : UNBOUNDED_CHUNKS_PER_COLLECTION;
      const result = await connection.stream(sql);
      let fetched = 0;
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        const columns: Float64Array[] = [];
        for (let j = 0; j < chunk.columnCount; j++) {
          const vector = chunk.getColumnVector(j);
          if (!(vector instanceof duckdb.DuckDBDoubleVector)) {
            throw new Error(`streamDoubles: column ${j} is ${vector.type.toString()}, not DOUBLE.`);
          }
          columns.push(doubles(vector, chunk.rowCount));
        }
        onChunk(columns);
        if (++fetched % perCollection === 0) collectGarbage();
      }
    },
    async describe(source: SqlSource): Promise<ColumnKind[]> {
      const rows = await query(`DESCRIBE SELECT * FROM ${fromClause('duckdb', source)}`);
      return rows.map(([name, type]) => {
        const typeName = String(type);
        if (NESTED_TYPE.test(typeName)) {
          throw new InputError(
            `${describeSource(source)}: column '${String(name)}' has the nested type ${typeName}; expected numbers, text, booleans or dates (select a scalar field of it in a query).`,
          );
        }
        return {
          name: String(name),
          kind: NUMERIC_TYPE.test(typeName) ? 'numeric' : 'categorical',
        };
      });
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * A DOUBLE vector's values. The typed array is read directly when the vector exposes it
 * (a field that @duckdb/node-api 1.5 declares private): a view of the chunk's native
 * memory, valid while the chunk is, i.e. during the `onChunk` call. Else value by
 * value, NULL as NaN.
 */
function doubles(vector: { getItem(i: number): number | null }, rowCount: number): Float64Array {
  const items = (vector as unknown as { items?: unknown }).items;
  if (items instanceof Float64Array && items.length === rowCount) return items;
  const values = new Float64Array(rowCount);
  for (let i = 0; i < rowCount; i++) values[i] = vector.getItem(i) ?? NaN;
  return values;
}

/**
 * Node's full garbage collection, exposed at run time (the `--expose-gc` flag set from
 * inside, then `gc` taken from a fresh context), so a library user need not start Node
 * with the flag. Where that is refused, nothing is collected early.
 */
function garbageCollector(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // Fall through: collection is left to V8.
  }
  return () => {};
}

/** The missing-value markers of drift-sentinel's CSV reader, as DuckDB `nullstr`. */
const CSV_MISSING = ['', 'NA', 'NaN', 'nan', 'null', 'NULL', 'None'];

/**
 * The DuckDB relation for files: a Parquet or CSV file, a directory (its `*.parquet`
 * files, recursively), or a glob. CSV is read with every column's type inferred from all
 * rows and drift-sentinel's missing-value markers.
 */
export function duckDbFileSource(path: string): SqlSource {
  const isDirectory = existsSync(path) && statSync(path).isDirectory();
  const pattern = isDirectory ? join(path, '**', '*.parquet') : path;
  const literal = `'${pattern.replaceAll("'", "''")}'`;
  const csv = /\.(csv|tsv|txt)(\.gz)?$/i.test(pattern);
  const relation = csv
    ? `read_csv(${literal}, header = true, sample_size = -1, nullstr = [${CSV_MISSING.map((m) => `'${m}'`).join(', ')}])`
    : `read_parquet(${literal})`;
  return { kind: 'relation', relation };
}

function describeSource(source: SqlSource): string {
  return source.kind === 'table'
    ? source.table
    : source.kind === 'query'
      ? 'the query'
      : source.relation;
}
