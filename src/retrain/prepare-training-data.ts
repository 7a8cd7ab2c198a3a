/**
 * Writes the training set of a retraining run: the reference rows, then the recent
 * rows with their actual outcomes as the target, in one CSV with the reference's
 * columns in the reference's order. The plan (which column comes from where, what is
 * wrong with the schema) is pure; only {@link prepareTrainingData} touches the disk.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import { InputError } from '../shared/input-error.ts';
import type { Column, Table } from '../shared/table.ts';

/** Recent target values from an actuals file, one per recent row. */
export interface RecentActuals {
  values: Float64Array;
  /** The file, named in messages. */
  source: string;
}

/** Options of {@link planTrainingData}. */
export interface TrainingDataOptions {
  reference: Table;
  recent: Table;
  /**
   * Name of the target column in the reference and in the written file. Without
   * `recentActuals` the recent rows take it from their own column of that name.
   */
  targetColumn?: string;
  /** The recent rows' targets, when they come from a separate file. */
  recentActuals?: RecentActuals;
}

/** How one output column is filled for each part. */
export interface PlannedColumn {
  name: string;
  reference: Column | undefined;
  /** A recent column, the actuals, or nothing (written as missing). */
  recent: Column | RecentActuals | undefined;
}

export interface TrainingDataPlan {
  columns: PlannedColumn[];
  /** The target column's name in the output, if there is a target. */
  targetColumn: string | undefined;
  /** Schema problems that were repaired (a missing column filled as missing), for the summary. */
  warnings: string[];
}

/** The default target name when the actuals come from a file and the reference does not say. */
export const DEFAULT_TARGET_COLUMN = 'target';

/**
 * Decides the training set's columns. The target is named `targetColumn` when given;
 * with an actuals file but no name it is the one reference column the recent data
 * lacks (the usual layout: the reference keeps its labels, production data has none),
 * else `target`. A reference column that the recent data lacks is filled as missing
 * and listed in `warnings`; recent columns the reference does not have are dropped
 * (listed too). A column numeric in the reference but text in the recent data is an
 * InputError; the other way round is accepted, since any number is a valid label.
 *
 * @throws InputError naming the column and both files on a type change, when
 *   `targetColumn` is not a reference column, or when the actuals do not match the
 *   recent row count.
 */
export function planTrainingData(options: TrainingDataOptions): TrainingDataPlan {
  const { reference, recent, recentActuals } = options;
  const recentByName = new Map(recent.columns.map((column) => [column.name, column]));
  const referenceNames = new Set(reference.columns.map((column) => column.name));
  const warnings: string[] = [];

  let targetColumn = options.targetColumn;
  if (targetColumn !== undefined && !referenceNames.has(targetColumn)) {
    throw new InputError(
      `${reference.source}: no column '${targetColumn}' (the target column); expected one of ${[...referenceNames].join(', ')}.`,
    );
  }
  if (recentActuals) {
    if (recentActuals.values.length !== recent.rowCount) {
      throw new InputError(
        `${recentActuals.source}: ${recentActuals.values.length} actual values, expected one per row of ${recent.source} (${recent.rowCount}).`,
      );
    }
    if (targetColumn === undefined) {
      const lacking = reference.columns.filter((column) => !recentByName.has(column.name));
      targetColumn = lacking.length === 1 ? lacking[0].name : DEFAULT_TARGET_COLUMN;
    }
  }

  const columns: PlannedColumn[] = [];
  for (const column of reference.columns) {
    if (recentActuals && column.name === targetColumn) {
      columns.push({ name: column.name, reference: column, recent: recentActuals });
      continue;
    }
    const other = recentByName.get(column.name);
    if (other === undefined) {
      warnings.push(
        `${recent.source} has no column '${column.name}'; its recent rows are written as missing.`,
      );
    } else if (column.kind === 'numeric' && other.kind === 'categorical') {
      const example = other.categories.find((label) => Number.isNaN(Number(label)));
      throw new InputError(
        `${recent.source}: column '${column.name}' holds text${example === undefined ? '' : ` such as ${JSON.stringify(example)}`}, but it is numeric in ${reference.source}. Expected numbers, as in the reference data.`,
      );
    }
    columns.push({ name: column.name, reference: column, recent: other });
  }
  if (recentActuals && targetColumn !== undefined && !referenceNames.has(targetColumn)) {
    columns.push({ name: targetColumn, reference: undefined, recent: recentActuals });
    warnings.push(
      `${reference.source} has no target column '${targetColumn}'; its rows are written with a missing target.`,
    );
  }
  const dropped = recent.columns
    .map((column) => column.name)
    .filter((name) => !referenceNames.has(name) && name !== targetColumn);
  if (dropped.length > 0) {
    warnings.push(
      `${recent.source} columns not in ${reference.source} are left out: ${dropped.join(', ')}.`,
    );
  }
  return { columns, targetColumn, warnings };
}

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a double quote,
 * CR or LF, with inner quotes doubled; otherwise as is.
 *
 * @example
 * formatCsvField('Old Town, "east"'); // => '"Old Town, ""east"""'
 */
export function formatCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell as text: numbers in their shortest round-trip form, missing as an empty field. */
function cellText(source: Column | RecentActuals | undefined, row: number): string {
  if (source === undefined) return '';
  if ('kind' in source && source.kind === 'categorical') {
    const code = source.codes[row];
    return code < 0 ? '' : formatCsvField(source.categories[code]);
  }
  const value = source.values[row];
  return Number.isNaN(value) ? '' : String(value);
}

/** What {@link prepareTrainingData} wrote. */
export interface PreparedTrainingData {
  path: string;
  /** The header and the recent rows alone, when asked for: a promoted model's new reference. */
  recentRowsPath?: string;
  columns: string[];
  targetColumn: string | undefined;
  referenceRows: number;
  recentRows: number;
  warnings: string[];
}

/** Lines are written in chunks of about this many characters, so memory stays flat on large data. */
const CHUNK_CHARS = 1 << 20;

/** Writes the header and the rows of `parts`, in that order, to `path`. */
async function writeTrainingCsv(
  path: string,
  plan: TrainingDataPlan,
  options: TrainingDataOptions,
  parts: readonly ('reference' | 'recent')[],
): Promise<void> {
  const out = fs.createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {}); // observed through the races below; this only silences "unhandled"
  const write = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  let chunk = plan.columns.map((column) => formatCsvField(column.name)).join(',') + '\n';
  for (const part of parts) {
    const rows = part === 'reference' ? options.reference.rowCount : options.recent.rowCount;
    for (let row = 0; row < rows; row++) {
      chunk += plan.columns.map((column) => cellText(column[part], row)).join(',') + '\n';
      if (chunk.length >= CHUNK_CHARS) {
        await write(chunk);
        chunk = '';
      }
    }
  }
  out.end(chunk);
  await Promise.race([once(out, 'finish'), failed]);
}

/**
 * Plans (see {@link planTrainingData}) and writes the training CSV to `path`; with
 * `recentRowsPath`, also the recent rows alone (same columns, targets included), which
 * a promoted model takes as its new reference (issue 9: the population it now serves).
 */
export async function prepareTrainingData(
  path: string,
  options: TrainingDataOptions & { recentRowsPath?: string },
): Promise<PreparedTrainingData> {
  const plan = planTrainingData(options);
  await writeTrainingCsv(path, plan, options, ['reference', 'recent']);
  if (options.recentRowsPath) {
    await writeTrainingCsv(options.recentRowsPath, plan, options, ['recent']);
  }
  return {
    path,
    ...(options.recentRowsPath ? { recentRowsPath: options.recentRowsPath } : {}),
    columns: plan.columns.map((column) => column.name),
    targetColumn: plan.targetColumn,
    referenceRows: options.reference.rowCount,
    recentRows: options.recent.rowCount,
    warnings: plan.warnings,
  };
}
