/**
 * Checks that every entry is a p-value in [0, 1] and throws naming the first that is not
 * (NaN included: a missing p-value must be decided by the caller, not silently ranked).
 *
 * @param pValues - the p-values to check.
 * @param caller - the public function's name, for error messages.
 */
export function assertPValues(pValues: ArrayLike<number>, caller: string): void {
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i];
    if (!(p >= 0 && p <= 1)) {
      throw new Error(`${caller}: pValues[${i}] is ${p}, expected a p-value in [0, 1].`);
    }
  }
}
