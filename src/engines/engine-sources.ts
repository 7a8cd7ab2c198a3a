/**
 * The sides of a check that do not come from drift-sentinel's own file readers: a saved
 * profile file, a reference profiled by an engine, a recent window read through one.
 * The CLI and the action call {@link loadEngineSides} before `loadDriftInputs`, which
 * takes the tables loaded here instead of reading files.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { InputError } from '../shared/input-error.ts';
import { fileInputError } from '../data/file-input-error.ts';
import type { Column, Table } from '../shared/table.ts';
import type { ProfileMode, SavedProfile } from '../profile/saved-profile.ts';
import { profileTable } from '../profile/saved-profile.ts';
import { loadTable } from '../data/load-table.ts';
import { openDuckDb, duckDbFileSource } from './duckdb.ts';
import { openPostgres } from './postgres.ts';
import { decodeProfile, encodeProfile } from './profile-codec.ts';
import { profileWithEngine } from './profile-with-engine.ts';
import { fromClause } from './sql-dialects.ts';
import type { SqlSource } from './sql-dialects.ts';
import type { SqlEngine } from './sql-engine.ts';
import { toNumber } from './sql-engine.ts';

export type EngineName = 'files' | 'duckdb' | 'postgres';

/** Where each side comes from when it is not a file read by drift-sentinel itself. */
export interface EngineSettings {
  readonly engine: EngineName;
  readonly referenceProfile?: string;
  readonly referenceData?: string;
  readonly referenceTable?: string;
  readonly referenceQuery?: string;
  readonly recentTable?: string;
  readonly recentQuery?: string;
  /** Variable holding the connection string (never its value). */
  readonly connectionEnv?: string;
  /** DuckDB `memory_limit`, e.g. `512MB`. */
  readonly memoryLimit?: string;
  readonly profileMode?: ProfileMode;
  readonly maxRankError?: number;
  readonly toolVersion: string;
}

/** What {@link loadEngineSides} produced; absent sides are read from files as usual. */
export interface EngineSides {
  readonly referenceProfile?: SavedProfile;
  readonly recent?: Table;
}

/**
 * Checks that exactly one reference source is given and that table/query sources have
 * an engine that reads them.
 * @throws InputError naming the options
 */
export function checkSideSources(
  settings: Omit<EngineSettings, 'toolVersion'>,
  recentData?: string,
): void {
  const references = [
    ['reference-data', settings.referenceData],
    ['reference-profile', settings.referenceProfile],
    ['reference-table', settings.referenceTable],
    ['reference-query', settings.referenceQuery],
  ].filter(([, value]) => value);
  if (references.length !== 1) {
    throw new InputError(
      references.length === 0
        ? 'No reference given; expected one of reference-data, reference-profile, reference-table or reference-query.'
        : `Several references given (${references.map(([name]) => name).join(', ')}); expected exactly one.`,
    );
  }
  const recents = [
    ['recent-data', recentData],
    ['recent-table', settings.recentTable],
    ['recent-query', settings.recentQuery],
  ].filter(([, value]) => value);
  if (recents.length !== 1) {
    throw new InputError(
      recents.length === 0
        ? 'No recent data given; expected one of recent-data, recent-table or recent-query.'
        : `Several recent sources given (${recents.map(([name]) => name).join(', ')}); expected exactly one.`,
    );
  }
  const tableOrQuery = [...references, ...recents].find(([name]) => /-(table|query)$/.test(name!));
  if (tableOrQuery && settings.engine === 'files') {
    throw new InputError(
      `${tableOrQuery[0]} needs an engine that runs SQL; expected engine duckdb or postgres, got files.`,
    );
  }
}

/** Opens the engine the settings name, or undefined for `files`. */
export async function openEngine(
  settings: Pick<EngineSettings, 'engine' | 'connectionEnv' | 'memoryLimit'>,
): Promise<SqlEngine | undefined> {
  if (settings.engine === 'duckdb') return openDuckDb({ memoryLimit: settings.memoryLimit });
  if (settings.engine === 'postgres') return openPostgres({ urlVariable: settings.connectionEnv });
  return undefined;
}

/** The reference as a profile computed by the engine, from a table, a query or (DuckDB) files. */
export async function profileReferenceWithEngine(
  engine: SqlEngine,
  settings: EngineSettings,
): Promise<SavedProfile> {
  const { source, label } = referenceSource(engine, settings);
  return profileWithEngine(engine, source, {
    label,
    mode: settings.profileMode,
    maxRankError: settings.maxRankError,
    toolVersion: settings.toolVersion,
  });
}

function referenceSource(
  engine: SqlEngine,
  settings: EngineSettings,
): { source: SqlSource; label: string } {
  if (settings.referenceTable) {
    return {
      source: { kind: 'table', table: settings.referenceTable },
      label: settings.referenceTable,
    };
  }
  if (settings.referenceQuery) {
    return { source: { kind: 'query', query: settings.referenceQuery }, label: 'reference-query' };
  }
  if (settings.referenceData && engine.dialect === 'duckdb') {
    return { source: duckDbFileSource(settings.referenceData), label: settings.referenceData };
  }
  throw new InputError(
    `engine ${engine.dialect} needs reference-table or reference-query${engine.dialect === 'duckdb' ? ' or reference-data' : ''}.`,
  );
}

/** Loads every side that does not come from drift-sentinel's own file readers. */
export async function loadEngineSides(settings: EngineSettings): Promise<EngineSides> {
  const referenceFromEngine =
    !settings.referenceProfile &&
    (settings.referenceTable ||
      settings.referenceQuery ||
      (settings.engine === 'duckdb' && settings.referenceData));
  const recentFromEngine = settings.recentTable || settings.recentQuery;
  let referenceProfile = settings.referenceProfile
    ? await readProfileFile(settings.referenceProfile)
    : undefined;
  if (!referenceFromEngine && !recentFromEngine) return { referenceProfile };
  const engine = await openEngine(settings);
  if (!engine) return { referenceProfile };
  try {
    if (referenceFromEngine) referenceProfile = await profileReferenceWithEngine(engine, settings);
    const recent = recentFromEngine
      ? await loadTableWithEngine(
          engine,
          settings.recentTable
            ? { kind: 'table', table: settings.recentTable }
            : { kind: 'query', query: settings.recentQuery! },
          settings.recentTable ?? 'recent-query',
        )
      : undefined;
    return { referenceProfile, recent };
  } finally {
    await engine.close();
  }
}

/**
 * Reads a source's rows through an engine into a Table: numeric columns as numbers
 * (NULL and NaN missing), the others as text categories (NULL missing). For the recent
 * window, which a check needs row by row (predictions and actuals are paired by row).
 */
export async function loadTableWithEngine(
  engine: SqlEngine,
  source: SqlSource,
  label: string,
): Promise<Table> {
  const kinds = await engine.describe(source);
  const rows = await engine.query(`SELECT * FROM ${fromClause(engine.dialect, source)}`);
  const columns: Column[] = kinds.map((column, c) => {
    if (column.kind === 'numeric') {
      const values = Float64Array.from(rows, (row) => toNumber(row[c]));
      let missing = 0;
      for (const v of values) if (Number.isNaN(v)) missing++;
      return { kind: 'numeric', name: column.name, values, missing };
    }
    const categories: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(rows.length);
    let missing = 0;
    rows.forEach((row, r) => {
      const cell = row[c];
      if (cell === null || cell === undefined) {
        codes[r] = -1;
        missing++;
        return;
      }
      const label = String(cell);
      let code = index.get(label);
      if (code === undefined) {
        code = categories.length;
        categories.push(label);
        index.set(label, code);
      }
      codes[r] = code;
    });
    return { kind: 'categorical', name: column.name, codes, categories, missing };
  });
  return { source: label, rowCount: rows.length, columns };
}

/** Reads and decodes a profile file. */
export async function readProfileFile(path: string): Promise<SavedProfile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileInputError(path, error);
  }
  return decodeProfile(bytes, path);
}

/** Encodes and writes a profile file. */
export async function writeProfileFile(path: string, profile: SavedProfile): Promise<number> {
  const bytes = encodeProfile(profile);
  try {
    await writeFile(path, bytes);
  } catch (error) {
    throw fileInputError(path, error);
  }
  return bytes.length;
}

/**
 * `sha256:<hex>` of a file's bytes, streamed; for a directory, of the sorted list of its
 * files' relative names and hashes. Null for a glob or a path that is not there.
 */
export async function contentHash(path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) {
    const entries = (await readdir(path, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    const listing = createHash('sha256');
    for (const file of entries)
      listing.update(`${relative(path, file)}\0${await contentHash(file)}\n`);
    return `sha256:${listing.digest('hex')}`;
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

/**
 * Writes the exact profile of a promoted model's training set (the CSV the retraining
 * prepared), so the next checks compare against the model that is deployed.
 * @returns the profile file's size in bytes
 */
export async function writeTrainingSetProfile(
  trainingCsv: string,
  output: string,
  toolVersion: string,
): Promise<number> {
  const [table, hash] = await Promise.all([loadTable(trainingCsv), contentHash(trainingCsv)]);
  return writeProfileFile(output, profileTable(table, { contentHash: hash, toolVersion }));
}
