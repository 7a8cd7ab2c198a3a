/**
 * Scores the model on its recent predictions against the true outcomes, and decides
 * whether it is a regressor or a classifier.
 */
import { rSquared } from '../stats/r-squared.ts';
import { rootMeanSquaredError } from '../stats/root-mean-squared-error.ts';
import { meanAbsoluteError } from '../stats/mean-absolute-error.ts';
import { accuracy } from '../stats/accuracy.ts';
import { InputError } from '../shared/input-error.ts';
import type { DetectionConfig } from './detection-config.ts';
import type { MetricsReport, ModelMetrics } from './drift-report.ts';
import type { ModelOutputs } from '../shared/model-outputs.ts';

export type { ModelOutputs } from '../shared/model-outputs.ts';

/**
 * The task: the config's, or with `auto` a classifier when the outputs are text
 * labels or the baseline has only `accuracy`, otherwise a regressor.
 */
export function resolveTask(
  outputs: ModelOutputs | undefined,
  baseline: ModelMetrics,
  config: Pick<DetectionConfig, 'task'>,
): MetricsReport['task'] {
  if (!outputs) return 'none';
  if (config.task !== 'auto') return config.task;
  if (outputs.labels) return 'classification';
  const regressionBaseline =
    baseline.r2 !== undefined || baseline.rmse !== undefined || baseline.mae !== undefined;
  return baseline.accuracy !== undefined && !regressionBaseline ? 'classification' : 'regression';
}

/** Metrics of the recent predictions; pairs where either side is missing (NaN) are left out. */
export function scoreModel(
  outputs: ModelOutputs | undefined,
  baseline: ModelMetrics,
  config: Pick<DetectionConfig, 'task'>,
): MetricsReport {
  const task = resolveTask(outputs, baseline, config);
  if (!outputs || task === 'none') return { task: 'none', current: {}, baseline, count: 0 };
  assertNoInfinity(outputs.predictions, 'predictions');
  assertNoInfinity(outputs.actuals, 'actuals');
  const { predictions, actuals } = dropMissingPairs(outputs.predictions, outputs.actuals);
  if (predictions.length === 0) return { task, current: {}, baseline, count: 0 };
  const current: ModelMetrics =
    task === 'classification'
      ? { accuracy: accuracy(actuals, predictions) }
      : {
          r2: rSquared(actuals, predictions),
          rmse: rootMeanSquaredError(actuals, predictions),
          mae: meanAbsoluteError(actuals, predictions),
        };
  return { task, current, baseline, count: predictions.length };
}

/**
 * scikit-learn rejects infinite predictions and targets; checked here, before missing
 * pairs are dropped, so the message names the recent row rather than a shifted index.
 */
function assertNoInfinity(values: Float64Array, role: string): void {
  for (let i = 0; i < values.length; i++) {
    if (values[i] === Infinity || values[i] === -Infinity) {
      throw new InputError(
        `Recent ${role}: row ${i + 1} is ${values[i]}; expected a finite number or a missing value.`,
      );
    }
  }
}

function dropMissingPairs(predictions: Float64Array, actuals: Float64Array) {
  let keep = 0;
  for (let i = 0; i < predictions.length; i++) {
    if (predictions[i] === predictions[i] && actuals[i] === actuals[i]) keep++;
  }
  if (keep === predictions.length) return { predictions, actuals };
  const p = new Float64Array(keep);
  const a = new Float64Array(keep);
  let j = 0;
  for (let i = 0; i < predictions.length; i++) {
    if (predictions[i] === predictions[i] && actuals[i] === actuals[i]) {
      p[j] = predictions[i];
      a[j] = actuals[i];
      j++;
    }
  }
  return { predictions: p, actuals: a };
}
