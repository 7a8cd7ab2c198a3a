/**
 * Words and symbols every renderer (Markdown, text, HTML) uses for the same thing, so
 * the summary, the terminal and the HTML report never name one signal two ways.
 */
import type { Severity } from '../detect/detection-config.ts';
import type { FeatureResult, Signal } from '../detect/drift-report.ts';
import { describeFeatureTest, effectSizeSymbol } from '../detect/feature-tests.ts';

/** The icon shown before a severity in Markdown and HTML headings. */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  NONE: '🟢',
  LOW: '🟡',
  MEDIUM: '🟠',
  HIGH: '🔴',
  CRITICAL: '🚨',
};

/** What each signal measures, for people. */
export const SIGNAL_LABEL: Readonly<Record<Signal['name'], string>> = {
  data_drift: 'Data drift (KS / chi-square per feature)',
  concept_drift: 'Concept drift (error increase)',
  performance_drop: 'Performance drop (R² or accuracy)',
  rmse_increase: 'RMSE increase',
  outliers: 'Outliers (z-score)',
  data_quality: 'Data quality (columns, types, missing values, outliers per feature)',
  prediction_drift: 'Prediction drift (model outputs vs reference predictions)',
};

/** Short names of the signals, for narrow tables (the comment column is 760 px). */
export const SIGNAL_SHORT_LABEL: Readonly<Record<Signal['name'], string>> = {
  data_drift: 'Data drift',
  concept_drift: 'Concept drift',
  performance_drop: 'Performance drop',
  rmse_increase: 'RMSE increase',
  outliers: 'Outliers',
  data_quality: 'Data quality',
  prediction_drift: 'Prediction drift',
};

/** Strength of a fired signal, for people: `very_strong` reads "very strong". */
export function strengthLabel(strength: Signal['strength']): string {
  return strength.replace('_', ' ');
}

/** The short name of a feature's test from the registry (`KS`, `χ²`), or its id. */
export function testLabel(feature: Pick<FeatureResult, 'test'>): string {
  return describeFeatureTest(feature.test)?.symbol ?? feature.test;
}

/** The effect-size measure of a feature's test from the registry (`KS D`, `TVD`), or its id. */
export function effectLabel(feature: Pick<FeatureResult, 'effectSizeName'>): string {
  return effectSizeSymbol(feature.effectSizeName);
}
