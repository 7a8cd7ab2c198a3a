/** Number formatting shared by the text and Markdown renderers. */

/** A share as a percentage: 0.052 -> "5.2%", 0.37 -> "37%". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'n/a';
  const value = share * 100;
  if (Math.abs(value) >= 1e6) return `${value.toExponential(1)}%`;
  return `${Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(1)}%`;
}

/**
 * Below this a p-value is shown as `< 1e-300`: the survival functions lose all
 * relative precision near the smallest normal double (2.2e-308), so `3.01e-322` or an
 * underflowed `0` are artefacts of floating point, not measurements.
 */
export const SMALLEST_SHOWN_P_VALUE = 1e-300;

/**
 * A p-value: 3 significant digits, scientific below 0.001, and `< 1e-300` for
 * anything smaller (including an underflowed 0): never `0`, never a denormal.
 *
 * @example
 * formatPValue(0); // => '< 1e-300'
 * formatPValue(2.38e-6); // => '2.38e-6'
 */
export function formatPValue(p: number): string {
  if (Number.isNaN(p)) return 'n/a';
  if (p < SMALLEST_SHOWN_P_VALUE) return `< 1e-300`;
  if (p < 1e-3) return p.toExponential(2);
  return Number(p.toPrecision(3)).toString();
}

const counts = new Intl.NumberFormat('en-US');

/** A count with thousands separators: 1234567 -> "1,234,567". */
export function formatCount(count: number): string {
  return Number.isFinite(count) ? counts.format(count) : String(count);
}

/**
 * A value in the data's own units, for people: thousands separators, at most 4
 * significant digits, never exponent form between 1e-4 and 1e15.
 *
 * @example
 * formatValue(52134.567); // => '52,135'
 * formatValue(0.000692); // => '0.000692'
 */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const abs = Math.abs(value);
  if (value !== 0 && (abs < 1e-4 || abs >= 1e15)) return value.toExponential(2);
  const rounded = Number(value.toPrecision(4));
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 }).format(rounded);
}

/**
 * A cost: two decimals from 1 up (`1,234.50`), 2 significant digits below
 * (`0.00069`), never exponent form.
 *
 * @example
 * formatCost(6.925e-4); // => '0.00069'
 */
export function formatCost(cost: number | null | undefined): string {
  if (cost === null || cost === undefined || !Number.isFinite(cost)) return 'n/a';
  if (Math.abs(cost) >= 1)
    return new Intl.NumberFormat('en-US', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(cost);
  if (cost === 0) return '0';
  return new Intl.NumberFormat('en-US', {
    maximumSignificantDigits: 2,
    maximumFractionDigits: 20,
  }).format(cost);
}

/**
 * The change between two shares in percentage points, signed: 0.05 -> 0.13 is
 * `+8.0 pp`. A rate that rose from 5% to 13% rose 8 points, not "159%".
 */
export function formatPointChange(from: number, to: number): string {
  const points = (to - from) * 100;
  const text = Math.abs(points) >= 10 ? points.toFixed(0) : points.toFixed(1);
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${text.replace('-', '')} pp`;
}

/**
 * A UTC time for tables and titles, `2026-05-01 06:00 UTC`, with no-break spaces
 * and a no-break hyphen so it never wraps in a narrow cell.
 */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return noWrap(`${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
}

/**
 * Text that must not wrap in HTML (a UUID, a timestamp): no-break hyphens (U+2011)
 * and no-break spaces. Only for display; a value meant to be copied goes in code.
 */
export function noWrap(text: string): string {
  return text.replace(/-/g, '\u2011').replace(/ /g, '\u00a0');
}

/** A statistic or metric, 4 significant digits. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

/**
 * The sentence that says which KS results were computed against a compact profile's
 * quantile sketch, and how far off they can be; undefined when every result is exact.
 */
export function approximationNote(
  features: readonly { name: string; approximate?: { rankErrorBound: number } }[],
): string | undefined {
  const approximate = features.filter((f) => f.approximate);
  if (approximate.length === 0) return undefined;
  const bound = Math.max(...approximate.map((f) => f.approximate!.rankErrorBound));
  return `≈ approximate: the KS results of ${approximate.map((f) => f.name).join(', ')} were computed against a compact reference profile's quantile sketch; each statistic is within ±${formatNumber(bound)} of the exact value, and p-values are those of the estimate.`;
}
