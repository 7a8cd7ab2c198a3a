import { InputError } from '../shared/input-error.ts';
import { parseBaselineMetrics } from '../data/parse-baseline-metrics.ts';
import type { MetricValues } from '../events/event-records.ts';
import type { ModelMetrics } from './validate-retrained-model.ts';

/** Metrics a training command wrote. */
export interface ParsedModelMetrics {
  /** The metrics validation compares (`r2`, `rmse`, `mae`, `accuracy`), range-checked. */
  metrics: ModelMetrics;
  /** Everything numeric in the file, for the event log's `metrics_after`. */
  recorded: MetricValues;
}

const KNOWN = ['r2', 'rmse', 'mae', 'accuracy'];

/**
 * Parses the metrics JSON a training command wrote, e.g. `{"r2": 0.91, "rmse": 0.31}`.
 * Unlike the baseline file, other keys are allowed (scripts also log sample counts,
 * losses...) and kept in `recorded`; but at least one of `r2`, `rmse`, `mae`,
 * `accuracy` must be there, each in its valid range, or there is nothing to validate.
 *
 * @example
 * parseModelMetrics('{"r2": 0.91, "rmse": 0.31, "epochs": 12}', 'metrics.json');
 * // => { metrics: { r2: 0.91, rmse: 0.31 }, recorded: { r2: 0.91, rmse: 0.31, epochs: 12 } }
 */
export function parseModelMetrics(text: string, source: string): ParsedModelMetrics {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source}: the training command's metrics file is not valid JSON (${(error as Error).message}); expected an object such as {"r2": 0.91, "rmse": 0.31}.`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(
      `${source}: ${JSON.stringify(data)} is not a JSON object; expected an object such as {"r2": 0.91, "rmse": 0.31}.`,
    );
  }
  const entries = Object.entries(data as Record<string, unknown>);
  const known = Object.fromEntries(entries.filter(([key]) => KNOWN.includes(key)));
  if (Object.keys(known).length === 0) {
    throw new InputError(
      `${source}: no model metric in ${JSON.stringify(Object.keys(data))}; expected at least one of ${KNOWN.join(', ')}.`,
    );
  }
  const metrics = parseBaselineMetrics(JSON.stringify(known), source);
  const recorded: MetricValues = {};
  for (const [key, value] of entries) {
    if (typeof value === 'number' && Number.isFinite(value)) recorded[key] = value;
  }
  return { metrics, recorded };
}
