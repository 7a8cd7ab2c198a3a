/**
 * Builds the model outputs (predictions + actuals) from wherever they came from:
 * separate arrays (.npy / CSV / JSON files) or columns of the recent table, and
 * checks that they line up with each other and with the recent rows.
 */
import { InputError } from './input-error.ts';
import type { CheckColumn, CheckTable } from './table.ts';
import { findColumn, loadedColumn } from './table.ts';
import type { PredictionSides, PredictionValues } from './drift-check-input.ts';

/** Recent predictions and actual outcomes, aligned index by index. */
export interface ModelOutputs {
  readonly predictions: Float64Array;
  readonly actuals: Float64Array;
  /**
   * Set when predictions and actuals are class labels read as text: code i stands
   * for `labels[i]` in both arrays, so such a model can only be a classifier.
   */
  readonly labels?: readonly string[];
}

/** One side (predictions or actuals): an array from a file, or a column name of the recent table. */
export type OutputSource =
  | { readonly kind: 'array'; readonly values: Float64Array; readonly source: string }
  | { readonly kind: 'column'; readonly column: string }
  | { readonly kind: 'none' };

/**
 * Resolves predictions and actuals for scoring the model; `undefined` when either is
 * missing: predictions without actuals are not scored but still give prediction drift
 * (resolvePredictionSides), since labels usually arrive days late. Throws an
 * InputError when actuals come without predictions, a column is missing, or lengths
 * differ.
 */
export function resolveModelOutputs(
  recent: CheckTable,
  predictions: OutputSource,
  actuals: OutputSource,
): ModelOutputs | undefined {
  if (predictions.kind === 'none' && actuals.kind === 'none') return undefined;
  if (predictions.kind === 'none') {
    throw new InputError(
      'Recent actuals were given without recent predictions: both are needed to score the model (predictions alone give prediction drift).',
    );
  }
  if (actuals.kind === 'none') {
    // Checked here so a bad column or length is reported even before actuals exist.
    recentPredictionValues(recent, predictions);
    return undefined;
  }
  const p = side(recent, predictions, 'predictions');
  const a = side(recent, actuals, 'actuals');
  if (p.values.length !== a.values.length) {
    throw new InputError(
      `${p.source} has ${p.values.length} predictions but ${a.source} has ${a.values.length} actuals: they must have one value per recent row each.`,
    );
  }
  if (p.values.length !== recent.rowCount) {
    throw new InputError(
      `${p.source} has ${p.values.length} values but ${recent.source} has ${recent.rowCount} rows: predictions and actuals must have one value per recent row.`,
    );
  }
  if (p.labels || a.labels) {
    return sharedLabelSpace(p, a);
  }
  return { predictions: p.values, actuals: a.values };
}

/**
 * The model's outputs for prediction drift: the recent predictions (a file or a column
 * of the recent data, one per recent row) and the reference predictions (a file of
 * the deployed model's outputs on the reference data or a trusted window, any
 * length). `undefined` without recent predictions. Without a reference file, the
 * check reads the prediction column of the reference data when it has one.
 */
export function resolvePredictionSides(
  recent: CheckTable,
  predictions: OutputSource,
  referencePredictions: OutputSource,
): PredictionSides | undefined {
  if (predictions.kind === 'none') {
    if (referencePredictions.kind !== 'none') {
      throw new InputError(
        'Reference predictions were given without recent predictions: give recent-predictions or prediction-column too.',
      );
    }
    return undefined;
  }
  const recentSide = recentPredictionValues(recent, predictions);
  if (referencePredictions.kind !== 'array') return { recent: recentSide };
  return {
    recent: recentSide,
    reference: { values: referencePredictions.values, source: referencePredictions.source },
  };
}

function recentPredictionValues(recent: CheckTable, source: OutputSource): PredictionValues {
  const s = side(recent, source, 'predictions');
  if (s.values.length !== recent.rowCount) {
    throw new InputError(
      `${s.source} has ${s.values.length} predictions but ${recent.source} has ${recent.rowCount} rows: predictions must have one value per recent row.`,
    );
  }
  return { values: s.values, source: s.source, ...(s.labels ? { labels: s.labels } : {}) };
}

interface Side {
  values: Float64Array;
  source: string;
  /** For a categorical column: label of each code (NaN marks missing). */
  labels?: readonly string[];
}

function side(recent: CheckTable, source: OutputSource, role: string): Side {
  if (source.kind === 'array') return { values: source.values, source: source.source };
  if (source.kind === 'none') throw new Error('unreachable');
  const found: CheckColumn | undefined = findColumn(recent, source.column);
  if (!found) {
    throw new InputError(
      `${recent.source}: no column '${source.column}' for the ${role}. Columns are: ${recent.columns.map((c) => c.name).join(', ')}.`,
    );
  }
  // The prediction and target columns are never left unread (load-drift-inputs.ts).
  const column = loadedColumn(found, recent);
  const where = `${recent.source} column '${column.name}'`;
  if (column.kind === 'numeric') return { values: column.values, source: where };
  const values = new Float64Array(column.codes.length);
  for (let i = 0; i < values.length; i++)
    values[i] = column.codes[i] < 0 ? Number.NaN : column.codes[i];
  return { values, source: where, labels: column.categories };
}

/** Re-codes two label columns (or a label column and numbers) into one shared label space. */
function sharedLabelSpace(p: Side, a: Side): ModelOutputs {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const recode = (s: Side) => {
    const out = new Float64Array(s.values.length);
    for (let i = 0; i < out.length; i++) {
      const v = s.values[i];
      if (v !== v) {
        out[i] = Number.NaN;
        continue;
      }
      const label = s.labels ? s.labels[v] : String(v);
      let code = index.get(label);
      if (code === undefined) {
        code = labels.length;
        labels.push(label);
        index.set(label, code);
      }
      out[i] = code;
    }
    return out;
  };
  return { predictions: recode(p), actuals: recode(a), labels };
}
