/**
 * Loads everything a drift check reads from disk, for the CLI and the action alike:
 * the reference and recent tables (concurrently, through loadTable), the predictions and actuals (files
 * or columns of the recent CSV) and the baseline metrics.
 */
import type { DriftCheckInput } from '../shared/drift-check-input.ts';
import { resolveModelOutputs, resolvePredictionSides } from '../shared/model-outputs.ts';
import type { OutputSource } from '../shared/model-outputs.ts';
import { InputError } from '../shared/input-error.ts';
import type { CheckTable, Table } from '../shared/table.ts';
import { detectTableFormat, loadTable, readTableHeader } from './load-table.ts';
import type { TableOptions } from './load-table.ts';
import { loadParquetLeavingUnread, readParquetSchema } from './load-parquet.ts';
import { loadNumberArray } from './load-number-array.ts';
import { loadBaselineMetrics } from './parse-baseline-metrics.ts';
import type { CsvDelimiter } from './csv-stream-parser.ts';

export interface DriftInputSources {
  /** Path of the training (reference) data: CSV (optionally `.csv.gz`) or another format loadTable reads. */
  readonly referenceData: string;
  /** Path of the recent (production) data. */
  readonly recentData: string;
  /** `.npy`, `.csv` or `.json` file of recent predictions. */
  readonly recentPredictions?: string;
  /** `.npy`, `.csv` or `.json` file of the model's predictions on the reference data, for prediction drift. */
  readonly referencePredictions?: string;
  /** `.npy`, `.csv` or `.json` file of recent actual outcomes. */
  readonly recentActuals?: string;
  /** Column of the recent CSV holding predictions (instead of a file). */
  readonly predictionColumn?: string;
  /** Column of the recent CSV holding actual outcomes (instead of a file). */
  readonly targetColumn?: string;
  /** Inline JSON (`{"r2": 0.85}`) or a path to a JSON file. */
  readonly baselineMetrics?: string;
  /** Cell texts read as missing on top of pandas' default markers (`na-values`). */
  readonly naValues?: readonly string[];
  /** Columns forced categorical / numeric in both tables. */
  readonly categorical?: readonly string[];
  readonly numeric?: readonly string[];
  /**
   * Sides already loaded elsewhere (a recent window read through an engine, a
   * placeholder for a reference given as a profile): used instead of reading the file.
   */
  readonly preloaded?: { readonly reference?: Table; readonly recent?: Table };
  /** Text encoding of the CSV files (`encoding` option); default UTF-8. */
  readonly encoding?: string;
  /** Field separator of the CSV files (`delimiter` option); default `auto`. */
  readonly delimiter?: CsvDelimiter;
  /**
   * When both sides are Parquet inputs read here, leave the numeric columns they share
   * (but the prediction and target columns, and those the typing options name) in their
   * files, as UnreadNumericColumns that the caller examines one column at a time:
   * analyzeDriftReadingColumns (engines/parquet-column-scan.ts), as the CLI and the
   * action do. Other inputs load whole. Default false: analyzeDrift alone cannot read them.
   */
  readonly leaveColumnsUnread?: boolean;
  /** Progress of the file reads, for a terminal progress indicator. */
  readonly onProgress?: (file: string, bytesRead: number, totalBytes: number) => void;
}

export async function loadDriftInputs(sources: DriftInputSources): Promise<DriftCheckInput> {
  const typed = await typedColumnsPerFile(sources);
  const tableOptions = (path: string): TableOptions => ({
    categorical: typed.get(path)?.categorical,
    numeric: typed.get(path)?.numeric,
    naValues: sources.naValues,
    encoding: sources.encoding,
    delimiter: sources.delimiter,
    onProgress: sources.onProgress
      ? (read: number, total: number) => sources.onProgress?.(path, read, total)
      : undefined,
  });
  const unread = await columnsToLeaveUnread(sources);
  const load = (path: string): Promise<CheckTable> =>
    unread
      ? loadParquetLeavingUnread(path, tableOptions(path), unread)
      : loadTable(path, tableOptions(path));
  const [reference, recent, predictionValues, actualValues, referencePredictionValues] =
    await Promise.all([
      sources.preloaded?.reference ?? load(sources.referenceData),
      sources.preloaded?.recent ?? load(sources.recentData),
      sources.recentPredictions ? loadNumberArray(sources.recentPredictions) : undefined,
      sources.recentActuals ? loadNumberArray(sources.recentActuals) : undefined,
      sources.referencePredictions ? loadNumberArray(sources.referencePredictions) : undefined,
    ]);
  const side = (
    values: Float64Array | undefined,
    path: string | undefined,
    column: string | undefined,
  ): OutputSource =>
    values && path
      ? { kind: 'array', values, source: path }
      : column
        ? { kind: 'column', column }
        : { kind: 'none' };
  const predictionSource = side(
    predictionValues,
    sources.recentPredictions,
    sources.predictionColumn,
  );
  const modelOutputs = resolveModelOutputs(
    recent,
    predictionSource,
    side(actualValues, sources.recentActuals, sources.targetColumn),
  );
  const predictions = resolvePredictionSides(
    recent,
    predictionSource,
    side(referencePredictionValues, sources.referencePredictions, undefined),
  );
  const baseline = sources.baselineMetrics
    ? await loadBaselineMetrics(sources.baselineMetrics)
    : {};
  return {
    reference,
    recent,
    modelOutputs,
    ...(predictions ? { predictions } : {}),
    baseline,
    predictionColumn: sources.predictionColumn,
    targetColumn: sources.targetColumn,
  };
}

/**
 * The numeric columns to leave in the files (see `leaveColumnsUnread`): those numeric in
 * both Parquet inputs, so they pair as features, but the model's outputs and the columns
 * the typing options retype. Columns on one side only, or numeric on one side only,
 * load whole: the check looks at their values for roles and type-change findings.
 * `undefined` when nothing is left unread; a schema that cannot be read is reported by
 * the whole read, as without this option.
 */
async function columnsToLeaveUnread(
  sources: DriftInputSources,
): Promise<ReadonlySet<string> | undefined> {
  if (!sources.leaveColumnsUnread || sources.preloaded?.reference || sources.preloaded?.recent) {
    return undefined;
  }
  const paths = [sources.referenceData, sources.recentData];
  try {
    const formats = await Promise.all(paths.map((path) => detectTableFormat(path)));
    if (formats.some((format) => format !== 'parquet')) return undefined;
    const [reference, recent] = await Promise.all(paths.map((path) => readParquetSchema(path)));
    const loadedWhole = new Set([
      ...(sources.predictionColumn !== undefined ? [sources.predictionColumn] : []),
      ...(sources.targetColumn !== undefined ? [sources.targetColumn] : []),
      ...(sources.categorical ?? []),
      ...(sources.numeric ?? []),
    ]);
    const recentNumeric = new Set(recent.filter((c) => c.numeric).map((c) => c.name));
    const names = new Set(
      reference
        .filter((c) => c.numeric && recentNumeric.has(c.name) && !loadedWhole.has(c.name))
        .map((c) => c.name),
    );
    return names.size > 0 ? names : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `--categorical` / `--numeric` names per file: a column added or removed between the
 * reference and the recent data is a schema finding, not an error, so a name only has
 * to be in one of the two headers; a name in neither is a typo and an InputError.
 */
async function typedColumnsPerFile(
  sources: DriftInputSources,
): Promise<Map<string, { categorical?: readonly string[]; numeric?: readonly string[] }>> {
  const lists = { categorical: sources.categorical ?? [], numeric: sources.numeric ?? [] };
  const result = new Map<
    string,
    { categorical?: readonly string[]; numeric?: readonly string[] }
  >();
  if (lists.categorical.length + lists.numeric.length === 0) return result;
  const paths = [
    ...(sources.preloaded?.reference ? [] : [sources.referenceData]),
    ...(sources.preloaded?.recent ? [] : [sources.recentData]),
  ];
  if (paths.length < 2) {
    for (const path of paths) result.set(path, lists);
    return result;
  }
  const headers = await Promise.all(
    paths.map((path) =>
      readTableHeader(path, { encoding: sources.encoding, delimiter: sources.delimiter }),
    ),
  );
  // A file without a header fails to load with its own, clearer message.
  if (headers.some((header) => header.length === 0)) {
    for (const path of paths) result.set(path, lists);
    return result;
  }
  for (const [option, names] of Object.entries(lists)) {
    for (const name of names) {
      if (!headers.some((header) => header.includes(name))) {
        throw new InputError(
          `The ${option} option names column "${name}", which is in neither ${paths[0]} nor ${paths[1]}; expected one of ${[...new Set(headers.flat())].map((x) => `"${x}"`).join(', ')}.`,
        );
      }
    }
  }
  paths.forEach((path, i) => {
    result.set(path, {
      categorical: lists.categorical.filter((name) => headers[i].includes(name)),
      numeric: lists.numeric.filter((name) => headers[i].includes(name)),
    });
  });
  return result;
}
