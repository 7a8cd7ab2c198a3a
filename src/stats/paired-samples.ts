/**
 * Checks a pair of equally long, non-empty samples of model outcomes (actual vs
 * predicted) and, when `finite` is set, that every value is a finite number, as
 * scikit-learn's metrics require (they raise on NaN and infinity). Rows with a missing
 * actual or prediction must be dropped by the caller before computing a metric.
 *
 * @param caller - the public function's name, for error messages.
 * @throws Error naming both lengths on a mismatch or an empty input, or the array, index
 *   and value of a non-finite entry.
 */
export function assertPairedSamples(
  actual: ArrayLike<unknown>,
  predicted: ArrayLike<unknown>,
  caller: string,
  finite: boolean,
): void {
  if (actual.length !== predicted.length || actual.length === 0) {
    throw new Error(
      `${caller}: actual has ${actual.length} values and predicted has ${predicted.length}, expected the same non-zero length.`,
    );
  }
  if (!finite) return;
  for (const [name, values] of [
    ['actual', actual],
    ['predicted', predicted],
  ] as const) {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`${caller}: ${name}[${i}] is ${String(value)}, expected a finite number.`);
      }
    }
  }
}
