import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The tolerance every statistic promises against its SciPy / scikit-learn reference. */
export const REFERENCE_RELATIVE_TOLERANCE = 1e-9;

/**
 * Asserts `|actual - expected| <= relativeTolerance · |expected|`; an expected 0 must be
 * exactly 0 and an expected `null` (NaN in the fixture, which JSON cannot hold) NaN.
 */
export function assertClose(
  actual: number,
  expected: number | null,
  label: string,
  relativeTolerance = REFERENCE_RELATIVE_TOLERANCE,
): void {
  if (expected === null) {
    assert.ok(Number.isNaN(actual), `${label}: expected NaN, got ${actual}`);
    return;
  }
  const error = Math.abs(actual - expected);
  assert.ok(
    error <= relativeTolerance * Math.abs(expected),
    `${label}: got ${actual}, expected ${expected} (relative error ${error / Math.abs(expected)})`,
  );
}

/** Reads `test/fixtures/vectors/<name>.json`, written by scripts/vectors/stats.py. */
export function readVectors<Case>(name: string): Case[] {
  const url = new URL(`../fixtures/vectors/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: Case[] }).cases;
}
