/**
 * A saved reference profile: the column profiles (column-profile.ts) of the reference
 * side with where they came from, so a check needs no reference rows. Two modes:
 *
 * - `exact`: each column profile as the check computes it from the data (sorted values,
 *   category counts, ...). A check against it is bit-identical to a check against the
 *   data.
 * - `compact`: a numeric column with more than `ceil(1/ε)` distinct values keeps a
 *   {@link QuantileSketch} with a certified rank-error bound instead of its sorted
 *   values; its KS result is approximate and says so. Other columns stay exact.
 *
 * Plain data; the file format is in ../engines/profile-codec.ts and docs/profile-format.md.
 */
import type { Table } from '../shared/table.ts';
import type { ColumnProfile, NumericProfile } from './column-profile.ts';
import { profileColumn } from './profile-column.ts';
import {
  DEFAULT_RANK_ERROR,
  distinctCountsSorted,
  quantileSketchFromCounts,
} from './quantile-sketch.ts';

export type ProfileMode = 'exact' | 'compact';

/** Where a profile's data came from. */
export interface ProfileSource {
  /** A file path, directory, glob, table or query label, as given. */
  readonly name: string;
  /**
   * `sha256:<hex>` of the source's bytes (for several files: of their sorted names and
   * hashes), or null when the data lives in an engine that was not asked to read it all.
   */
  readonly contentHash: string | null;
  readonly rowCount: number;
}

export interface SavedProfile {
  readonly mode: ProfileMode;
  /** Compact mode: the rank error requested for every sketch (each states its own bound). */
  readonly maxRankError?: number;
  /** drift-sentinel version that wrote it. */
  readonly toolVersion: string;
  readonly source: ProfileSource;
  /** Columns in the source's order. */
  readonly columns: readonly ColumnProfile[];
}

/** Options of {@link profileTable}. */
export interface ProfileOptions {
  /** `exact` (default) or `compact`. */
  readonly mode?: ProfileMode;
  /** Compact mode's requested rank error ε, in (0, 0.5]; default 0.001. */
  readonly maxRankError?: number;
  /** Content hash of the source, if known (the file layer computes it). */
  readonly contentHash?: string | null;
  readonly toolVersion: string;
}

/** Profiles a loaded table, column by column with the check's own profileColumn. */
export function profileTable(table: Table, options: ProfileOptions): SavedProfile {
  const mode = options.mode ?? 'exact';
  const maxRankError = options.maxRankError ?? DEFAULT_RANK_ERROR;
  return {
    mode,
    ...(mode === 'compact' ? { maxRankError } : {}),
    toolVersion: options.toolVersion,
    source: {
      name: table.source,
      contentHash: options.contentHash ?? null,
      rowCount: table.rowCount,
    },
    columns: table.columns.map((column) => {
      const profile = profileColumn(column);
      return mode === 'compact' && profile.kind === 'numeric'
        ? compactNumericProfile(profile, maxRankError)
        : profile;
    }),
  };
}

/**
 * Compact mode keeps a numeric column's values exactly when it has at most `ceil(1/ε)`
 * distinct values, about the size of its sketch (the SQL engines use the same limit).
 */
export function exactDistinctLimit(maxRankError: number): number {
  return Math.ceil(1 / maxRankError);
}

/** The profile with its sorted values replaced by a sketch, when that is smaller. */
export function compactNumericProfile(
  profile: NumericProfile,
  maxRankError: number,
): NumericProfile {
  if (profile.sketch || profile.distinct <= exactDistinctLimit(maxRankError)) return profile;
  const { distinct, counts } = distinctCountsSorted(profile.sorted);
  return {
    ...profile,
    sorted: new Float64Array(0),
    sketch: quantileSketchFromCounts(distinct, counts, maxRankError),
  };
}

/** Names of the columns whose KS results will be approximate. */
export function sketchedColumns(profile: SavedProfile): string[] {
  return profile.columns
    .filter((c) => c.kind === 'numeric' && c.sketch !== undefined)
    .map((c) => c.name);
}
