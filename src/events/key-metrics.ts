import { mean, median } from 'simple-statistics';
import type { DriftCheck, RetrainingEvent } from './event-records.ts';

/** The event fields the key metrics read. */
export type KeyMetricsEvent = Pick<
  RetrainingEvent,
  | 'triggeredAt'
  | 'triggerType'
  | 'executionSuccessful'
  | 'improvementR2Percent'
  | 'improvementRmsePercent'
  | 'totalDurationSeconds'
  | 'estimatedCost'
> &
  Partial<Pick<RetrainingEvent, 'status'>>;

/** The check fields the key metrics read (`suppressedBy` is absent in callers from before issue 9). */
export type KeyMetricsCheck = Pick<DriftCheck, 'checkedAt' | 'severity'> &
  Partial<Pick<DriftCheck, 'suppressedBy'>>;

/** Dispatches the guards held back, per guard (issue 9). */
export interface SuppressedDispatches {
  /** A retraining of the same model was already dispatched or running. */
  inFlight: number;
  /** The same reference and baseline were retrained on within retrain-cooldown-hours. */
  cooldown: number;
  /** The check's confidence was below min-confidence. */
  confidence: number;
}

/** Summary of an event log; null where there is nothing to average. */
export interface KeyMetrics {
  /** Retrainings triggered or forced. */
  retrainingCount: number;
  /** `retrainingCount` over the weeks from the first retraining to now, at least one week. */
  retrainingsPerWeek: number;
  /** Retrainings per trigger type. */
  triggerTypes: Record<string, number>;
  /** Share of finished retrainings (`executionSuccessful` not null) that succeeded, in [0, 1]. */
  successRate: number | null;
  /** Mean R² improvement of successful retrainings that recorded one. */
  meanImprovementR2Percent: number | null;
  /** Mean RMSE improvement of successful retrainings that recorded one. */
  meanImprovementRmsePercent: number | null;
  /** Median trigger-to-result time of successful retrainings. */
  medianTimeToRetrainSeconds: number | null;
  /** Mean estimated cost of the retrainings that recorded one, failed ones included (they cost too). */
  meanCostPerRetrain: number | null;
  /** Sum of recorded estimated costs. */
  totalCost: number;
  /** Every check's severity, oldest first. */
  severityTrend: { checkedAt: string; severity: string }[];
  /** Checks whose wanted dispatch a guard held back, so a week shows how often they held. */
  suppressedDispatches: SuppressedDispatches;
  /** Retrainings marked lost (dispatched or running past their timeout). */
  lostCount: number;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function present(values: (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null && Number.isFinite(value));
}

function meanOrNull(values: number[]): number | null {
  return values.length === 0 ? null : mean(values);
}

/**
 * Key metrics of an event log: how often the model is retrained and why, how often
 * retraining works, what it gains, how long it takes and what it costs. Improvement
 * and time to retrain average only successful retrainings, as the quick reference's
 * `WHERE execution_successful = TRUE` query does: a rejected model's "improvement" is
 * not one the user got.
 *
 * The weekly rate uses at least one week of span, so two retrainings an hour apart
 * read as 2 per week, not 336.
 *
 * @example
 * computeKeyMetrics(
 *   [
 *     { triggeredAt: '2026-05-01T00:00:00.000Z', triggerType: 'data_drift', executionSuccessful: true,
 *       improvementR2Percent: 10, improvementRmsePercent: 4, totalDurationSeconds: 600, estimatedCost: 2 },
 *     { triggeredAt: '2026-05-08T00:00:00.000Z', triggerType: 'manual', executionSuccessful: false,
 *       improvementR2Percent: -3, improvementRmsePercent: -1, totalDurationSeconds: 300, estimatedCost: 1 },
 *   ],
 *   [{ checkedAt: '2026-05-01T00:00:00.000Z', severity: 'high' }],
 *   { now: new Date('2026-05-15T00:00:00.000Z') },
 * );
 * // => { retrainingCount: 2, retrainingsPerWeek: 1, triggerTypes: { data_drift: 1, manual: 1 },
 * //      successRate: 0.5, meanImprovementR2Percent: 10, meanImprovementRmsePercent: 4,
 * //      medianTimeToRetrainSeconds: 600, meanCostPerRetrain: 1.5, totalCost: 3,
 * //      severityTrend: [{ checkedAt: '2026-05-01T00:00:00.000Z', severity: 'high' }],
 * //      suppressedDispatches: { inFlight: 0, cooldown: 0, confidence: 0 }, lostCount: 0 }
 */
export function computeKeyMetrics(
  events: readonly KeyMetricsEvent[],
  checks: readonly KeyMetricsCheck[],
  options: { now: Date },
): KeyMetrics {
  const triggerTypes: Record<string, number> = {};
  for (const event of events) {
    triggerTypes[event.triggerType] = (triggerTypes[event.triggerType] ?? 0) + 1;
  }

  let retrainingsPerWeek = 0;
  if (events.length > 0) {
    const first = Math.min(...events.map((event) => Date.parse(event.triggeredAt)));
    const weeks = Math.max(1, (options.now.getTime() - first) / WEEK_MS);
    retrainingsPerWeek = events.length / weeks;
  }

  const finished = events.filter((event) => event.executionSuccessful !== null);
  const successful = events.filter((event) => event.executionSuccessful === true);
  const durations = present(successful.map((event) => event.totalDurationSeconds));
  const costs = present(events.map((event) => event.estimatedCost));

  return {
    retrainingCount: events.length,
    retrainingsPerWeek,
    triggerTypes,
    successRate: finished.length === 0 ? null : successful.length / finished.length,
    meanImprovementR2Percent: meanOrNull(
      present(successful.map((event) => event.improvementR2Percent)),
    ),
    meanImprovementRmsePercent: meanOrNull(
      present(successful.map((event) => event.improvementRmsePercent)),
    ),
    medianTimeToRetrainSeconds: durations.length === 0 ? null : median(durations),
    meanCostPerRetrain: meanOrNull(costs),
    totalCost: costs.reduce((sum, cost) => sum + cost, 0),
    severityTrend: checks
      .map(({ checkedAt, severity }) => ({ checkedAt, severity }))
      .sort((a, b) => Date.parse(a.checkedAt) - Date.parse(b.checkedAt)),
    suppressedDispatches: {
      inFlight: checks.filter((check) => check.suppressedBy === 'in_flight').length,
      cooldown: checks.filter((check) => check.suppressedBy === 'cooldown').length,
      confidence: checks.filter((check) => check.suppressedBy === 'confidence').length,
    },
    lostCount: events.filter((event) => event.status === 'lost').length,
  };
}
