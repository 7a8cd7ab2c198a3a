/**
 * Builds the model outputs (predictions + actuals) from wherever they came from:
 * separate arrays (.npy / CSV / JSON files) or columns of the recent table, and
 * checks that they line up with each other and with the recent rows.
 */
import { InputError } from './input-error.ts';
import type { Column, Table } from './table.ts';
import { findColumn } from './table.ts';

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
 * Resolves predictions and actuals; `undefined` when neither was given. Throws an
 * InputError when only one side was given, a column is missing, or lengths differ.
 */
export function resolveModelOutputs(
  recent: Table,
  predictions: OutputSource,
  actuals: OutputSource,
): ModelOutputs | undefined {
  if (predictions.kind === 'none' && actuals.kind === 'none') return undefined;
  if (predictions.kind === 'none' || actuals.kind === 'none') {
    const given = predictions.kind === 'none' ? 'actuals' : 'predictions';
    const missing = predictions.kind === 'none' ? 'predictions' : 'actuals';
    throw new InputError(
      `Recent ${given} were given without recent ${missing}: both are needed to score the model (or give neither).`,
    );
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

interface Side {
  values: Float64Array;
  source: string;
  /** For a categorical column: label of each code (NaN marks missing). */
  labels?: readonly string[];
}

function side(recent: Table, source: OutputSource, role: string): Side {
  if (source.kind === 'array') return { values: source.values, source: source.source };
  if (source.kind === 'none') throw new Error('unreachable');
  const column: Column | undefined = findColumn(recent, source.column);
  if (!column) {
    throw new InputError(
      `${recent.source}: no column '${source.column}' for the ${role}. Columns are: ${recent.columns.map((c) => c.name).join(', ')}.`,
    );
  }
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
