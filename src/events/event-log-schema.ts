import type Database from 'better-sqlite3';

/**
 * One schema step. `MIGRATIONS[i]` takes a database from `user_version` i to i + 1.
 * Migrations are history: never edit a released one, append a new one. SQLite cannot
 * alter most constraints in place, so keep new columns nullable or defaulted.
 */
export interface Migration {
  readonly description: string;
  readonly up: (db: Database.Database) => void;
}

const SCHEMA_V1 = `
CREATE TABLE model_retraining_events (
  event_id TEXT PRIMARY KEY NOT NULL,
  triggered_at TEXT NOT NULL,
  trigger_type TEXT NOT NULL,
  severity TEXT,
  confidence REAL,
  reason TEXT,
  drifted_features TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  execution_successful INTEGER CHECK (execution_successful IN (0, 1)),
  metrics_before TEXT,
  metrics_after TEXT,
  improvement_r2_percent REAL,
  improvement_rmse_percent REAL,
  training_duration_seconds REAL,
  total_duration_seconds REAL,
  estimated_cost REAL,
  repository TEXT,
  commit_sha TEXT,
  check_run_id INTEGER,
  check_run_url TEXT,
  retrain_run_id INTEGER,
  retrain_run_url TEXT,
  error_message TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX model_retraining_events_triggered_at ON model_retraining_events (triggered_at);

CREATE TABLE drift_checks (
  check_id TEXT PRIMARY KEY NOT NULL,
  checked_at TEXT NOT NULL,
  event_name TEXT NOT NULL,
  severity TEXT NOT NULL,
  drift_type TEXT,
  confidence REAL,
  triggered INTEGER NOT NULL CHECK (triggered IN (0, 1)),
  reason TEXT,
  reference_rows INTEGER,
  recent_rows INTEGER,
  features_tested INTEGER,
  features_drifted INTEGER,
  outlier_share REAL,
  error_increase_percent REAL,
  r2_drop_percent REAL,
  rmse_increase_percent REAL,
  signals TEXT,
  repository TEXT,
  commit_sha TEXT,
  run_id INTEGER,
  run_url TEXT,
  event_id TEXT REFERENCES model_retraining_events (event_id),
  updated_at TEXT NOT NULL
);
CREATE INDEX drift_checks_checked_at ON drift_checks (checked_at);
CREATE INDEX drift_checks_event_id ON drift_checks (event_id);
`;

/**
 * Version 2 (issue 9, the loop that settles): which model an event or check is about,
 * the fingerprints of the reference and baseline a check compared against, each
 * training attempt, when a retraining started and by when it must have finished, and
 * what a check decided about dispatching (and which guard held it back). Columns are
 * only added, all nullable: the quick reference's queries on `model_retraining_events`
 * run unchanged, and rows of a version-1 log keep every value (NULL where v1 had no
 * such fact). `blocking_event_id` has no foreign key on purpose: the event it names
 * may be in a snapshot the merge has not brought in yet.
 */
const SCHEMA_V2 = `
ALTER TABLE model_retraining_events ADD COLUMN model TEXT;
ALTER TABLE model_retraining_events ADD COLUMN reference_fingerprint TEXT;
ALTER TABLE model_retraining_events ADD COLUMN baseline_fingerprint TEXT;
ALTER TABLE model_retraining_events ADD COLUMN started_at TEXT;
ALTER TABLE model_retraining_events ADD COLUMN deadline_at TEXT;
ALTER TABLE model_retraining_events ADD COLUMN finished_at TEXT;
ALTER TABLE model_retraining_events ADD COLUMN attempts TEXT;
CREATE INDEX model_retraining_events_model_status ON model_retraining_events (model, status);

ALTER TABLE drift_checks ADD COLUMN model TEXT;
ALTER TABLE drift_checks ADD COLUMN reference_fingerprint TEXT;
ALTER TABLE drift_checks ADD COLUMN baseline_fingerprint TEXT;
ALTER TABLE drift_checks ADD COLUMN decision TEXT;
ALTER TABLE drift_checks ADD COLUMN suppressed_by TEXT;
ALTER TABLE drift_checks ADD COLUMN decision_reason TEXT;
ALTER TABLE drift_checks ADD COLUMN blocking_event_id TEXT;
`;

/** Ordered schema history; the code's schema version is its length. */
export const MIGRATIONS: readonly Migration[] = [
  {
    description: 'model_retraining_events and drift_checks',
    up: (db) => db.exec(SCHEMA_V1),
  },
  {
    description: 'model keys, fingerprints, attempts, deadlines and dispatch decisions',
    up: (db) => db.exec(SCHEMA_V2),
  },
];

/** The schema version this code reads and writes (`PRAGMA user_version`). */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** The two tables, in the order a merge must fill them (checks reference events). */
export const EVENT_LOG_TABLES = [
  { name: 'model_retraining_events', key: 'event_id' },
  { name: 'drift_checks', key: 'check_id' },
] as const;

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings `db` from its `user_version` to {@link SCHEMA_VERSION}, one transaction per
 * step so a failed step leaves the previous version intact.
 *
 * @param path named in errors.
 * @throws Error when the file is newer than this code, or is some other application's
 *   database (version 0 but already holding tables).
 */
export function migrateEventLog(db: Database.Database, path: string): void {
  const version = readSchemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `${path}: event log schema version ${version} is newer than version ${SCHEMA_VERSION}, the newest this drift-sentinel knows. Upgrade drift-sentinel.`,
    );
  }
  if (version === 0) {
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all() as string[];
    if (tables.length > 0) {
      // Writing our tables into somebody else's database would be worse than refusing.
      throw new Error(
        `${path}: a SQLite database without an event log schema version (PRAGMA user_version = 0) that already has tables (${tables.join(', ')}). Expected a drift-sentinel event log or a new file.`,
      );
    }
  }
  for (let from = version; from < SCHEMA_VERSION; from++) {
    db.transaction(() => {
      MIGRATIONS[from].up(db);
      db.pragma(`user_version = ${from + 1}`);
    })();
  }
}
