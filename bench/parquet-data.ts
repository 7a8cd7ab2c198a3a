/**
 * Writes the Parquet copies of the benchmark CSVs, at bench-data generation time only:
 * `reference.parquet` (one file), `reference-parts/part-0.parquet` ... `part-7.parquet`
 * (the same rows in 8 files, as a data lake holds them) and `recent.parquet`, all with
 * DuckDB's default snappy compression.
 *
 * DuckDB (`@duckdb/node-api`, an optional dependency) reads the CSVs with the types its
 * sniffer infers (DOUBLE for every column here) and parses each decimal text to the
 * nearest double, as drift-sentinel's CSV reader does, so both copies hold the same
 * numbers and give the same report.
 *
 * Usage: `npx node bench/parquet-data.ts [outDir]`
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Number of files the directory copy of the reference is split into. */
export const REFERENCE_PARTS = 8;

export interface ParquetCopies {
  reference: string;
  referenceParts: string;
  recent: string;
}

/** The paths of the Parquet copies in `outDir`, whether or not they exist yet. */
export function parquetCopyPaths(outDir: string): ParquetCopies {
  return {
    reference: join(outDir, 'reference.parquet'),
    referenceParts: join(outDir, 'reference-parts'),
    recent: join(outDir, 'recent.parquet'),
  };
}

/** Whether every Parquet copy is already in `outDir`. */
export function hasParquetCopies(outDir: string): boolean {
  const paths = parquetCopyPaths(outDir);
  return (
    existsSync(paths.reference) &&
    existsSync(paths.recent) &&
    existsSync(join(paths.referenceParts, `part-${REFERENCE_PARTS - 1}.parquet`))
  );
}

/**
 * Converts `outDir/reference.csv` and `outDir/recent.csv` to Parquet with DuckDB. Throws a
 * clear error when `@duckdb/node-api` is not installed.
 */
export async function writeParquetCopies(outDir: string): Promise<ParquetCopies> {
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    throw new Error(
      'Writing the Parquet copies of the bench data needs the optional dependency @duckdb/node-api; install it with `npm install @duckdb/node-api`.',
    );
  }
  const paths = parquetCopyPaths(outDir);
  const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;
  const instance = await duckdb.DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  try {
    await connection.run(
      `CREATE TABLE reference AS SELECT * FROM read_csv(${quote(join(outDir, 'reference.csv'))})`,
    );
    // ORDER BY rowid keeps the CSV's row order, so the copies are the same table row for row.
    await connection.run(
      `COPY (SELECT * FROM reference ORDER BY rowid) TO ${quote(paths.reference)} (FORMAT parquet)`,
    );
    await rm(paths.referenceParts, { recursive: true, force: true });
    await mkdir(paths.referenceParts, { recursive: true });
    const rows = Number(
      (await connection.runAndReadAll('SELECT count(*) FROM reference')).getRows()[0][0],
    );
    const partRows = Math.ceil(rows / REFERENCE_PARTS);
    for (let part = 0; part < REFERENCE_PARTS; part++) {
      await connection.run(
        `COPY (SELECT * FROM reference WHERE rowid >= ${part * partRows} AND rowid < ${(part + 1) * partRows} ORDER BY rowid) ` +
          `TO ${quote(join(paths.referenceParts, `part-${part}.parquet`))} (FORMAT parquet)`,
      );
    }
    await connection.run(
      `COPY (SELECT * FROM read_csv(${quote(join(outDir, 'recent.csv'))})) TO ${quote(paths.recent)} (FORMAT parquet)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return paths;
}

if (import.meta.main) {
  const outDir = process.argv[2] ?? join(import.meta.dirname, 'out');
  const started = performance.now();
  const paths = await writeParquetCopies(outDir);
  console.log(
    `wrote ${paths.reference}, ${paths.referenceParts}/ and ${paths.recent} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
