import { benjaminiHochberg } from './benjamini-hochberg.ts';
import { bonferroni } from './bonferroni.ts';
import { assertPValues } from './p-values.ts';

/**
 * The multiple-testing corrections a user can choose, by name:
 * - `'benjamini-hochberg'`: false discovery rate, see {@link benjaminiHochberg} (default
 *   in drift-sentinel);
 * - `'bonferroni'`: family-wise error rate, see {@link bonferroni};
 * - `'none'`: raw p-values, the original quick reference's behaviour.
 */
export const P_VALUE_ADJUSTMENT_METHODS = ['benjamini-hochberg', 'bonferroni', 'none'] as const;

/** One of {@link P_VALUE_ADJUSTMENT_METHODS}. */
export type PValueAdjustmentMethod = (typeof P_VALUE_ADJUSTMENT_METHODS)[number];

/**
 * Adjusts p-values for multiple testing with the named method (see
 * {@link P_VALUE_ADJUSTMENT_METHODS}).
 *
 * @param pValues - p-values in [0, 1].
 * @param method - the correction.
 * @returns adjusted p-values (a copy for `'none'`), same order and length.
 * @throws Error naming the index and value of a p-value that is NaN or outside [0, 1], or
 *   naming an unknown method.
 * @example
 * adjustPValues([0.01, 0.04], 'bonferroni'); // => Float64Array [0.02, 0.08]
 */
export function adjustPValues(
  pValues: ArrayLike<number>,
  method: PValueAdjustmentMethod,
): Float64Array {
  switch (method) {
    case 'benjamini-hochberg':
      return benjaminiHochberg(pValues);
    case 'bonferroni':
      return bonferroni(pValues);
    case 'none':
      assertPValues(pValues, 'adjustPValues');
      return Float64Array.from(pValues);
    default:
      throw new Error(
        `adjustPValues: unknown method '${String(method)}', expected one of ${P_VALUE_ADJUSTMENT_METHODS.join(', ')}.`,
      );
  }
}
