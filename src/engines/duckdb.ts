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
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../shared/input-error.ts';
import type { ColumnKind, SqlSource } from './sql-dialects.ts';
import { fromClause } from './sql-dialects.ts';
import type { SqlEngine } from './sql-engine.ts';

export interface DuckDbOptions {
  /** DuckDB's `memory_limit`, e.g. `'512MB'`; default DuckDB's (80% of RAM). */
  readonly memoryLimit?: string;
  /** Worker threads; default DuckDB's (one per core). */
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

export async function openDuckDb(options: DuckDbOptions = {}): Promise<SqlEngine> {
  const duckdb = await loadDuckDb();
  // Nothing here depends on row order; keeping it costs DuckDB memory in every operator.
  const config: Record<string, string> = { preserve_insertion_order: 'false' };
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  if (options.threads) config.threads = String(options.threads);
  if (options.tempDirectory) config.temp_directory = options.tempDirectory;
  const instance = await duckdb.DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  const query = async (sql: string) => {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRows() as unknown[][];
  };
  return {
    dialect: 'duckdb',
    query,
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
