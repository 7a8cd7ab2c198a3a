/**
 * What a detection run writes to the event log: one check row per run, and one
 * retraining event when it dispatches. Pure mapping from the report, shared by the
 * action and the CLI.
 */
import type { DriftReport } from '../detect/drift-report.ts';

/** Where a check ran, as the event log records it. */
export interface CheckRun {
  /** GitHub event (`schedule`, `pull_request`...) or `cli`. */
  readonly eventName: string;
  /** `owner/name`, when known. */
  readonly repository: string | null;
  readonly commitSha: string | null;
  readonly runId: number | null;
  readonly runUrl: string | null;
}
import type { NewDriftCheck, NewRetrainingEvent } from './open-event-log.ts';
import type { TriggerType } from './event-records.ts';

/** Relative change of a signal in percent, or null when it was not measured. */
function signalPercent(report: DriftReport, name: string): number | null {
  const signal = report.signals.find((s) => s.name === name);
  return signal && signal.available && signal.value !== null ? 100 * signal.value : null;
}

export function checkRecord(
  report: DriftReport,
  run: CheckRun,
  eventId: string | null,
): NewDriftCheck {
  return {
    eventName: run.eventName,
    severity: report.severity,
    driftType: report.driftType === 'none' ? null : report.driftType,
    confidence: report.confidence,
    triggered: eventId !== null,
    reason: report.reason,
    referenceRows: report.referenceRows,
    recentRows: report.recentRows,
    featuresTested: report.featuresTested,
    featuresDrifted: report.featuresDrifted,
    outlierShare: report.outlierShare,
    errorIncreasePercent: signalPercent(report, 'concept_drift'),
    r2DropPercent: signalPercent(report, 'performance_drop'),
    rmseIncreasePercent: signalPercent(report, 'rmse_increase'),
    signals: report.signals.map(({ name, value, threshold, fired, strength, points }) => ({
      name,
      value,
      threshold,
      fired,
      strength,
      points,
    })),
    repository: run.repository,
    commitSha: run.commitSha,
    runId: run.runId,
    runUrl: run.runUrl,
    eventId,
  };
}

export function retrainingEventRecord(
  report: DriftReport,
  run: CheckRun,
  eventId: string,
  forced: boolean,
): NewRetrainingEvent {
  const triggerType: TriggerType =
    forced && !report.triggered
      ? 'manual'
      : report.driftType === 'none'
        ? 'scheduled'
        : report.driftType;
  // "Before" is the deployed model on the recent data when it could be scored: the
  // retrained model is validated on recent data too, so that is the fair comparison
  // (the training-time baseline flatters the old model). Else the baseline.
  const scored = Object.keys(report.metrics.current).length > 0;
  const metricsBefore = Object.fromEntries(
    Object.entries(scored ? report.metrics.current : report.metrics.baseline).filter(
      ([, v]) => typeof v === 'number',
    ),
  ) as Record<string, number>;
  return {
    eventId,
    triggerType,
    severity: report.severity,
    confidence: report.confidence,
    reason: report.reason,
    driftedFeatures: report.features.filter((f) => f.drifted).map((f) => f.name),
    status: 'dispatched',
    metricsBefore: Object.keys(metricsBefore).length > 0 ? metricsBefore : null,
    repository: run.repository,
    commitSha: run.commitSha,
    checkRunId: run.runId,
    checkRunUrl: run.runUrl,
  };
}
