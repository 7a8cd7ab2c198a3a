import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { InputError } from '../shared/input-error.ts';
import {
  driftCheckFromRow,
  driftCheckToRow,
  retrainingEventFromRow,
  retrainingEventToRow,
  toIsoTimestamp,
  type DriftCheck,
  type RetrainingEvent,
  type SqlRow,
} from './event-records.ts';
import packageJson from '../../package.json' with { type: 'json' };
import {
  EVENT_LOG_TABLES,
  SCHEMA_VERSION,
  migrateEventLog,
  readSchemaVersion,
} from './event-log-schema.ts';

/** Options of {@link openEventLog}. */
export interface OpenEventLogOptions {
  /**
   * Path of the `better_sqlite3.node` addon to load (see `resolveNativeBinding`). The
   * bundled action passes the copy in `dist/`; leave it out in development and
   * better-sqlite3 finds its own prebuild in `node_modules`.
   */
  nativeBinding?: string;
  /** Open for reading only: the file must exist at the current schema version; nothing is written. */
  readonly?: boolean;
  /** Clock for `created_at`, `updated_at` and default timestamps; tests pass a fixed one. */
  now?: () => Date;
}

/** A new retraining event: only the trigger type is required. */
export type NewRetrainingEvent = Pick<RetrainingEvent, 'triggerType'> &
  Partial<Omit<RetrainingEvent, 'triggerType' | 'triggeredAt' | 'createdAt' | 'updatedAt'>> & {
    /** Defaults to now. */
    triggeredAt?: string | Date;
  };

/** Fields to change on a retraining event; the id and the bookkeeping timestamps are not changeable. */
export type RetrainingEventPatch = Partial<
  Omit<RetrainingEvent, 'eventId' | 'createdAt' | 'updatedAt'>
>;

/** A new drift check: event name, severity and whether it triggered are required. */
export type NewDriftCheck = Pick<DriftCheck, 'eventName' | 'severity' | 'triggered'> &
  Partial<Omit<DriftCheck, 'eventName' | 'severity' | 'triggered' | 'checkedAt' | 'updatedAt'>> & {
    /** Defaults to now. */
    checkedAt?: string | Date;
  };

/** Row counts of an event log. */
export interface EventLogCounts {
  events: number;
  checks: number;
}

/**
 * Key of the connection behind an {@link EventLog}. Only `merge-event-logs.ts` uses it:
 * merging needs the raw connection and the same native binding to open snapshots, and
 * neither belongs in the public API.
 */
export const eventLogConnection: unique symbol = Symbol('eventLogConnection');

export interface EventLogConnection {
  readonly db: Database.Database;
  readonly nativeBinding: string | undefined;
  readonly stamp: () => string;
}

/** An open event log file. Every method is synchronous (better-sqlite3). */
export interface EventLog {
  readonly path: string;
  /** Stores one detection run; `checkId` defaults to a new UUID, `checkedAt` to now. */
  recordCheck(check: NewDriftCheck): DriftCheck;
  /** Stores one retraining; `eventId` defaults to a new UUID, `status` to `dispatched`. */
  createRetrainingEvent(event: NewRetrainingEvent): RetrainingEvent;
  /** Changes the given fields and bumps `updatedAt`; throws naming the id when there is no such event. */
  updateRetrainingEvent(eventId: string, patch: RetrainingEventPatch): RetrainingEvent;
  getRetrainingEvent(eventId: string): RetrainingEvent | undefined;
  /** Newest first by `triggeredAt`. */
  listRetrainingEvents(options?: { limit?: number }): RetrainingEvent[];
  /** Newest first by `checkedAt`. */
  listChecks(options?: { limit?: number }): DriftCheck[];
  counts(): EventLogCounts;
  close(): void;
  readonly [eventLogConnection]: EventLogConnection;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requireUuid(value: string, field: string): string {
  if (!UUID_PATTERN.test(value)) {
    throw new Error(
      `Invalid ${field}: ${JSON.stringify(value)}. Expected a UUID such as 0b7e4a52-8c1f-4f57-9d3e-2f6a1c9b8e10.`,
    );
  }
  return value;
}

function requireLimit(limit: number | undefined): number {
  if (limit === undefined) return -1; // SQLite: a negative LIMIT means no limit
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new Error(`Invalid limit: ${limit}. Expected a positive integer.`);
  }
  return limit;
}

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined;
}

function insertRow(db: Database.Database, table: string, row: SqlRow): void {
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
  ).run(row);
}

/**
 * Opens (creating if missing) the SQLite event log at `path` and brings it to the
 * current schema version.
 *
 * The file stays in rollback-journal mode (`journal_mode = DELETE`): in WAL mode recent
 * writes live in a `-wal` side file, and the log must be one file to upload as an
 * artifact. Foreign keys are on, so a check cannot name a retraining that does not exist.
 *
 * @throws InputError naming `path` when the file is not a SQLite database, is another
 *   application's database, or has a newer schema than this code.
 */
export function openEventLog(path: string, options: OpenEventLogOptions = {}): EventLog {
  const readonly = options.readonly ?? false;
  const clock = options.now ?? (() => new Date());
  if (readonly && !fs.existsSync(path)) {
    throw new InputError(
      `${path}: event log not found. Expected an existing file to open read-only.`,
    );
  }
  if (fs.statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(
      `${path}: is a directory. Expected the path of an event log file (a SQLite database), such as ${path.replace(/[\\/]+$/, '')}/events.db.`,
    );
  }
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly,
      fileMustExist: readonly,
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    // The native binding failing to load is a setup problem with its own message.
    if (!(error instanceof Database.SqliteError)) {
      throw new Error(`${path}: cannot open the event log: ${(error as Error).message}`, {
        cause: error,
      });
    }
    throw new InputError(
      `${path}: cannot open the event log (${error.message}). Expected a writable file in an existing directory.`,
      { cause: error },
    );
  }
  let version: number;
  try {
    // better-sqlite3 opens any file lazily; the first read is what meets a bad header.
    version = readSchemaVersion(db);
  } catch (error) {
    db.close();
    throw new InputError(
      `${path}: not a SQLite database (${(error as Error).message}). Expected a drift-sentinel event log.`,
      { cause: error },
    );
  }
  try {
    checkEventLogFile(db, path, version, readonly);
    if (!readonly) {
      db.pragma('journal_mode = DELETE');
      migrateEventLog(db, path);
    }
    checkEventLogTables(db, path);
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    if (error instanceof InputError) throw error;
    const code = sqliteCode(error) ?? '';
    const corrupt = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
    throw new InputError(corrupt ? corruptionMessage(path, error) : (error as Error).message, {
      cause: error,
    });
  }
  return createEventLog(path, db, options.nativeBinding, () => toIsoTimestamp(clock(), 'now()'));
}

function createEventLog(
  path: string,
  db: Database.Database,
  nativeBinding: string | undefined,
  stamp: () => string,
): EventLog {
  const selectEvent = db.prepare<[string], SqlRow>(
    'SELECT * FROM model_retraining_events WHERE event_id = ?',
  );
  const selectCheck = db.prepare<[string], SqlRow>('SELECT * FROM drift_checks WHERE check_id = ?');

  /**
   * Every update moves `updated_at` strictly forward, even when the clock has not (same
   * millisecond, a fixed test clock, or a runner whose clock is behind the one that
   * wrote the row): otherwise a merge with an older snapshot could resurrect the old row.
   */
  function nextUpdatedAt(previous: string): string {
    const now = stamp();
    return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
  }

  function rethrowConstraint(
    error: unknown,
    what: string,
    id: string,
    eventId?: string | null,
  ): never {
    const code = sqliteCode(error);
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw new Error(`${path}: a ${what} with id ${id} already exists.`, { cause: error });
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new Error(
        `${path}: ${what} ${id} names retraining event ${eventId}, which is not in the log. Create the event first.`,
        { cause: error },
      );
    }
    throw error;
  }

  return {
    path,
    [eventLogConnection]: { db, nativeBinding, stamp },

    recordCheck(check) {
      const now = stamp();
      const checkId = requireUuid(check.checkId ?? randomUUID(), 'drift check checkId');
      const row = driftCheckToRow({
        ...check,
        checkId,
        checkedAt: toIsoTimestamp(check.checkedAt ?? now, 'drift check checkedAt'),
        updatedAt: now,
      });
      try {
        insertRow(db, 'drift_checks', row);
      } catch (error) {
        rethrowConstraint(error, 'drift check', checkId, check.eventId);
      }
      return driftCheckFromRow(selectCheck.get(checkId)!);
    },

    createRetrainingEvent(event) {
      const now = stamp();
      const eventId = requireUuid(event.eventId ?? randomUUID(), 'retraining event eventId');
      const row = retrainingEventToRow({
        status: 'dispatched',
        driftedFeatures: [],
        ...event,
        eventId,
        triggeredAt: toIsoTimestamp(event.triggeredAt ?? now, 'retraining event triggeredAt'),
        createdAt: now,
        updatedAt: now,
      });
      try {
        insertRow(db, 'model_retraining_events', row);
      } catch (error) {
        rethrowConstraint(error, 'retraining event', eventId);
      }
      return retrainingEventFromRow(selectEvent.get(eventId)!);
    },

    updateRetrainingEvent(eventId, patch) {
      return db.transaction(() => {
        const current = selectEvent.get(eventId);
        if (current === undefined) {
          throw new Error(`${path}: no retraining event with id ${eventId} to update.`);
        }
        // Runtime guard for callers that bypass the types: these three are bookkeeping.
        const {
          eventId: _id,
          createdAt: _created,
          updatedAt: _updated,
          ...changes
        } = patch as RetrainingEvent;
        const row = retrainingEventToRow(changes);
        row.updated_at = nextUpdatedAt(String(current.updated_at));
        const assignments = Object.keys(row).map((column) => `${column} = @${column}`);
        db.prepare(
          `UPDATE model_retraining_events SET ${assignments.join(', ')} WHERE event_id = @event_id_key`,
        ).run({ ...row, event_id_key: eventId });
        return retrainingEventFromRow(selectEvent.get(eventId)!);
      })();
    },

    getRetrainingEvent(eventId) {
      const row = selectEvent.get(eventId);
      return row === undefined ? undefined : retrainingEventFromRow(row);
    },

    listRetrainingEvents({ limit } = {}) {
      return db
        .prepare<[number], SqlRow>(
          'SELECT * FROM model_retraining_events ORDER BY triggered_at DESC, event_id DESC LIMIT ?',
        )
        .all(requireLimit(limit))
        .map(retrainingEventFromRow);
    },

    listChecks({ limit } = {}) {
      return db
        .prepare<[number], SqlRow>(
          'SELECT * FROM drift_checks ORDER BY checked_at DESC, check_id DESC LIMIT ?',
        )
        .all(requireLimit(limit))
        .map(driftCheckFromRow);
    },

    counts() {
      return countTables(db);
    },

    close() {
      db.close();
    },
  };
}

/** Row counts of the two tables of an open connection. */
function countTables(db: Database.Database): EventLogCounts {
  const count = (table: string) =>
    db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  return { events: count('model_retraining_events'), checks: count('drift_checks') };
}

/**
 * Refuses, before anything is written, a file that is corrupt, newer than this code,
 * another application's database, or (read-only) not at the current schema version,
 * each with what to do about it.
 */
function checkEventLogFile(
  db: Database.Database,
  path: string,
  version: number,
  readonly: boolean,
): void {
  // quick_check reads every page (O(size), milliseconds for an event log) and finds
  // b-tree and index corruption that would otherwise surface as SQLITE_CORRUPT in the
  // middle of a merge or a query.
  const check = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const problems = check.map((row) => row.quick_check).filter((line) => line !== 'ok');
  if (problems.length > 0) {
    throw new InputError(corruptionMessage(path, new Error(problems.join('; '))));
  }
  if (version > SCHEMA_VERSION) {
    throw new InputError(
      `${path}: written by a newer drift-sentinel (event log schema version ${version}; this drift-sentinel ${packageVersion()} reads up to version ${SCHEMA_VERSION}). Upgrade drift-sentinel; the file was left unchanged.`,
    );
  }
  const tables = tableNames(db);
  if (version === 0 && tables.length > 0) {
    throw new InputError(
      `${path}: not a drift-sentinel event log: a SQLite database with tables ${tables.join(', ')} and no event log schema version (PRAGMA user_version = 0). Expected a drift-sentinel event log or a new file; it was left unchanged.`,
    );
  }
  // Every version since 1 has the retraining table: a file without it is not ours,
  // and migrating it would fail half-way with "no such table".
  if (version > 0) checkEventLogTables(db, path, EVENT_LOG_TABLES.slice(0, 1));
  if (readonly && version === 0) {
    throw new InputError(
      `${path}: an empty SQLite file, not an event log yet. Expected a file that drift-sentinel has recorded into.`,
    );
  }
  if (readonly && version < SCHEMA_VERSION) {
    throw new InputError(
      `${path}: written by an older drift-sentinel (event log schema version ${version}, current ${SCHEMA_VERSION}). Run 'drift-sentinel check' with this --event-log once to upgrade it, then read it again.`,
    );
  }
}

/** The tables and key columns the current schema has, checked after any migration. */
function checkEventLogTables(
  db: Database.Database,
  path: string,
  required: readonly { name: string; key: string }[] = EVENT_LOG_TABLES,
): void {
  const tables = tableNames(db);
  for (const { name, key } of required) {
    const columns = tables.includes(name)
      ? (db.pragma(`table_info(${name})`) as { name: string }[]).map((c) => c.name)
      : [];
    if (!columns.includes(key)) {
      throw new InputError(
        `${path}: claims event log schema version ${readSchemaVersion(db)} (PRAGMA user_version) but has no table ${name} with column ${key} (tables: ${tables.join(', ') || 'none'}). Expected a drift-sentinel event log; this looks like another application's database.`,
      );
    }
  }
}

function tableNames(db: Database.Database): string[] {
  return db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
}

function corruptionMessage(path: string, error: unknown): string {
  return `${path}: the event log is corrupt (${(error as Error).message}). Restore it from a copy (in the action: an older event-log artifact), or move it aside to start a new log.`;
}

function packageVersion(): string {
  return `${packageJson.version}`;
}
