/**
 * What each signal observed, in the data's own units, and when it fires: shared by the
 * Markdown and terminal reports so both say the same thing. A classifier's error rate
 * and accuracy change in percentage points; a regressor's error in its own units with
 * the relative change. Pure; no escaping needed (numbers and fixed words only).
 */
import type { DriftReport, Signal } from '../detect/drift-report.ts';
import { effectSizeSymbol } from '../detect/feature-tests.ts';
import {
  formatCount,
  formatNumber,
  formatPValue,
  formatPercent,
  formatPointChange,
  formatValue,
} from './format.ts';

/** Observed value of a signal in the data's own units, and its threshold. */
export function signalCells(
  report: DriftReport,
  s: Signal,
  options: { readonly short?: boolean } = {},
): [string, string] {
  const { current, baseline, task } = report.metrics;
  const c = report.config;
  const arrow = (from: string, to: string, change: string) => `${from} → ${to} (${change})`;
  const relative = (from: number, to: number) => {
    const change = from === 0 ? Number.NaN : (to - from) / Math.abs(from);
    return Number.isFinite(change)
      ? `${change > 0 ? '+' : change < 0 ? '−' : '±'}${formatPercent(Math.abs(change))}`
      : 'n/a';
  };
  switch (s.name) {
    case 'data_drift':
      return [
        `${formatCount(report.featuresDrifted)} of ${formatCount(report.featuresTested)} features`,
        options.short
          ? `p<${c.dataDriftThreshold}, effect≥${c.minEffectSize}`
          : `adjusted p < ${c.dataDriftThreshold}, effect ≥ ${c.minEffectSize}`,
      ];
    case 'concept_drift': {
      if (
        task === 'classification' &&
        current.accuracy !== undefined &&
        baseline.accuracy !== undefined
      ) {
        const from = 1 - baseline.accuracy;
        const to = 1 - current.accuracy;
        return [
          `error rate ${arrow(formatPercent(from), formatPercent(to), formatPointChange(from, to))}`,
          `error +${formatPercent(c.conceptDriftThreshold)} (relative)`,
        ];
      }
      const key = current.mae !== undefined && baseline.mae !== undefined ? 'mae' : 'rmse';
      const from = baseline[key];
      const to = current[key];
      return [
        from === undefined || to === undefined
          ? formatPercent(s.value)
          : `${key.toUpperCase()} ${arrow(formatValue(from), formatValue(to), relative(from, to))}`,
        `+${formatPercent(c.conceptDriftThreshold)}`,
      ];
    }
    case 'performance_drop': {
      if (
        task === 'classification' &&
        current.accuracy !== undefined &&
        baseline.accuracy !== undefined
      ) {
        return [
          `accuracy ${arrow(formatPercent(baseline.accuracy), formatPercent(current.accuracy), formatPointChange(baseline.accuracy, current.accuracy))}`,
          `−${formatPercent(c.performanceThreshold)} (relative)`,
        ];
      }
      if (current.r2 !== undefined && baseline.r2 !== undefined)
        return [
          `R² ${arrow(formatValue(baseline.r2), formatValue(current.r2), relative(baseline.r2, current.r2))}`,
          `−${formatPercent(c.performanceThreshold)}`,
        ];
      return [formatPercent(s.value), `−${formatPercent(c.performanceThreshold)}`];
    }
    case 'rmse_increase':
      return [
        current.rmse !== undefined && baseline.rmse !== undefined
          ? `RMSE ${arrow(formatValue(baseline.rmse), formatValue(current.rmse), relative(baseline.rmse, current.rmse))}`
          : formatPercent(s.value),
        `+${formatPercent(c.rmseThreshold)}`,
      ];
    case 'outliers': {
      const reference = referenceOutlierShare(report);
      return [
        `${formatPercent(s.value)}${reference === null ? '' : ` (reference ${formatPercent(reference)})`}`,
        `${formatPercent(s.threshold)} beyond ${c.outlierZScore} SD`,
      ];
    }
    case 'data_quality': {
      const findings = report.dataQuality.filter((f) => f.grade !== 'info').length;
      return [
        `${formatCount(findings)} finding${findings === 1 ? '' : 's'} (${formatPercent(s.value)} of columns)`,
        'any finding',
      ];
    }
    case 'prediction_drift': {
      const drift = report.predictionDrift;
      const effect = `${effectSizeSymbol(drift.effectSizeName ?? '')} ${formatNumber(drift.effectSize)}`;
      return [
        drift.pValue === undefined
          ? effect
          : `${effect} (p ${formatPValue(drift.pValue).startsWith('<') ? '' : '= '}${formatPValue(drift.pValue)})`,
        `p < ${c.dataDriftThreshold}, effect ≥ ${c.minEffectSize}`,
      ];
    }
    default:
      return [formatPercent(s.value), formatPercent(s.threshold)];
  }
}

/** Share of reference numeric values that are outliers, weighted as the recent share is. */
export function referenceOutlierShare(report: DriftReport): number | null {
  let outliers = 0;
  let count = 0;
  for (const f of report.features) {
    if (f.referenceOutlierShare === undefined || f.skipped !== undefined) continue;
    outliers += f.referenceOutlierShare * f.referenceCount;
    count += f.referenceCount;
  }
  return count > 0 ? outliers / count : null;
}

/**
 * No feature could be tested and no model signal measured: nothing was compared (data
 * quality findings about the columns may still be listed).
 */
export function nothingChecked(report: DriftReport): boolean {
  return (
    report.status === 'ok' &&
    report.featuresTested === 0 &&
    report.signals.every((s) => !s.available || s.name === 'data_quality' || s.name === 'outliers')
  );
}
