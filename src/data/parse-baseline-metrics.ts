import { readFile } from 'node:fs/promises';
import { fileInputError } from './file-input-error.ts';
import { InputError } from '../shared/input-error.ts';

/** The old model's metrics that a retrained model must beat. Every field is optional. */
export interface BaselineMetrics {
  /** Coefficient of determination; at most 1, may be negative. */
  r2?: number;
  /** Root mean squared error; finite and >= 0. */
  rmse?: number;
  /** Mean absolute error; finite and >= 0. */
  mae?: number;
  /** Fraction of correct predictions, in [0, 1]. */
  accuracy?: number;
}

const ALLOWED_KEYS = ['r2', 'rmse', 'mae', 'accuracy'] as const;
type MetricName = (typeof ALLOWED_KEYS)[number];

/** What each metric must satisfy, as a check and as words for the message. */
const RULES: Record<MetricName, { ok: (x: number) => boolean; expected: string }> = {
  r2: { ok: (x) => x <= 1, expected: 'a finite number at most 1' },
  rmse: { ok: (x) => x >= 0, expected: 'a finite number >= 0' },
  mae: { ok: (x) => x >= 0, expected: 'a finite number >= 0' },
  accuracy: { ok: (x) => x >= 0 && x <= 1, expected: 'a number between 0 and 1' },
};

/**
 * Parses baseline metrics from JSON text such as `{"r2": 0.87, "rmse": 4.2}`. Only the
 * keys `r2`, `rmse`, `mae` and `accuracy` are allowed, each a number in its valid range;
 * a typo such as `rsme` is an `InputError` naming the key rather than a silently
 * ignored baseline. `source` names the input in messages.
 *
 * @example
 * parseBaselineMetrics('{"r2": 0.87, "rmse": 4.2}'); // => { r2: 0.87, rmse: 4.2 }
 */
export function parseBaselineMetrics(text: string, source = 'baseline metrics'): BaselineMetrics {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source}: not valid JSON (${(error as Error).message}); expected an object such as {"r2": 0.87, "rmse": 4.2}.`,
    );
  }
  return checkBaselineMetrics(data, source);
}

/**
 * Checks baseline metrics given as a value (the library's `shouldRetrain`) by the same
 * rules as {@link parseBaselineMetrics} applies to JSON text, and returns a copy.
 *
 * @example
 * checkBaselineMetrics({ r2: 0.85 }, 'baselineMetrics'); // => { r2: 0.85 }
 */
export function checkBaselineMetrics(data: unknown, source = 'baseline metrics'): BaselineMetrics {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(
      `${source}: ${show(data)} is not a JSON object; expected a JSON object such as {"r2": 0.87, "rmse": 4.2}.`,
    );
  }
  const metrics: BaselineMetrics = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(ALLOWED_KEYS as readonly string[]).includes(key)) {
      throw new InputError(
        `${source}: unknown metric "${key}"; expected only ${ALLOWED_KEYS.join(', ')}.`,
      );
    }
    const name = key as MetricName;
    const rule = RULES[name];
    if (typeof value === 'number' && !Number.isFinite(value)) {
      // JSON has no infinities: only a literal beyond the largest double (1e400) gets here.
      throw new InputError(
        `${source}: "${name}" is out of range (not a finite number: it is beyond ±1.8e308, the largest double); expected ${rule.expected}.`,
      );
    }
    if (typeof value !== 'number' || !rule.ok(value)) {
      throw new InputError(`${source}: "${name}" is ${show(value)}; expected ${rule.expected}.`);
    }
    metrics[name] = value;
  }
  return metrics;
}

/** A value for messages; JSON would print an overflowed 1e400 (Infinity) as `null`. */
function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value) ?? String(value);
}

/**
 * Reads baseline metrics from an action input or CLI flag that holds either inline JSON
 * (it starts with `{`, or `[`, which is then refused as not an object rather than
 * looked up as a file) or the path of a JSON file. See {@link parseBaselineMetrics}.
 *
 * @example
 * await loadBaselineMetrics('{"accuracy": 0.93}'); // => { accuracy: 0.93 }
 */
export async function loadBaselineMetrics(valueOrPath: string): Promise<BaselineMetrics> {
  const trimmed = valueOrPath.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseBaselineMetrics(trimmed);
  let text: string;
  try {
    text = await readFile(trimmed, 'utf8');
  } catch (error) {
    throw fileInputError(trimmed, error);
  }
  return parseBaselineMetrics(text, trimmed);
}
