/** Number formatting shared by the text and Markdown renderers. */

/** A share as a percentage: 0.052 -> "5.2%", 0.37 -> "37%". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'n/a';
  const value = share * 100;
  if (Math.abs(value) >= 1e6) return `${value.toExponential(1)}%`;
  return `${Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(1)}%`;
}

/** A p-value: scientific below 0.001, else 3 significant digits; exact 0 stays "0". */
export function formatPValue(p: number): string {
  if (Number.isNaN(p)) return 'n/a';
  if (p === 0) return '0';
  if (p < 1e-3) return p.toExponential(2);
  return Number(p.toPrecision(3)).toString();
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
