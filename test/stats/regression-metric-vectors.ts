import { readVectors } from './assert-close.ts';

/** A case of test/fixtures/vectors/regression-metrics.json (scikit-learn 1.2.1). */
export interface RegressionCase {
  name: string;
  actual: number[];
  predicted: number[];
  rSquared: number | null;
  rootMeanSquaredError: number;
  meanAbsoluteError: number;
}

export const regressionCases = readVectors<RegressionCase>('regression-metrics');
