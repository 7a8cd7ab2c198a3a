/** The JSON report: the DriftReport itself, with NaN and infinities written as null. */
import type { DriftReport } from '../detect/drift-report.ts';

export function renderJson(report: DriftReport): string {
  return (
    JSON.stringify(
      report,
      (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
      2,
    ) + '\n'
  );
}
