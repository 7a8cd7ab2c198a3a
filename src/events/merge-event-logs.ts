import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { SqlRow } from './event-records.ts';
import { EVENT_LOG_TABLES, migrateEventLog, readSchemaVersion } from './event-log-schema.ts';
import { eventLogConnection, type EventLog, type EventLogCounts } from './open-event-log.ts';

/** What {@link mergeEventLogs} did. */
export interface MergeResult {
  /** Snapshots merged (each completely, in its own transaction). */
  merged: number;
  /** Snapshots left out, with the reason to show in a warning. */
  skipped: { path: string; reason: string }[];
  /** Rows inserted or replaced in the target across all snapshots. */
  rowsChanged: number;
}

type TableName = (typeof EVENT_LOG_TABLES)[number]['name'];

/** A snapshot's rows at the current schema version, table by table. */
type SnapshotRows = Record<TableName, SqlRow[]>;

/** Key values are UUID text; SQLite would accept numbers, so the type admits them. */
type SqlValueKey = string | number;

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Catches files cut short by an interrupted upload or download before SQLite sees them:
 * an in-memory copy of a truncated file can read as a valid but smaller database.
 * See https://www.sqlite.org/fileformat2.html#the_database_header.
 */
function checkHeader(bytes: Buffer): void {
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== SQLITE_HEADER) {
    throw new Error('not a SQLite database (no "SQLite format 3" header)');
  }
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = bytes.readUInt32BE(28);
  // The in-header size is only valid when the change counter matches "version-valid-for".
  const sizeIsValid = bytes.readUInt32BE(24) === bytes.readUInt32BE(92) && pageCount > 0;
  if (sizeIsValid && bytes.length < pageSize * pageCount) {
    throw new Error(
      `truncated SQLite file: ${bytes.length} bytes, its header says ${pageSize * pageCount}`,
    );
  }
}

/**
 * Reads every row of the snapshot at `path`, migrated to the current schema. The file
 * is copied into memory first, so migrating never writes to the downloaded file.
 */
function readSnapshot(path: string, nativeBinding: string | undefined): SnapshotRows {
  const bytes = fs.readFileSync(path);
  checkHeader(bytes);
  const db = new Database(bytes, { nativeBinding });
  try {
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`corrupt SQLite file: quick_check says ${integrity}`);
    if (readSchemaVersion(db) === 0) {
      throw new Error('not a drift-sentinel event log (PRAGMA user_version = 0)');
    }
    migrateEventLog(db, path);
    const rows = {} as SnapshotRows;
    for (const { name, key } of EVENT_LOG_TABLES) {
      rows[name] = db.prepare<[], SqlRow>(`SELECT * FROM ${name} ORDER BY ${key}`).all();
    }
    return rows;
  } finally {
    db.close();
  }
}

/**
 * Total order on two versions of one row: newer `updated_at` first, then the larger
 * canonical JSON of the whole row. A total order makes "keep the larger" commutative,
 * associative and idempotent, hence merging order-independent even when two runs
 * stamped the same millisecond. Both rows come from tables with the same schema, so
 * SQLite's type affinity has already made equal values equal representations.
 */
function compareRowVersions(a: SqlRow, b: SqlRow, columns: readonly string[]): number {
  const aUpdated = String(a.updated_at);
  const bUpdated = String(b.updated_at);
  if (aUpdated !== bUpdated) return aUpdated > bUpdated ? 1 : -1;
  const aJson = JSON.stringify(columns.map((column) => a[column]));
  const bJson = JSON.stringify(columns.map((column) => b[column]));
  return aJson === bJson ? 0 : aJson > bJson ? 1 : -1;
}

function upsertSnapshot(db: Database.Database, snapshot: SnapshotRows): number {
  let changed = 0;
  // Events before checks: a check's event_id must already name an event (foreign key).
  for (const { name, key } of EVENT_LOG_TABLES) {
    const columns = db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}') ORDER BY cid`)
      .all()
      .map((column) => column.name);
    const select = db.prepare<[SqlValueKey], SqlRow>(`SELECT * FROM ${name} WHERE ${key} = ?`);
    const upsert = db.prepare<SqlRow>(
      `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})
       ON CONFLICT (${key}) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    );
    for (const row of snapshot[name]) {
      const current = select.get(row[key] as SqlValueKey);
      if (current !== undefined && compareRowVersions(row, current, columns) <= 0) continue;
      upsert.run(Object.fromEntries(columns.map((column) => [column, row[column] ?? null])));
      changed++;
    }
  }
  return changed;
}

/**
 * Merges event-log snapshots (downloaded artifacts) into `target`, row by row: rows are
 * keyed by their UUID and the version with the newest `updated_at` wins, ties broken by
 * comparing whole rows so the result does not depend on the order of `sourcePaths`.
 * Merging the same snapshot again changes nothing.
 *
 * A snapshot that is missing, not SQLite, truncated, corrupt, from a newer schema, or
 * inconsistent (a check naming an event it does not hold) is skipped with a reason and
 * never throws: each snapshot is merged in its own transaction, all or nothing, and
 * rows are only inserted or replaced, so the target never loses rows.
 */
export function mergeEventLogs(target: EventLog, sourcePaths: string[]): MergeResult {
  const { db, nativeBinding } = target[eventLogConnection];
  const result: MergeResult = { merged: 0, skipped: [], rowsChanged: 0 };
  for (const path of sourcePaths) {
    try {
      const snapshot = readSnapshot(path, nativeBinding);
      result.rowsChanged += db.transaction(() => upsertSnapshot(db, snapshot))();
      result.merged++;
    } catch (error) {
      result.skipped.push({ path, reason: (error as Error).message });
    }
  }
  return result;
}

/**
 * Row counts of the event log at `path`, read from an in-memory copy (migrated if
 * older), so the caller can refuse to replace a log with a smaller one.
 *
 * @throws Error naming `path` when it is missing or not a readable event log.
 */
export function countRows(path: string, options: { nativeBinding?: string } = {}): EventLogCounts {
  let snapshot: SnapshotRows;
  try {
    snapshot = readSnapshot(path, options.nativeBinding);
  } catch (error) {
    throw new Error(`${path}: cannot count event log rows: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { events: snapshot.model_retraining_events.length, checks: snapshot.drift_checks.length };
}
