/**
 * What one drift check reads: both tables, the model's outputs and its baseline metrics.
 * Loaders (src/data) produce it and the analysis (src/detect) consumes it, so it lives
 * below both.
 */
import type { ModelOutputs } from './model-outputs.ts';
import type { Table } from './table.ts';

/** The model's metrics when it was trained or last validated (baseline) or now. */
export interface ModelMetrics {
  r2?: number;
  rmse?: number;
  mae?: number;
  accuracy?: number;
}

export interface DriftCheckInput {
  readonly reference: Table;
  readonly recent: Table;
  /** The model's recent predictions and the true outcomes, aligned with each other. */
  readonly modelOutputs?: ModelOutputs;
  /** The model's metrics when it was trained or last validated. */
  readonly baseline?: ModelMetrics;
  /** Columns holding predictions / the target: never tested as features. */
  readonly predictionColumn?: string;
  readonly targetColumn?: string;
}
