/**
 * What one drift check reads: both tables, the model's outputs and its baseline metrics.
 * Loaders (src/data) produce it and the analysis (src/detect) consumes it, so it lives
 * below both.
 */
import type { ModelOutputs } from './model-outputs.ts';
import type { CheckTable } from './table.ts';

/** The model's metrics when it was trained or last validated (baseline) or now. */
export interface ModelMetrics {
  r2?: number;
  rmse?: number;
  mae?: number;
  accuracy?: number;
}

export interface DriftCheckInput {
  /** Numeric columns may be left unread (see UnreadNumericColumn) when the caller examines them itself. */
  readonly reference: CheckTable;
  readonly recent: CheckTable;
  /** The model's recent predictions and the true outcomes, aligned with each other. */
  readonly modelOutputs?: ModelOutputs;
  /** The model's metrics when it was trained or last validated. */
  readonly baseline?: ModelMetrics;
  /** Columns holding predictions / the target: never tested as features. */
  readonly predictionColumn?: string;
  readonly targetColumn?: string;
  /**
   * The model's outputs for prediction drift (actuals not needed): the recent ones and
   * the reference ones. Without it, the recent side is `modelOutputs.predictions` or
   * the prediction column of the recent data, and the reference side the prediction
   * column of the reference data when it has one.
   */
  readonly predictions?: PredictionSides;
}

/** One side of the model's outputs: numbers, or class codes with their labels. */
export interface PredictionValues {
  /** One value per row; NaN is missing. With `labels`, value i stands for labels[i]. */
  readonly values: Float64Array;
  readonly labels?: readonly string[];
  /** Where they came from, for people: a file, or `reference.csv column 'pred'`. */
  readonly source: string;
}

/** The recent predictions and, when known, the reference predictions. */
export interface PredictionSides {
  readonly recent: PredictionValues;
  readonly reference?: PredictionValues;
}
