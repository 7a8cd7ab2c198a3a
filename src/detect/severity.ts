/**
 * The decision: from measured signals to severity, confidence, drift type and reason.
 *
 * Deterministic rule (documented in the README, "How the decision is made"):
 *
 * 1. Each signal that fires gets a strength from how far past its threshold it is:
 *    mild (past it), strong (2x), very strong (4x).
 *    - Data drift is graded on effect sizes and counts, never on the share of features
 *      drifted (which made one shifted feature of two "50%" and HIGH): the largest
 *      effect among drifted features against min-effect-size (strong >= 2x, very
 *      strong >= 4x), one step higher when 3 or more features drifted. So a 0.3 SD
 *      shift of one feature (KS D ~0.12) is mild in a 2-column and in a 20-column table.
 *    - Prediction drift is graded like one drifted feature, on its effect size.
 *    - Data quality takes the strength of its strongest finding (dataQualityFindings).
 * 2. Points: mild 1, strong 2, very strong 4. Concept drift and the R²/accuracy drop
 *    measure harm to the model itself, so they get one extra point ("concept drift is
 *    high priority").
 * 3. Severity from the total: 0 NONE, 1 LOW (a single mild signal: monitor),
 *    2-3 MEDIUM (several signals, or one strong one: investigate), 4-5 HIGH (strong
 *    signals: plan retraining), 6+ CRITICAL (very strong signals: retrain now).
 * 4. Retraining is triggered when the severity reaches retrain-on counting every
 *    signal but data quality: retraining on broken data would learn the break, so a
 *    data-quality incident raises the severity (and fail-on) but asks for the pipeline
 *    to be fixed, not for a new model.
 */
import type { DetectionConfig, Severity } from './detection-config.ts';
import { severityRank } from './detection-config.ts';
import type { DriftType, Signal, SignalName, SignalStrength } from './drift-report.ts';

/** A measured signal before grading. */
export interface SignalMeasurement {
  readonly name: SignalName;
  readonly available: boolean;
  /** Observed value: relative change or share (0.2 = 20%). */
  readonly value: number | null;
  readonly threshold: number;
  /** Short phrase for people, e.g. "error rose 38% over baseline". */
  readonly detail: string;
  /**
   * Data drift only: whether any feature drifted, the share drifted, and the largest
   * effect among drifted features.
   */
  readonly dataDrift?: { drifted: number; share: number; maxEffect: number; minEffect: number };
  /** A strength graded by the caller (data quality, prediction drift). */
  readonly strength?: SignalStrength;
}

export interface Grade {
  readonly signals: Signal[];
  readonly score: number;
  readonly severity: Severity;
  readonly driftType: DriftType;
  readonly confidence: number;
  readonly triggered: boolean;
  readonly reason: string;
}

const STRENGTH_POINTS: Record<SignalStrength, number> = {
  none: 0,
  mild: 1,
  strong: 2,
  very_strong: 4,
};

/** Signals graded on effects or findings, not on value / threshold. */
const GRADED_BY_CALLER: ReadonlySet<SignalName> = new Set([
  'data_drift',
  'data_quality',
  'prediction_drift',
]);

/** Signals that measure the model's own quality get a priority point when they fire. */
const PRIORITY_SIGNALS: ReadonlySet<SignalName> = new Set(['concept_drift', 'performance_drop']);

const SIGNAL_DRIFT_TYPE: Record<SignalName, Exclude<DriftType, 'none'>> = {
  data_drift: 'data_drift',
  concept_drift: 'concept_drift',
  performance_drop: 'performance_degradation',
  rmse_increase: 'performance_degradation',
  outliers: 'outlier_increase',
  data_quality: 'data_quality',
  prediction_drift: 'prediction_drift',
};

/** Tie-break order when two drift types carry the same points. */
const DRIFT_TYPE_PRIORITY: readonly DriftType[] = [
  'concept_drift',
  'data_drift',
  'performance_degradation',
  'prediction_drift',
  'outlier_increase',
  'data_quality',
];

/** The signals whose availability makes up the confidence's coverage factor. */
const COVERAGE_SIGNALS: ReadonlySet<SignalName> = new Set([
  'data_drift',
  'concept_drift',
  'performance_drop',
  'rmse_increase',
  'outliers',
]);

const SEVERITY_ACTION: Record<Severity, string> = {
  NONE: 'no action needed',
  LOW: 'monitor',
  MEDIUM: 'investigate',
  HIGH: 'plan retraining',
  CRITICAL: 'retrain now',
};

/** Severity for a point total (see the rule at the top of this file). */
export function severityForScore(score: number): Severity {
  if (score >= 6) return 'CRITICAL';
  if (score >= 4) return 'HIGH';
  if (score >= 2) return 'MEDIUM';
  if (score >= 1) return 'LOW';
  return 'NONE';
}

/** Strength of a fired relative signal from value / threshold. */
export function strengthForRatio(ratio: number): SignalStrength {
  if (!(ratio > 1)) return 'none';
  if (ratio >= 4) return 'very_strong';
  if (ratio >= 2) return 'strong';
  return 'mild';
}

const STEP_UP: Record<SignalStrength, SignalStrength> = {
  none: 'none',
  mild: 'strong',
  strong: 'very_strong',
  very_strong: 'very_strong',
};

/** Features drifting together before data drift is raised one step. */
export const MANY_DRIFTED_FEATURES = 3;

/**
 * Strength of data drift from the number of drifted features and the largest effect
 * among them (see the rule at the top of this file); independent of the table's width.
 */
export function dataDriftStrength(
  drifted: number,
  maxEffect: number,
  minEffect: number,
): SignalStrength {
  if (drifted <= 0) return 'none';
  const strength = effectStrength(maxEffect, minEffect);
  return drifted >= MANY_DRIFTED_FEATURES ? STEP_UP[strength] : strength;
}

/** mild / strong (2x) / very strong (4x) for an effect at or past the minimum effect. */
export function effectStrength(effect: number, minEffect: number): SignalStrength {
  // A zero minimum effect would make every shift "4x past it": grade effects
  // against 0.1 (the default) in that case.
  const base = minEffect > 0 ? minEffect : 0.1;
  if (effect >= 4 * base) return 'very_strong';
  if (effect >= 2 * base) return 'strong';
  return 'mild';
}

function gradeSignal(measurement: SignalMeasurement): Signal {
  let strength: SignalStrength = 'none';
  if (measurement.available && measurement.value !== null) {
    if (measurement.dataDrift) {
      // The share of features drifted is reported, never graded: it made severity
      // depend on how many columns the table has.
      const { drifted, maxEffect, minEffect } = measurement.dataDrift;
      strength = dataDriftStrength(drifted, maxEffect, minEffect);
    } else if (measurement.strength !== undefined) {
      strength = measurement.strength;
    } else {
      strength = strengthForRatio(measurement.value / measurement.threshold);
    }
  }
  const fired = strength !== 'none';
  const points =
    STRENGTH_POINTS[strength] + (fired && PRIORITY_SIGNALS.has(measurement.name) ? 1 : 0);
  return {
    name: measurement.name,
    available: measurement.available,
    value: measurement.value,
    threshold: measurement.threshold,
    fired,
    strength,
    points,
    detail: measurement.detail,
  };
}

/**
 * How far past its threshold a fired signal is, in [0, 1]: 0 at the threshold, 1 at
 * four times it (log scale, so doubling the excess counts the same everywhere).
 */
function margin(signal: Signal): number {
  if (!signal.fired || signal.value === null) return 0;
  const ratio =
    signal.name === 'data_drift' ||
    signal.name === 'data_quality' ||
    signal.name === 'prediction_drift'
      ? STRENGTH_POINTS[signal.strength]
      : signal.value / signal.threshold;
  return Math.min(1, Math.max(0, Math.log2(ratio) / 2));
}

/**
 * Confidence, 0-100, the product of three factors, each in [0.5, 1]:
 * - evidence: for a verdict with signals, 0.5 + 0.5 x the largest margin past a
 *   threshold, plus 0.1 per further agreeing signal (capped at 1); for NONE,
 *   0.5 + 0.5 x how far the closest signal is below its threshold;
 * - coverage: 0.6 + 0.4 x the share of the five signals that could be measured
 *   (no predictions or no baseline means less is known);
 * - sample: 0.5 + 0.5 x min(1, recent rows / (10 x minSamplesForRetraining)).
 */
export function confidenceOf(
  signals: readonly Signal[],
  recentRows: number,
  minSamples: number,
): number {
  const fired = signals.filter((s) => s.fired);
  let evidence: number;
  if (fired.length > 0) {
    const best = Math.max(...fired.map(margin));
    evidence = Math.min(1, 0.5 + 0.5 * best + 0.1 * (fired.length - 1));
  } else {
    const closeness = signals
      .filter((s) => s.available && s.value !== null && !GRADED_BY_CALLER.has(s.name))
      .map((s) => Math.min(1, Math.max(0, (s.value as number) / s.threshold)));
    evidence = 0.5 + 0.5 * (1 - Math.max(0, ...closeness));
  }
  const covered = signals.filter((s) => COVERAGE_SIGNALS.has(s.name));
  const coverage =
    covered.length === 0
      ? 1
      : 0.6 + (0.4 * covered.filter((s) => s.available).length) / covered.length;
  const sample = 0.5 + 0.5 * Math.min(1, recentRows / (10 * minSamples));
  return Math.round(100 * evidence * coverage * sample);
}

/**
 * Dominant drift type: the type whose strongest signal has the most points; an error
 * increase without data drift is concept drift.
 */
export function dominantDriftType(signals: readonly Signal[]): DriftType {
  const pointsByType = new Map<DriftType, number>();
  for (const signal of signals) {
    if (!signal.fired) continue;
    // The strongest signal of each type speaks for it: R² drop and RMSE increase are
    // two views of one degradation, and adding them would let it outvote the rest.
    const type = SIGNAL_DRIFT_TYPE[signal.name];
    pointsByType.set(type, Math.max(pointsByType.get(type) ?? 0, signal.points));
  }
  if (pointsByType.size === 0) return 'none';
  let best: DriftType = 'none';
  let bestPoints = -1;
  for (const type of DRIFT_TYPE_PRIORITY) {
    const points = pointsByType.get(type) ?? -1;
    if (points > bestPoints) {
      best = type;
      bestPoints = points;
    }
  }
  const dataDriftFired = signals.some((s) => s.name === 'data_drift' && s.fired);
  if (best === 'performance_degradation' && !dataDriftFired) return 'concept_drift';
  return best;
}

/** Grades measured signals into the verdict. */
export function gradeDrift(
  measurements: readonly SignalMeasurement[],
  context: { recentRows: number; config: DetectionConfig },
): Grade {
  const signals = measurements.map(gradeSignal);
  const score = signals.reduce((sum, s) => sum + s.points, 0);
  const severity = severityForScore(score);
  const driftType = dominantDriftType(signals);
  const confidence = confidenceOf(
    signals,
    context.recentRows,
    context.config.minSamplesForRetraining,
  );
  const modelScore = signals
    .filter((s) => s.name !== 'data_quality')
    .reduce((sum, s) => sum + s.points, 0);
  const triggered =
    severityRank(severityForScore(modelScore)) >= severityRank(context.config.retrainOn);
  return {
    signals,
    score,
    severity,
    driftType,
    confidence,
    triggered,
    reason: reasonFor(severity, signals, driftType),
  };
}

/** One sentence: the verdict, the strongest signals, and what to do. */
export function reasonFor(
  severity: Severity,
  signals: readonly Signal[],
  driftType: DriftType = 'none',
): string {
  const fired = signals.filter((s) => s.fired).sort((a, b) => b.points - a.points);
  if (fired.length === 0) {
    const checked = signals.filter((s) => s.available).map((s) => s.detail);
    // "No drift detected" would claim a finding when, e.g., every column changed type.
    if (checked.length === 0) {
      return `Nothing could be checked: ${joinPhrases(signals.map((s) => s.detail))}.`;
    }
    return `No drift detected: ${joinPhrases(checked)}.`;
  }
  const shown = fired.slice(0, 3).map((s) => s.detail);
  const more =
    fired.length > 3
      ? ` (and ${fired.length - 3} more signal${fired.length - 3 > 1 ? 's' : ''})`
      : '';
  const action =
    driftType === 'data_quality' && severityRank(severity) >= severityRank('MEDIUM')
      ? 'fix the data before retraining'
      : SEVERITY_ACTION[severity];
  return `${capitalize(joinPhrases(shown))}${more}; ${action}.`;
}

function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? 'nothing could be checked';
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
