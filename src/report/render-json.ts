/**
 * The JSON report: the DriftReport itself, with NaN and infinities written as null.
 *
 * Lists of new and vanished categories are the one part of a report that grows with
 * the data (a column of a million distinct ids lists a million values), so each is
 * cut to its first {@link MAX_JSON_CATEGORIES} values, each value (and each chart label)
 * to {@link MAX_JSON_VALUE_LENGTH} characters, and a cut list is followed by
 * `newCategoryCount` / `vanishedCategoryCount` with the full number (the check itself
 * keeps at most MAX_KEPT_CATEGORIES of each, with that count: feature-tests.ts).
 */
import type { DriftReport, FeatureResult } from '../detect/drift-report.ts';
import { truncate } from './escape.ts';

/** Most new (or vanished) categories of one feature listed in the JSON report. */
export const MAX_JSON_CATEGORIES = 1000;
/** Longest category value written in full in the JSON report. */
export const MAX_JSON_VALUE_LENGTH = 1000;

export function renderJson(report: DriftReport): string {
  const capped = { ...report, features: report.features.map(capCategories) };
  return (
    JSON.stringify(
      capped,
      (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
      2,
    ) + '\n'
  );
}

function capCategories(feature: FeatureResult): FeatureResult {
  const { newCategories, vanishedCategories, distribution } = feature;
  const labels = distribution.labels.some((v) => v.length > MAX_JSON_VALUE_LENGTH)
    ? {
        distribution: {
          ...distribution,
          labels: distribution.labels.map((v) => truncate(v, MAX_JSON_VALUE_LENGTH)),
        },
      }
    : {};
  const tooMany = (list: readonly string[] | undefined) =>
    list !== undefined &&
    (list.length > MAX_JSON_CATEGORIES || list.some((v) => v.length > MAX_JSON_VALUE_LENGTH));
  if (!tooMany(newCategories) && !tooMany(vanishedCategories)) return { ...feature, ...labels };
  const cap = (list: readonly string[]) =>
    list.slice(0, MAX_JSON_CATEGORIES).map((v) => truncate(v, MAX_JSON_VALUE_LENGTH));
  return {
    ...feature,
    ...labels,
    ...(newCategories && {
      newCategories: cap(newCategories),
      newCategoryCount: feature.newCategoryCount ?? newCategories.length,
    }),
    ...(vanishedCategories && {
      vanishedCategories: cap(vanishedCategories),
      vanishedCategoryCount: feature.vanishedCategoryCount ?? vanishedCategories.length,
    }),
  };
}
