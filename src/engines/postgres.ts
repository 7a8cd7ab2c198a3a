/**
 * The PostgreSQL engine, through node-postgres (`pg`, pure JavaScript, bundled).
 *
 * The connection comes from the environment, never from a command line or an action
 * input where it would be logged: a connection string in the variable the caller names
 * (default `DRIFT_SENTINEL_POSTGRES_URL`), else libpq's own `PGHOST`, `PGPORT`,
 * `PGUSER`, `PGPASSWORD`, `PGDATABASE`, which `pg` reads itself. Messages name the
 * variable, never its value.
 */
import pg from 'pg';
import { InputError } from '../shared/input-error.ts';
import type { ColumnKind, SqlSource } from './sql-dialects.ts';
import { fromClause } from './sql-dialects.ts';
import type { SqlEngine } from './sql-engine.ts';

export const DEFAULT_POSTGRES_URL_VARIABLE = 'DRIFT_SENTINEL_POSTGRES_URL';

/** PostgreSQL type OIDs read as numbers: int2, int4, int8, oid, float4, float8, numeric. */
const NUMERIC_OIDS = new Set([21, 23, 20, 26, 700, 701, 1700]);

export interface PostgresOptions {
  /** Environment variable holding the connection string; unset: libpq's PG* variables. */
  readonly urlVariable?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export async function openPostgres(options: PostgresOptions = {}): Promise<SqlEngine> {
  const env = options.env ?? process.env;
  const variable = options.urlVariable ?? DEFAULT_POSTGRES_URL_VARIABLE;
  const connectionString = env[variable] || undefined;
  const client = new pg.Client(connectionString ? { connectionString } : {});
  try {
    await client.connect();
  } catch (error) {
    // pg's messages carry host and port at most; the password never reaches them.
    throw new InputError(
      `Cannot connect to PostgreSQL (${connectionString ? `connection string from ${variable}` : `${variable} is not set, so libpq's PGHOST/PGUSER/... variables`}): ${(error as Error).message}.`,
    );
  }
  const query = async (sql: string) => {
    try {
      const result = await client.query({ text: sql, rowMode: 'array' });
      return result.rows as unknown[][];
    } catch (error) {
      throw new InputError(
        `PostgreSQL refused a profiling query: ${(error as Error).message}.\n${sql}`,
      );
    }
  };
  return {
    dialect: 'postgres',
    query,
    async describe(source: SqlSource): Promise<ColumnKind[]> {
      let result;
      try {
        result = await client.query({
          text: `SELECT * FROM ${fromClause('postgres', source)} LIMIT 0`,
          rowMode: 'array',
        });
      } catch (error) {
        throw new InputError(
          `PostgreSQL cannot read ${source.kind === 'table' ? `table ${source.table}` : 'the query'}: ${(error as Error).message}.`,
        );
      }
      return result.fields.map((field) => ({
        name: field.name,
        kind: NUMERIC_OIDS.has(field.dataTypeID) ? 'numeric' : 'categorical',
      }));
    },
    async close() {
      await client.end();
    },
  };
}
