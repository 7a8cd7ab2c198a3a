import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);

// src/data/table.ts
function findColumn(table2, name) {
  return table2.columns.find((column) => column.name === name);
}

// src/stats/p-values.ts
function assertPValues(pValues, caller) {
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i];
    if (!(p >= 0 && p <= 1)) {
      throw new Error(`${caller}: pValues[${i}] is ${p}, expected a p-value in [0, 1].`);
    }
  }
}

// src/stats/benjamini-hochberg.ts
function benjaminiHochberg(pValues) {
  assertPValues(pValues, "benjaminiHochberg");
  const m = pValues.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => pValues[i] - pValues[j]);
  const adjusted = new Float64Array(m);
  let runningMinimum = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    runningMinimum = Math.min(runningMinimum, pValues[index] / (rank / m));
    adjusted[index] = runningMinimum;
  }
  return adjusted;
}

// src/stats/bonferroni.ts
function bonferroni(pValues) {
  assertPValues(pValues, "bonferroni");
  const m = pValues.length;
  const adjusted = new Float64Array(m);
  for (let i = 0; i < m; i++) adjusted[i] = Math.min(1, pValues[i] * m);
  return adjusted;
}

// src/stats/adjust-p-values.ts
var P_VALUE_ADJUSTMENT_METHODS = ["benjamini-hochberg", "bonferroni", "none"];
function adjustPValues(pValues, method) {
  switch (method) {
    case "benjamini-hochberg":
      return benjaminiHochberg(pValues);
    case "bonferroni":
      return bonferroni(pValues);
    case "none":
      assertPValues(pValues, "adjustPValues");
      return Float64Array.from(pValues);
    default:
      throw new Error(
        `adjustPValues: unknown method '${String(method)}', expected one of ${P_VALUE_ADJUSTMENT_METHODS.join(", ")}.`
      );
  }
}

// src/options/option-table.ts
var SEVERITIES = ["NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
var THRESHOLD_SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
var P_VALUE_CORRECTIONS = ["benjamini-hochberg", "bonferroni", "none"];
var KS_METHODS = ["auto", "exact", "asymp"];
var TASKS = ["auto", "regression", "classification"];
var MODES = ["detect", "retrain"];
var COMMENT_MODES = ["auto", "always", "never"];
var OUTPUT_FORMATS = ["text", "json", "markdown"];
var FAIL_ON_LEVELS = ["none", ...THRESHOLD_SEVERITIES];
var CLI_AND_ACTION = ["check", "action"];
var DETECTION = ["check", "action", "library"];
var RETRAINING = ["retrain", "action"];
var OPTIONS = {
  mode: {
    name: "mode",
    type: "choice",
    values: MODES,
    default: "detect",
    in: ["action"],
    group: "data",
    description: "'detect' runs the drift check; 'retrain' runs the retraining executor in the workflow that the check dispatches."
  },
  referenceData: {
    name: "reference-data",
    type: "text",
    expected: "a path to a CSV file",
    metavar: "F",
    in: ["check", "retrain", "action"],
    requiredIn: ["check", "retrain"],
    group: "data",
    description: "Path of the training (reference) data, CSV with a header row; .csv.gz is read too."
  },
  recentData: {
    name: "recent-data",
    type: "text",
    expected: "a path to a CSV file",
    metavar: "F",
    in: ["check", "retrain", "action"],
    requiredIn: ["check", "retrain"],
    group: "data",
    description: "Path of the recent (production) data, same format."
  },
  recentPredictions: {
    name: "recent-predictions",
    type: "text",
    expected: "a path to a .npy, .csv or .json file",
    metavar: "F",
    in: CLI_AND_ACTION,
    group: "data",
    description: "The model's recent predictions, one per recent row, as .npy, a one-column .csv or a .json array."
  },
  recentActuals: {
    name: "recent-actuals",
    type: "text",
    expected: "a path to a .npy, .csv or .json file",
    metavar: "F",
    in: ["check", "retrain", "action"],
    group: "data",
    description: "The true outcomes for the recent rows, same formats."
  },
  predictionColumn: {
    name: "prediction-column",
    type: "text",
    expected: "a column name",
    metavar: "C",
    in: CLI_AND_ACTION,
    group: "data",
    description: "Column of the recent CSV holding predictions (instead of recent-predictions)."
  },
  targetColumn: {
    name: "target-column",
    type: "text",
    expected: "a column name",
    metavar: "C",
    in: ["check", "retrain", "action"],
    group: "data",
    description: "Column of the recent CSV holding true outcomes (instead of recent-actuals); retraining also reads it from the reference."
  },
  baselineMetrics: {
    name: "baseline-metrics",
    type: "text",
    expected: "inline JSON or a path to a JSON file",
    metavar: "JSON|F",
    in: ["check", "retrain", "action"],
    group: "data",
    description: `The model's baseline metrics as inline JSON (e.g. {"r2": 0.85, "rmse": 0.35}) or a path to a JSON file. Keys: r2, rmse, mae, accuracy.`
  },
  dataDriftThreshold: {
    name: "data-drift-threshold",
    type: "number",
    min: 0,
    minExclusive: true,
    max: 1,
    default: "0.05",
    in: DETECTION,
    group: "detection",
    description: "Significance level of each feature's drift test, applied after the multiple-testing correction."
  },
  minEffectSize: {
    name: "min-effect-size",
    type: "number",
    min: 0,
    max: 1,
    default: "0.1",
    in: DETECTION,
    group: "detection",
    description: "Smallest effect (KS D for numbers, total variation distance for categories) that counts as drift."
  },
  correction: {
    name: "correction",
    type: "choice",
    values: P_VALUE_CORRECTIONS,
    default: "benjamini-hochberg",
    in: DETECTION,
    group: "detection",
    description: "Multiple-testing correction across features."
  },
  ksMethod: {
    name: "ks-method",
    type: "choice",
    values: KS_METHODS,
    default: "auto",
    in: DETECTION,
    group: "detection",
    description: "KS p-value method, as in scipy.stats.ks_2samp."
  },
  outlierThreshold: {
    name: "outlier-threshold",
    type: "number",
    min: 0,
    max: 1,
    default: "0.05",
    in: DETECTION,
    group: "detection",
    description: "Outlier signal fires when more than this share of recent numeric values have |z| above outlier-z-score."
  },
  outlierZScore: {
    name: "outlier-z-score",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "3",
    in: DETECTION,
    group: "detection",
    description: "A recent value is an outlier when its z-score against the reference exceeds this."
  },
  conceptDriftThreshold: {
    name: "concept-drift-threshold",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "0.15",
    in: DETECTION,
    group: "detection",
    description: "Concept drift fires when the model's error rises by more than this share over baseline."
  },
  performanceThreshold: {
    name: "performance-threshold",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "0.05",
    in: DETECTION,
    group: "detection",
    description: "Performance signal fires when R\xB2 (or accuracy) drops by more than this share of baseline."
  },
  rmseThreshold: {
    name: "rmse-threshold",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "0.1",
    in: DETECTION,
    group: "detection",
    description: "RMSE signal fires when RMSE rises by more than this share over baseline."
  },
  minSamplesForRetraining: {
    name: "min-samples",
    type: "integer",
    min: 1,
    default: "100",
    in: DETECTION,
    group: "detection",
    description: "With fewer recent rows than this the check reports insufficient data and never triggers."
  },
  excludeColumns: {
    name: "exclude-columns",
    type: "list",
    in: DETECTION,
    group: "data",
    description: "Comma-separated columns never tested (ids, timestamps)."
  },
  categorical: {
    name: "categorical",
    type: "list",
    in: CLI_AND_ACTION,
    group: "data",
    description: "Comma-separated columns treated as categories even when their values are numbers."
  },
  numeric: {
    name: "numeric",
    type: "list",
    in: CLI_AND_ACTION,
    group: "data",
    description: "Comma-separated columns that must be numeric."
  },
  task: {
    name: "task",
    type: "choice",
    values: TASKS,
    default: "auto",
    in: DETECTION,
    group: "detection",
    description: "auto picks classification when the baseline has only accuracy."
  },
  retrainOn: {
    name: "retrain-on",
    type: "choice",
    values: THRESHOLD_SEVERITIES,
    ignoreCase: true,
    default: "HIGH",
    in: DETECTION,
    group: "detection",
    description: "Severity at which retraining is triggered (and, in the action, dispatched)."
  },
  retrainWorkflow: {
    name: "retrain-workflow",
    type: "text",
    expected: "a workflow file name or id",
    in: ["action"],
    group: "github",
    description: "File name (e.g. retrain.yml) or id of the workflow to dispatch for retraining. Empty never dispatches."
  },
  retrainRef: {
    name: "retrain-ref",
    type: "text",
    expected: "a git ref",
    in: ["action"],
    group: "github",
    description: "Ref the retraining run uses; defaults to the repository's default branch."
  },
  forceRetrain: {
    name: "force-retrain",
    type: "boolean",
    default: "false",
    in: ["action"],
    group: "github",
    description: "Dispatch retraining even without drift (for a manual workflow_dispatch)."
  },
  comment: {
    name: "comment",
    type: "choice",
    values: COMMENT_MODES,
    default: "auto",
    in: ["action"],
    group: "github",
    description: "Pull-request comment: 'auto' comments when there is something to report and keeps an existing comment up to date, 'always' on every run, 'never'."
  },
  commentKey: {
    name: "comment-key",
    type: "text",
    // The key goes into the hidden marker `<!-- drift-sentinel:KEY -->`: a `-->` or a
    // space would end the HTML comment early, show the rest in the PR comment, and the
    // marker would never be found again (a new comment on every push).
    pattern: /^[A-Za-z0-9._-]+$/,
    expected: "letters, digits, '.', '_' or '-' only",
    default: "default",
    in: ["action"],
    group: "github",
    description: "Key of the sticky comment, so several drift-sentinel checks on one PR keep separate comments."
  },
  format: {
    name: "format",
    type: "choice",
    values: OUTPUT_FORMATS,
    in: ["check", "events"],
    group: "output",
    description: "Report format. check: text on a terminal, json otherwise; events: text (the defaults)."
  },
  output: {
    name: "output",
    type: "text",
    expected: "a file path",
    metavar: "F",
    in: ["check"],
    group: "output",
    description: "Write the report to this file instead of standard output."
  },
  failOn: {
    name: "fail-on",
    type: "choice",
    values: FAIL_ON_LEVELS,
    ignoreCase: true,
    default: "none",
    in: CLI_AND_ACTION,
    group: "output",
    description: "Fail when severity reaches this level: the action fails the step, the CLI exits 1."
  },
  eventLog: {
    name: "event-log",
    type: "text",
    expected: "a path to a SQLite file",
    metavar: "F",
    default: ".drift-sentinel/events.db",
    in: ["check", "retrain", "events"],
    group: "output",
    description: "The local SQLite event log that records checks and retrainings."
  },
  noEventLog: {
    name: "no-event-log",
    type: "boolean",
    in: ["check"],
    group: "output",
    description: "Do not record the check in the event log."
  },
  limit: {
    name: "limit",
    type: "integer",
    min: 1,
    default: "10",
    in: ["events"],
    group: "output",
    description: "How many of the latest retraining events and checks to list."
  },
  githubToken: {
    name: "github-token",
    type: "text",
    expected: "a GitHub token",
    default: "",
    actionDefault: "${{ github.token }}",
    in: ["action"],
    group: "github",
    description: "Token for comments, dispatch and artifacts. Needs pull-requests write, actions write (to dispatch and read artifacts)."
  },
  eventLogArtifact: {
    name: "event-log-artifact",
    type: "text",
    // The characters the artifact service refuses in names (actions/toolkit's rules).
    pattern: /^[^"<>:|*?\r\n\\/]+$/,
    expected: 'a name without any of " : < > | * ? \\ / or newlines',
    default: "drift-sentinel-events",
    in: ["action"],
    group: "github",
    description: "Name of the workflow artifact that holds the SQLite event log."
  },
  eventLogSnapshots: {
    name: "event-log-snapshots",
    type: "integer",
    min: 1,
    max: 20,
    default: "5",
    in: ["action"],
    group: "github",
    description: "How many of the newest event-log artifacts are merged at the start of a run."
  },
  retentionDays: {
    name: "retention-days",
    type: "integer",
    min: 1,
    max: 90,
    default: "90",
    in: ["action"],
    group: "github",
    description: "Retention of the uploaded event-log artifact, 1 to 90 days (every run re-uploads it)."
  },
  costPerMinute: {
    name: "cost-per-minute",
    type: "number",
    min: 0,
    default: "0",
    in: RETRAINING,
    group: "retraining",
    description: "Cost of one minute of retraining, recorded per retraining as estimated cost."
  },
  eventId: {
    name: "event-id",
    type: "text",
    expected: "an event id (a UUID)",
    metavar: "ID",
    in: RETRAINING,
    group: "retraining",
    description: "The retraining event the check dispatched; empty records a manual retraining."
  },
  trainCommand: {
    name: "train-command",
    type: "text",
    expected: "a shell command",
    metavar: "CMD",
    in: RETRAINING,
    requiredIn: ["retrain"],
    group: "retraining",
    description: "The shell command that trains the model. It gets DRIFT_SENTINEL_TRAINING_DATA, DRIFT_SENTINEL_EVENT_ID and DRIFT_SENTINEL_METRICS_FILE."
  },
  trainTimeoutMinutes: {
    name: "train-timeout-minutes",
    type: "number",
    min: 0,
    minExclusive: true,
    default: "60",
    in: RETRAINING,
    group: "retraining",
    description: "The training command is stopped after this many minutes."
  },
  metricsFile: {
    name: "metrics-file",
    type: "text",
    expected: "a file path",
    metavar: "F",
    in: RETRAINING,
    group: "retraining",
    description: "Where the training command writes its metrics JSON; defaults to a temporary file."
  },
  maxRegression: {
    name: "max-regression",
    type: "number",
    min: 0,
    default: "0",
    in: RETRAINING,
    group: "retraining",
    description: "A new model worse than the old by more than this share is rejected, not promoted."
  }
};
function optionsOf(entryPoint) {
  return Object.entries(OPTIONS).filter(
    ([, spec]) => spec.in.includes(entryPoint)
  );
}

// src/options/parse-option.ts
var OptionError = class extends Error {
  name = "OptionError";
};
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function describeExpected(spec) {
  switch (spec.type) {
    case "number": {
      const bounds = [];
      if (spec.min !== void 0) bounds.push(`${spec.minExclusive ? ">" : ">="} ${spec.min}`);
      if (spec.max !== void 0) bounds.push(`<= ${spec.max}`);
      return `a decimal number${bounds.length ? ` ${bounds.join(" and ")}` : ""}`;
    }
    case "integer":
      return spec.max === void 0 ? `a whole number >= ${spec.min}` : `a whole number from ${spec.min} to ${spec.max}`;
    case "choice":
      return `one of: ${spec.values.join(", ")}${spec.ignoreCase ? " (any case)" : ""}`;
    case "boolean":
      return "true or false";
    case "list":
      return "comma-separated names";
    case "text":
      return spec.expected;
  }
}
function refuse(spec, label, shown) {
  const example = spec.default && spec.type !== "text" ? `, such as ${spec.default}` : "";
  return new OptionError(
    `Invalid ${label} '${shown}'. Expected ${describeExpected(spec)}${example}.`
  );
}
function inRange(spec, value) {
  if (!Number.isFinite(value)) return false;
  if (spec.type === "integer" && !Number.isInteger(value)) return false;
  const min = spec.min;
  if (min !== void 0) {
    const exclusive = spec.type === "number" && spec.minExclusive;
    if (exclusive ? value <= min : value < min) return false;
  }
  return spec.max === void 0 || value <= spec.max;
}
function parseOptionText(spec, raw, label) {
  return parseText(spec, raw, label);
}
function parseText(spec, raw, label) {
  const text = raw.trim();
  switch (spec.type) {
    case "number":
    case "integer": {
      const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
      if (!inRange(spec, value)) throw refuse(spec, label, raw);
      return value;
    }
    case "choice": {
      const found = spec.values.find(
        (v) => spec.ignoreCase ? v.toLowerCase() === text.toLowerCase() : v === text
      );
      if (found === void 0) throw refuse(spec, label, raw);
      return found;
    }
    case "boolean":
      if (["true", "True", "TRUE"].includes(text)) return true;
      if (["false", "False", "FALSE"].includes(text)) return false;
      throw refuse(spec, label, raw);
    case "list":
      return text.split(/[,\n]/).map((s) => s.trim()).filter((s) => s.length > 0);
    case "text":
      if (spec.pattern && !spec.pattern.test(text)) throw refuse(spec, label, raw);
      return text;
  }
}
function show(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || value === void 0) {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function checkOptionValue(spec, value, label) {
  const ok = (() => {
    switch (spec.type) {
      case "number":
      case "integer":
        return typeof value === "number" && inRange(spec, value);
      case "choice":
        return typeof value === "string" && spec.values.includes(value);
      case "boolean":
        return typeof value === "boolean";
      case "list":
        return Array.isArray(value) && value.every((v) => typeof v === "string");
      case "text":
        return typeof value === "string" && (!spec.pattern || spec.pattern.test(value));
    }
  })();
  if (!ok) {
    const expected = describeExpected(spec).replace("a decimal number", "a finite number").replace(" (any case)", "").replace("comma-separated names", "an array of column names");
    throw new OptionError(`Invalid ${label} '${show(value)}'. Expected ${expected}.`);
  }
  return value;
}

// src/options/read-options.ts
function defaultOf(field) {
  const spec = OPTIONS[field];
  if (spec.default === void 0) return void 0;
  return parseOptionText(spec, spec.default, field);
}

// src/detect/detection-config.ts
var DEFAULT_DETECTION_CONFIG = Object.freeze({
  dataDriftThreshold: defaultOf("dataDriftThreshold"),
  minEffectSize: defaultOf("minEffectSize"),
  correction: defaultOf("correction"),
  ksMethod: defaultOf("ksMethod"),
  outlierZScore: defaultOf("outlierZScore"),
  outlierThreshold: defaultOf("outlierThreshold"),
  conceptDriftThreshold: defaultOf("conceptDriftThreshold"),
  performanceThreshold: defaultOf("performanceThreshold"),
  rmseThreshold: defaultOf("rmseThreshold"),
  minSamplesForRetraining: defaultOf("minSamplesForRetraining"),
  retrainOn: defaultOf("retrainOn"),
  excludeColumns: [],
  task: defaultOf("task")
});
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
var LIBRARY_OPTIONS = optionsOf("library");
var LIBRARY_FIELDS = LIBRARY_OPTIONS.map(([field]) => field);
function resolveDetectionConfig(partial = {}) {
  for (const [key, value] of Object.entries(partial)) {
    if (value !== void 0 && !LIBRARY_FIELDS.includes(key)) {
      throw new Error(`Unknown option '${key}'. Expected one of: ${LIBRARY_FIELDS.join(", ")}.`);
    }
  }
  const config = { ...DEFAULT_DETECTION_CONFIG, ...stripUndefined(partial) };
  for (const [field, spec] of LIBRARY_OPTIONS) {
    checkOptionValue(spec, config[field], field);
  }
  return config;
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/detect/severity.ts
var STRENGTH_POINTS = {
  none: 0,
  mild: 1,
  strong: 2,
  very_strong: 4
};
var PRIORITY_SIGNALS = /* @__PURE__ */ new Set(["concept_drift", "performance_drop"]);
var SIGNAL_DRIFT_TYPE = {
  data_drift: "data_drift",
  concept_drift: "concept_drift",
  performance_drop: "performance_degradation",
  rmse_increase: "performance_degradation",
  outliers: "outlier_increase"
};
var DRIFT_TYPE_PRIORITY = [
  "concept_drift",
  "data_drift",
  "performance_degradation",
  "outlier_increase"
];
var SEVERITY_ACTION = {
  NONE: "no action needed",
  LOW: "monitor",
  MEDIUM: "investigate",
  HIGH: "plan retraining",
  CRITICAL: "retrain now"
};
function severityForScore(score2) {
  if (score2 >= 6) return "CRITICAL";
  if (score2 >= 4) return "HIGH";
  if (score2 >= 2) return "MEDIUM";
  if (score2 >= 1) return "LOW";
  return "NONE";
}
function strengthForRatio(ratio) {
  if (!(ratio > 1)) return "none";
  if (ratio >= 4) return "very_strong";
  if (ratio >= 2) return "strong";
  return "mild";
}
function gradeSignal(measurement) {
  let strength = "none";
  if (measurement.available && measurement.value !== null) {
    if (measurement.dataDrift) {
      const { drifted, share, maxEffect, minEffect } = measurement.dataDrift;
      const base = minEffect > 0 ? minEffect : 0.1;
      if (drifted > 0) {
        if (share >= 0.5 || maxEffect >= 4 * base) strength = "very_strong";
        else if (share >= 0.2 || maxEffect >= 2 * base) strength = "strong";
        else strength = "mild";
      }
    } else {
      strength = strengthForRatio(measurement.value / measurement.threshold);
    }
  }
  const fired = strength !== "none";
  const points = STRENGTH_POINTS[strength] + (fired && PRIORITY_SIGNALS.has(measurement.name) ? 1 : 0);
  return {
    name: measurement.name,
    available: measurement.available,
    value: measurement.value,
    threshold: measurement.threshold,
    fired,
    strength,
    points,
    detail: measurement.detail
  };
}
function margin(signal) {
  if (!signal.fired || signal.value === null) return 0;
  const ratio = signal.name === "data_drift" ? STRENGTH_POINTS[signal.strength] : signal.value / signal.threshold;
  return Math.min(1, Math.max(0, Math.log2(ratio) / 2));
}
function confidenceOf(signals, recentRows, minSamples) {
  const fired = signals.filter((s) => s.fired);
  let evidence;
  if (fired.length > 0) {
    const best = Math.max(...fired.map(margin));
    evidence = Math.min(1, 0.5 + 0.5 * best + 0.1 * (fired.length - 1));
  } else {
    const closeness = signals.filter((s) => s.available && s.value !== null && s.name !== "data_drift").map((s) => Math.min(1, Math.max(0, s.value / s.threshold)));
    evidence = 0.5 + 0.5 * (1 - Math.max(0, ...closeness));
  }
  const coverage = 0.6 + 0.4 * signals.filter((s) => s.available).length / signals.length;
  const sample = 0.5 + 0.5 * Math.min(1, recentRows / (10 * minSamples));
  return Math.round(100 * evidence * coverage * sample);
}
function dominantDriftType(signals) {
  const pointsByType = /* @__PURE__ */ new Map();
  for (const signal of signals) {
    if (!signal.fired) continue;
    const type = SIGNAL_DRIFT_TYPE[signal.name];
    pointsByType.set(type, Math.max(pointsByType.get(type) ?? 0, signal.points));
  }
  if (pointsByType.size === 0) return "none";
  let best = "none";
  let bestPoints = -1;
  for (const type of DRIFT_TYPE_PRIORITY) {
    const points = pointsByType.get(type) ?? -1;
    if (points > bestPoints) {
      best = type;
      bestPoints = points;
    }
  }
  const dataDriftFired = signals.some((s) => s.name === "data_drift" && s.fired);
  if (best === "performance_degradation" && !dataDriftFired) return "concept_drift";
  return best;
}
function gradeDrift(measurements, context) {
  const signals = measurements.map(gradeSignal);
  const score2 = signals.reduce((sum, s) => sum + s.points, 0);
  const severity = severityForScore(score2);
  const driftType = dominantDriftType(signals);
  const confidence = confidenceOf(
    signals,
    context.recentRows,
    context.config.minSamplesForRetraining
  );
  const triggered = severityRank(severity) >= severityRank(context.config.retrainOn);
  return {
    signals,
    score: score2,
    severity,
    driftType,
    confidence,
    triggered,
    reason: reasonFor(severity, signals)
  };
}
function reasonFor(severity, signals) {
  const fired = signals.filter((s) => s.fired).sort((a, b) => b.points - a.points);
  if (fired.length === 0) {
    const checked = signals.filter((s) => s.available).map((s) => s.detail);
    if (checked.length === 0) {
      return `Nothing could be checked: ${joinPhrases(signals.map((s) => s.detail))}.`;
    }
    return `No drift detected: ${joinPhrases(checked)}.`;
  }
  const shown = fired.slice(0, 3).map((s) => s.detail);
  const more = fired.length > 3 ? ` (and ${fired.length - 3} more signal${fired.length - 3 > 1 ? "s" : ""})` : "";
  return `${capitalize(joinPhrases(shown))}${more}; ${SEVERITY_ACTION[severity]}.`;
}
function joinPhrases(phrases) {
  if (phrases.length <= 1) return phrases[0] ?? "nothing could be checked";
  return `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}`;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/stats/ks-durbin-matrix-cdf.ts
function kolmogorovDurbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let Hpwr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let scratch = new Float64Array(m * m);
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  const kk = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      multiplySquare(Hpwr, H, scratch, m);
      [Hpwr, scratch] = [scratch, Hpwr];
      expnt += Hexpnt;
    }
    multiplySquare(H, H, scratch, m);
    [H, scratch] = [scratch, H];
    Hexpnt *= 2;
    if (Math.abs(H[kk]) > TWO_POW_128) {
      for (let i = 0; i < m * m; i++) H[i] /= TWO_POW_128;
      Hexpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[kk];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < TWO_POW_MINUS_128) {
      p *= TWO_POW_128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p = scaleByPowerOfTwo(p, expnt);
  return Math.min(Math.max(p, 0), 1);
}
var TWO_POW_128 = 2 ** 128;
var TWO_POW_MINUS_128 = 2 ** -128;
function multiplySquare(a, b, out, m) {
  out.fill(0);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let l = 0; l < m; l++) {
      const ail = a[row + l];
      if (ail === 0) continue;
      const brow = l * m;
      for (let j = 0; j < m; j++) out[row + j] += ail * b[brow + j];
    }
  }
}
function scaleByPowerOfTwo(x, e) {
  let y = x;
  let rest = e;
  while (rest > 1e3) {
    y *= 2 ** 1e3;
    rest -= 1e3;
  }
  while (rest < -1e3) {
    y *= 2 ** -1e3;
    rest += 1e3;
  }
  return y * 2 ** rest;
}

// src/stats/ks-pelz-good-cdf.ts
function kolmogorovPelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z2 = Math.sqrt(n) * x;
  const zsquared = z2 ** 2;
  const zthree = z2 ** 3;
  const zfour = z2 ** 4;
  const zsix = z2 ** 6;
  const qlog = -PI_SQUARED / 8 / zsquared;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -zsquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zsix + 2 * zfour;
  const k2b = (2 * zfour - 5 * zsquared) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * zsquared) / 16;
  const k3d = PI_SIX * (5 - 30 * zsquared) / 64;
  const k3c = PI_FOUR * (-60 * zsquared + 212 * zfour) / 16;
  const k3b = PI_SQUARED * (135 * zfour - 96 * zsix) / 4;
  const k3a = -30 * zsix - 90 * z2 ** 8;
  let K0 = 0;
  let K1 = 0;
  let K2 = 0;
  let K3 = 0;
  const maxk = Math.ceil(16 * z2 / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const msquared = m ** 2;
    const mfour = m ** 4;
    const msix = m ** 6;
    const qpower = q ** (8 * k);
    K0 = K0 * qpower + 1;
    K1 = K1 * qpower + (k1a + k1b * msquared);
    K2 = K2 * qpower + (k2a + k2b * msquared + k2c * mfour);
    K3 = K3 * qpower + (k3a + k3b * msquared + k3c * mfour + k3d * msix);
  }
  K0 = K0 * q * SQRT_2PI / z2;
  K1 = K1 * q * SQRT_2PI / (6 * zfour);
  K2 = K2 * q * SQRT_2PI / (72 * z2 ** 7);
  K3 = K3 * q * SQRT_2PI / (6480 * z2 ** 10);
  q = Math.exp(-PI_SQUARED / 2 / zsquared);
  const sqrt3z = SQRT3 * z2;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const ksquared = k ** 2;
    const qpwer = q ** ksquared;
    const kspi = Math.PI * k;
    k2extra += ksquared * qpwer;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpwer;
  }
  K2 += k2extra * PI_SQUARED * SQRT_2PI / (-36 * zthree);
  K3 += k3extra * PI_SQUARED * SQRT_2PI / (216 * zsix);
  return K0 + K1 / n ** 0.5 + K2 / n + K3 / n ** 1.5;
}
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
var MIN_LOG = -708;

// src/stats/ks-pomeranz-cdf.ts
function kolmogorovPomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g2 = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g2 / n;
  const twoGOverN = 2 * g2 / n;
  const oneMinusTwoGOverN = (1 - 2 * g2) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gOverN / m;
    twogpower[m] = twogpower[m - 1] * twoGOverN / m;
    onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzRowBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzRowBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = k1 - V0s;
      const aLen = Math.min(ln2, npwrs - start);
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV1 = -Infinity;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - bLen + 1);
        const hi = Math.min(idx, aLen - 1);
        for (let a = lo; a <= hi; a++) s += V0[start + a] * pwrs[idx - a];
        V1[c] = s;
      }
      for (let c = 0; c < npwrs; c++) if (V1[c] > maxV1) maxV1 = V1[c];
      if (maxV1 > 0 && maxV1 < TWO_POW_MINUS_1282) {
        for (let c = 0; c < npwrs; c++) V1[c] *= TWO_POW_1282;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > TWO_POW_1282) {
      ans *= TWO_POW_MINUS_1282;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = scaleByPowerOfTwo(ans, expnt);
  return Math.min(Math.max(ans, 0), 1);
}
var TWO_POW_1282 = 2 ** 128;
var TWO_POW_MINUS_1282 = 2 ** -128;
function pomeranzRowBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

// src/stats/ks-smirnov-one-sided-sf.ts
function smirnovOneSidedSf(n, x) {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxHi, nxLo] = twoProduct(n, x);
  let nxfl = Math.floor(nxHi);
  let alpha;
  if (nxfl === nxHi) {
    if (nxLo < 0) {
      nxfl -= 1;
      alpha = 1 + nxLo;
    } else {
      alpha = nxLo;
    }
  } else {
    alpha = nxHi - nxfl + nxLo;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) n1mxfl -= 1;
  if (nxfl === 0 || nxfl === 1 && alpha === 0) {
    const cdf = x * Math.exp((n - 1) * Math.log1p(x));
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) {
    return clip01((1 - x) ** n);
  }
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }
  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  let sum = Math.exp(n * Math.log1p(-x) - Math.log(x));
  let binHi = n;
  let binLo = 0;
  let binExp = 0;
  for (let v = 1; v < nTerms; v++) {
    const [s, sErr] = twoSum(v, nxHi);
    const sLo = sErr + nxLo;
    const q = s / n;
    const [pHi, pLo] = twoProduct(q, n);
    const qLo = (s - pHi - pLo + sLo) / n;
    const logOneMinusQ = Math.log1p(-q) - qLo / (1 - q);
    const logQ = Math.log(q) + qLo / q;
    const logTerm = binExp * LN2_HI + ((n - v) * logOneMinusQ + (v - 1) * logQ) + (binExp * LN2_LO + Math.log(binHi) + binLo / binHi);
    const term = Math.exp(logTerm);
    if (Number.isFinite(term) && term !== 0) sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
    const r = (n - v) / (v + 1);
    const [rp, rpErr] = twoProduct(r, v + 1);
    const rLo = (n - v - rp - rpErr) / (v + 1);
    const [mHi, mErr] = twoProduct(binHi, r);
    const mLo = mErr + binHi * rLo + binLo * r;
    binHi = mHi + mLo;
    binLo = mLo - (binHi - mHi);
    if (binHi > RESCALE_ABOVE) {
      binHi *= RESCALE_BY;
      binLo *= RESCALE_BY;
      binExp += RESCALE_EXPONENT;
    } else if (binHi < RESCALE_BELOW) {
      binHi *= RESCALE_ABOVE;
      binLo *= RESCALE_ABOVE;
      binExp -= RESCALE_EXPONENT;
    }
  }
  return clip01(x * sum);
}
var MINLOG = -745.1332191019412;
var LN2_HI = 0.6931471803691238;
var LN2_LO = 19082149292705877e-26;
var RESCALE_EXPONENT = 512;
var RESCALE_ABOVE = 2 ** RESCALE_EXPONENT;
var RESCALE_BELOW = 2 ** -RESCALE_EXPONENT;
var RESCALE_BY = 2 ** -RESCALE_EXPONENT;
var SMIRNOV_MAX_COMPUTE_N = 1e6;
function clip01(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function twoSum(a, b) {
  const s = a + b;
  const bb = s - a;
  const e = a - (s - bb) + (b - bb);
  return [s, e];
}
var SPLITTER = 134217729;
function twoProduct(a, b) {
  const p = a * b;
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  const e = aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
  return [p, e];
}

// src/stats/kolmogorov-smirnov-two-sided-sf.ts
function kolmogorovSmirnovTwoSidedSf(d, n) {
  if (Number.isNaN(d) || !(n >= 1) || !Number.isFinite(n) || n !== Math.round(n)) return NaN;
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 1) {
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip012(1 - cdf2);
  }
  if (t >= n - 1) return clip012(2 * (1 - d) ** n);
  if (d >= 0.5) return clip012(2 * smirnovOneSidedSf(n, d));
  const nxsquared = t * d;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip012(1 - kolmogorovDurbinMatrixCdf(n, d));
    if (nxsquared <= 4) return clip012(1 - kolmogorovPomeranzCdf(n, d));
    return clip012(2 * smirnovOneSidedSf(n, d));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip012(2 * smirnovOneSidedSf(n, d));
  const cdf = n <= 1e5 && n * d ** 1.5 <= 1.4 ? kolmogorovDurbinMatrixCdf(n, d) : kolmogorovPelzGoodCdf(n, d);
  return clip012(1 - cdf);
}
function logFactorialOverPower(n) {
  const rn = 1 / n;
  const u = rn / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * u + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
var STIRLING_COEFFS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
var LOG_2PI = Math.log(2 * Math.PI);
function clip012(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

// src/stats/ks-exact-p-value.ts
function ksExactTwoSidedPValue(n1, n2, h) {
  if (h === 0) return 1;
  if (n1 === n2) return probabilityOutsideSquare(n1, h);
  return probabilityOutsideInsideMethod(n1, n2, greatestCommonDivisor(n1, n2), h);
}
function greatestCommonDivisor(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function probabilityOutsideSquare(n, h) {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}
function probabilityOutsideInsideMethod(m0, n0, g2, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = Math.floor(m / g2);
  const ng = Math.floor(n / g2);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    const shift = minj - lastminj;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + shift] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

// src/stats/ks-test.ts
var MAX_AUTO_N = 1e4;
var INT32_MAX = 2147483647;
function ksTest(a, b, options = {}) {
  const aSorted = sortedCopy(a, "a");
  const bSorted = sortedCopy(b, "b");
  return ksTestSorted(aSorted, bSorted, options);
}
function sortedCopy(values, name) {
  if (values.length === 0) {
    throw new Error(`ksTest: sample '${name}' is empty; expected at least one value.`);
  }
  const copy = Float64Array.from(values);
  for (let i = 0; i < copy.length; i++) {
    if (Number.isNaN(copy[i])) {
      throw new Error(
        `ksTest: sample '${name}' has NaN at index ${i}; expected numbers only (drop missing values first).`
      );
    }
  }
  return copy.sort();
}
function ksTestSorted(aSorted, bSorted, options = {}) {
  const n1 = aSorted.length;
  const n2 = bSorted.length;
  if (n1 === 0 || n2 === 0) {
    throw new Error(
      `ksTestSorted: sample '${n1 === 0 ? "a" : "b"}' is empty; expected at least one value.`
    );
  }
  let d = ksStatisticSorted(aSorted, bSorted);
  const g2 = greatestCommonDivisor(n1, n2);
  const n1g = n1 / g2;
  const n2g = n2 / g2;
  let method = options.method ?? "auto";
  let warning;
  if (method === "auto") {
    method = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  } else if (method === "exact" && n1g >= INT32_MAX / n2g) {
    method = "asymp";
    warning = `Exact ks_2samp calculation not possible with samples sizes ${n1} and ${n2}. Switching to 'asymp'.`;
  }
  let pValue = NaN;
  if (method === "exact") {
    const lcm = n1g * n2;
    const h = roundHalfToEven(d * lcm);
    d = h / lcm;
    pValue = ksExactTwoSidedPValue(n1, n2, h);
    if (!(pValue >= 0 && pValue <= 1)) {
      method = "asymp";
      warning = "ks_2samp: Exact calculation unsuccessful. Switching to method=asymp.";
    }
  }
  if (method === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = m * n / (m + n);
    pValue = kolmogorovSmirnovTwoSidedSf(d, roundHalfToEven(en));
  }
  pValue = pValue < 0 ? 0 : pValue > 1 ? 1 : pValue;
  return warning === void 0 ? { statistic: d, pValue, method } : { statistic: d, pValue, method, warning };
}
function ksStatisticSorted(a, b) {
  const [inner, outer] = a.length >= b.length ? [a, b] : [b, a];
  const nInner = inner.length;
  const nOuter = outer.length;
  let i = 0;
  let j = 0;
  let maxDiff = 0;
  let minDiff = 0;
  while (j < nOuter) {
    const v = outer[j];
    while (i < nInner && inner[i] < v) i++;
    const before = i / nInner - j / nOuter;
    if (before > maxDiff) maxDiff = before;
    else if (before < minDiff) minDiff = before;
    while (i < nInner && inner[i] === v) i++;
    j++;
    while (j < nOuter && outer[j] === v) j++;
    const after = i / nInner - j / nOuter;
    if (after > maxDiff) maxDiff = after;
    else if (after < minDiff) minDiff = after;
    if (i === nInner) break;
  }
  return -minDiff > maxDiff ? -minDiff : maxDiff;
}
function roundHalfToEven(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// src/stats/log-gamma.ts
function logGamma(x) {
  if (!(x > 0)) {
    throw new RangeError(`logGamma: x must be a positive number, got ${x}.`);
  }
  if (x === Infinity) return Infinity;
  if (x < 13) {
    let z2 = 1;
    let p2 = 0;
    let u = x;
    while (u >= 3) {
      p2 -= 1;
      u = x + p2;
      z2 *= u;
    }
    while (u < 2) {
      z2 /= u;
      p2 += 1;
      u = x + p2;
    }
    if (u === 2) return Math.log(z2);
    p2 -= 2;
    const shifted = x + p2;
    return Math.log(z2) + shifted * polynomial(shifted, RATIONAL_NUM) / monicPolynomial(shifted, RATIONAL_DEN);
  }
  if (x > MAX_LOG_GAMMA_ARGUMENT) return Infinity;
  let q = (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI;
  if (x > 1e8) return q;
  const p = 1 / (x * x);
  if (x >= 1e3) {
    q += ((7936507936507937e-19 * p - 0.002777777777777778) * p + 0.08333333333333333) / x;
  } else {
    q += polynomial(p, STIRLING) / x;
  }
  return q;
}
var LOG_SQRT_2PI = 0.9189385332046728;
var MAX_LOG_GAMMA_ARGUMENT = 2556348e299;
var STIRLING = [
  8116141674705085e-19,
  -5950619042843014e-19,
  7936503404577169e-19,
  -0.002777777777300997,
  0.08333333333333319
];
var RATIONAL_NUM = [
  -1378.2515256912086,
  -38801.631513463784,
  -331612.9927388712,
  -1162370974927623e-9,
  -1.7217370082083966e6,
  -853555.6642457654
];
var RATIONAL_DEN = [
  -351.81570143652345,
  -17064.210665188115,
  -220528.59055385445,
  -1.1393344436798252e6,
  -2.5325230717758294e6,
  -2.0188914143353277e6
];
function polynomial(x, coefficients) {
  let result = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}
function monicPolynomial(x, coefficients) {
  let result = x + coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}

// src/stats/regularized-gamma.ts
function regularizedGammaQ(a, x) {
  checkArguments("regularizedGammaQ", a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x > 1.1) {
    return x < a ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
  }
  if (x <= 0.5) {
    return -0.4 / Math.log(x) < a ? 1 - lowerSeries(a, x) : upperSeries(a, x);
  }
  return x * 1.1 < a ? 1 - lowerSeries(a, x) : upperSeries(a, x);
}
var MACHINE_EPSILON = 11102230246251565e-32;
var MAX_LOG = 709.782712893384;
var MAX_ITERATIONS = 2e3;
var BIG = 4503599627370496;
var BIG_INVERSE = 2220446049250313e-31;
function checkArguments(name, a, x) {
  if (!(a > 0) || a === Infinity) {
    throw new RangeError(`${name}: a must be a positive finite number, got ${a}.`);
  }
  if (!(x >= 0)) {
    throw new RangeError(`${name}: x must be a number >= 0, got ${x}.`);
  }
}
function prefactor(a, x) {
  if (Math.abs(a - x) > 0.4 * Math.abs(a)) {
    const logPrefactor = a * Math.log(x) - x - logGamma(a);
    return logPrefactor < -MAX_LOG ? 0 : Math.exp(logPrefactor);
  }
  const fac = a + LANCZOS_G - 0.5;
  let result = Math.sqrt(fac / Math.E) / lanczosSumExpGScaled(a);
  if (a < 200 && x < 200) {
    result *= Math.exp(a - x) * Math.pow(x / fac, a);
  } else {
    const num = x - a - LANCZOS_G + 0.5;
    result *= Math.exp(a * log1pMinusX(num / fac) + x * (0.5 - LANCZOS_G) / fac);
  }
  return result;
}
function lowerSeries(a, x) {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let r = a;
  let c = 1;
  let sum = 1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    r += 1;
    c *= x / r;
    sum += c;
    if (c <= MACHINE_EPSILON * sum) break;
  }
  return sum * factor / a;
}
function upperContinuedFraction(a, x) {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let y = 1 - a;
  let z2 = x + y + 1;
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = x + 1;
  let qkm1 = z2 * x;
  let ans = pkm1 / qkm1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    c += 1;
    y += 1;
    z2 += 2;
    const yc = y * c;
    const pk = pkm1 * z2 - pkm2 * yc;
    const qk = qkm1 * z2 - qkm2 * yc;
    let change = 1;
    if (qk !== 0) {
      const r = pk / qk;
      change = Math.abs((ans - r) / r);
      ans = r;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    if (Math.abs(pk) > BIG) {
      pkm2 *= BIG_INVERSE;
      pkm1 *= BIG_INVERSE;
      qkm2 *= BIG_INVERSE;
      qkm1 *= BIG_INVERSE;
    }
    if (change <= MACHINE_EPSILON) break;
  }
  return ans * factor;
}
function upperSeries(a, x) {
  let fac = 1;
  let sum = 0;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    fac *= -x / n;
    const term2 = fac / (a + n);
    sum += term2;
    if (Math.abs(term2) <= MACHINE_EPSILON * Math.abs(sum)) break;
  }
  const logX = Math.log(x);
  const term = -Math.expm1(a * logX - logGamma(1 + a));
  return term - Math.exp(a * logX - logGamma(a)) * sum;
}
function log1pMinusX(x) {
  if (Math.abs(x) < 0.5) {
    let xfac = x;
    let result = 0;
    for (let n = 2; n < MAX_ITERATIONS; n++) {
      xfac *= -x;
      const term = xfac / n;
      result += term;
      if (Math.abs(term) < MACHINE_EPSILON * Math.abs(result)) break;
    }
    return result;
  }
  return Math.log1p(x) - x;
}
var LANCZOS_G = 6.02468004077673;
var LANCZOS_SUM_EXPG_SCALED_NUM = [
  0.006061842346248907,
  0.5098416655656676,
  19.519927882476175,
  449.9445569063168,
  6955.999602515376,
  75999.29304014542,
  601859.6171681099,
  3481712154980646e-9,
  14605578087685067e-9,
  4333888932467614e-8,
  863631312881386e-7,
  10379404311634454e-8,
  56906521913471565e-9
];
var LANCZOS_SUM_EXPG_SCALED_DENOM = [
  1,
  66,
  1925,
  32670,
  357423,
  2637558,
  13339535,
  45995730,
  105258076,
  150917976,
  120543840,
  39916800,
  0
];
function lanczosSumExpGScaled(x) {
  const num = LANCZOS_SUM_EXPG_SCALED_NUM;
  const den = LANCZOS_SUM_EXPG_SCALED_DENOM;
  const degree = num.length - 1;
  let numerator;
  let denominator;
  if (Math.abs(x) > 1) {
    const y = 1 / x;
    numerator = num[degree];
    denominator = den[degree];
    for (let i = degree - 1; i >= 0; i--) {
      numerator = numerator * y + num[i];
      denominator = denominator * y + den[i];
    }
  } else {
    numerator = num[0];
    denominator = den[0];
    for (let i = 1; i <= degree; i++) {
      numerator = numerator * x + num[i];
      denominator = denominator * x + den[i];
    }
  }
  return numerator / denominator;
}

// src/stats/chi-square-survival.ts
function chiSquareSurvival(x, k) {
  if (Number.isNaN(x)) {
    throw new RangeError("chiSquareSurvival: x must be a number, got NaN.");
  }
  if (!(k > 0) || k === Infinity) {
    throw new RangeError(
      `chiSquareSurvival: degrees of freedom k must be a positive finite number, got ${k}.`
    );
  }
  if (x < 0) return 1;
  return regularizedGammaQ(k / 2, x / 2);
}

// src/stats/contingency-table.ts
function reduceContingencyTable(table2, caller) {
  if (table2.length === 0 || table2[0].length === 0) {
    throw new Error(
      `${caller}: the table must have at least one row and one column, got an empty table.`
    );
  }
  const columns = table2[0].length;
  const rowSums = new Array(table2.length).fill(0);
  const columnSums = new Array(columns).fill(0);
  for (let i = 0; i < table2.length; i++) {
    const row = table2[i];
    if (row.length !== columns) {
      throw new Error(
        `${caller}: row ${i} has ${row.length} counts, expected ${columns} as in row 0.`
      );
    }
    for (let j = 0; j < columns; j++) {
      const count = row[j];
      if (!(count >= 0) || count === Infinity) {
        throw new Error(
          `${caller}: count at row ${i}, column ${j} is ${count}, expected a finite number >= 0.`
        );
      }
      rowSums[i] += count;
      columnSums[j] += count;
    }
  }
  const rowIndices = rowSums.flatMap((sum, i) => sum > 0 ? [i] : []);
  const columnIndices = columnSums.flatMap((sum, j) => sum > 0 ? [j] : []);
  if (rowIndices.length === 0) {
    throw new Error(
      `${caller}: every count in the table is 0, expected at least one positive count.`
    );
  }
  const observed = rowIndices.map((i) => columnIndices.map((j) => table2[i][j]));
  const rowTotals = rowIndices.map((i) => rowSums[i]);
  const columnTotals = columnIndices.map((j) => columnSums[j]);
  let total = 0;
  for (const sum of rowTotals) total += sum;
  return { observed, rowIndices, columnIndices, rowTotals, columnTotals, total };
}
function pearsonChiSquare(reduced, yatesCorrection) {
  const { observed, rowTotals, columnTotals, total } = reduced;
  let statistic = 0;
  const expected = rowTotals.map(
    (rowTotal, i) => columnTotals.map((columnTotal, j) => {
      const e = rowTotal * columnTotal / total;
      let o = observed[i][j];
      if (yatesCorrection) {
        const difference = e - o;
        o += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
      }
      statistic += (o - e) * (o - e) / e;
      return e;
    })
  );
  return { statistic, expected };
}

// src/stats/chi-square-contingency.ts
function chiSquareContingency(table2) {
  const reduced = reduceContingencyTable(table2, "chiSquareContingency");
  const degreesOfFreedom = (reduced.rowTotals.length - 1) * (reduced.columnTotals.length - 1);
  const { statistic, expected: reducedExpected } = pearsonChiSquare(
    reduced,
    degreesOfFreedom === 1
  );
  const expected = table2.map((row) => new Array(row.length).fill(0));
  reduced.rowIndices.forEach((i, reducedRow) => {
    reduced.columnIndices.forEach((j, reducedColumn) => {
      expected[i][j] = reducedExpected[reducedRow][reducedColumn];
    });
  });
  if (degreesOfFreedom === 0) {
    return { statistic: 0, pValue: 1, degreesOfFreedom, expected };
  }
  return {
    statistic,
    pValue: chiSquareSurvival(statistic, degreesOfFreedom),
    degreesOfFreedom,
    expected
  };
}

// src/stats/cramers-v.ts
function cramersV(table2) {
  const reduced = reduceContingencyTable(table2, "cramersV");
  const smallerDimension = Math.min(reduced.rowTotals.length, reduced.columnTotals.length);
  if (smallerDimension < 2) return 0;
  const { statistic } = pearsonChiSquare(reduced, false);
  return Math.sqrt(statistic / reduced.total / (smallerDimension - 1));
}

// src/stats/total-variation-distance.ts
function totalVariationDistance(countsA, countsB) {
  if (countsA.length !== countsB.length) {
    throw new Error(
      `totalVariationDistance: countsA has ${countsA.length} categories and countsB has ${countsB.length}, expected the same categories in both.`
    );
  }
  const totalA = countTotal(countsA, "countsA");
  const totalB = countTotal(countsB, "countsB");
  let sum = 0;
  for (let i = 0; i < countsA.length; i++) {
    sum += Math.abs(countsA[i] / totalA - countsB[i] / totalB);
  }
  return 0.5 * sum;
}
function countTotal(counts, name) {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (!(count >= 0) || count === Infinity) {
      throw new Error(
        `totalVariationDistance: ${name}[${i}] is ${count}, expected a finite count >= 0.`
      );
    }
    total += count;
  }
  if (!(total > 0)) {
    throw new Error(
      `totalVariationDistance: ${name} sums to 0 over ${counts.length} categories, expected at least one positive count.`
    );
  }
  return total;
}

// src/stats/z-score-outlier-share.ts
function zScoreOutlierShare(referenceMean, referenceStd, recent, threshold = 3) {
  if (!Number.isFinite(referenceMean)) {
    throw new RangeError(
      `zScoreOutlierShare: referenceMean is ${referenceMean}, expected a finite number.`
    );
  }
  if (!(referenceStd >= 0) || referenceStd === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: referenceStd is ${referenceStd}, expected a finite number >= 0.`
    );
  }
  if (!(threshold >= 0) || threshold === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: threshold is ${threshold}, expected a finite number >= 0.`
    );
  }
  let count = 0;
  let observed = 0;
  for (let i = 0; i < recent.length; i++) {
    const x = recent[i];
    if (x !== x) continue;
    observed++;
    if (Math.abs(x - referenceMean) / referenceStd > threshold) count++;
  }
  return { count, share: observed === 0 ? 0 : count / observed, observed };
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI2 = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/detect/feature-tests.ts
var HISTOGRAM_BINS = 12;
var MAX_CHART_CATEGORIES = 10;
var KS_TEST = {
  id: "ks",
  label: "Kolmogorov-Smirnov",
  symbol: "KS",
  appliesTo: "numeric",
  effectSize: { id: "ks_d", label: "KS statistic D", symbol: "KS D", range: [0, 1] },
  compare: compareNumeric
};
var CHI_SQUARE_TEST = {
  id: "chi2",
  label: "chi-square",
  symbol: "\u03C7\xB2",
  appliesTo: "categorical",
  effectSize: {
    id: "total_variation_distance",
    label: "total variation distance",
    symbol: "TVD",
    range: [0, 1]
  },
  compare: compareCategorical
};
var FEATURE_TESTS = [KS_TEST, CHI_SQUARE_TEST];
function featureTestFor(kind) {
  const found = FEATURE_TESTS.find((t) => t.appliesTo === kind);
  if (!found) throw new Error(`No feature test applies to ${kind} columns.`);
  return found;
}
function describeFeatureTest(id) {
  return FEATURE_TESTS.find((t) => t.id === id);
}
function effectSizeSymbol(effectSizeId) {
  return FEATURE_TESTS.find((t) => t.effectSize.id === effectSizeId)?.effectSize.symbol ?? effectSizeId;
}
function compareProfiles(reference, recent, config) {
  if (reference.kind !== recent.kind) {
    throw new Error(
      `Column '${reference.name}' is ${reference.kind} in the reference and ${recent.kind} in the recent data. Expected one kind on both sides.`
    );
  }
  return featureTestFor(reference.kind).compare(reference, recent, config);
}
function compareNumeric(ref, rec, config) {
  const a = ref.sorted;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: "numeric",
    test: KS_TEST.id,
    effectSizeName: KS_TEST.effectSize.id,
    referenceCount: a.length,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing
  };
  if (a.length === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${a.length === 0 ? "reference" : "recent"} data`
    };
  }
  const ks = ksTestSorted(a, b, { method: config.ksMethod });
  if (Number.isNaN(ks.pValue)) {
    return {
      ...common,
      statistic: ks.statistic,
      pValue: Number.NaN,
      method: ks.method,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: "the asymptotic KS p-value is undefined with one value per sample (use the exact method)"
    };
  }
  const mean = ref.mean;
  const std = ref.standardDeviation;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    // An infinite reference value leaves no finite mean to measure z-scores against.
    ...Number.isFinite(mean) && Number.isFinite(std) ? {
      outlierShare: zScoreOutlierShare(mean, std, b, config.outlierZScore).share,
      referenceOutlierShare: zScoreOutlierShare(mean, std, a, config.outlierZScore).share
    } : {},
    distribution: numericDistribution(a, b)
  };
}
function upperBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function numericDistribution(a, b) {
  const lo = quantileSorted(a, 0.01);
  const hi = quantileSorted(a, 0.99);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) {
    return { labels: [formatBinLabel(lo)], reference: [1], recent: [1] };
  }
  const width = (hi - lo) / HISTOGRAM_BINS;
  const labels = [];
  const reference = [];
  const recent = [];
  let prevA = 0;
  let prevB = 0;
  for (let bin = 0; bin < HISTOGRAM_BINS; bin++) {
    const last = bin === HISTOGRAM_BINS - 1;
    const upper = lo + (bin + 1) * width;
    const endA = last ? a.length : upperBound(a, upper);
    const endB = last ? b.length : upperBound(b, upper);
    labels.push(formatBinLabel(lo + (bin + 0.5) * width));
    reference.push((endA - prevA) / a.length);
    recent.push((endB - prevB) / b.length);
    prevA = endA;
    prevB = endB;
  }
  return { labels, reference, recent };
}
function compareCategorical(ref, rec) {
  const refCounts = new Map(ref.categories.map((label, i) => [label, ref.counts[i]]));
  const recCounts = new Map(rec.categories.map((label, i) => [label, rec.counts[i]]));
  const labels = [.../* @__PURE__ */ new Set([...refCounts.keys(), ...recCounts.keys()])];
  const a = labels.map((l) => refCounts.get(l) ?? 0);
  const b = labels.map((l) => recCounts.get(l) ?? 0);
  const referenceCount = a.reduce((s, x) => s + x, 0);
  const recentCount = b.reduce((s, x) => s + x, 0);
  const common = {
    name: ref.name,
    type: "categorical",
    test: CHI_SQUARE_TEST.id,
    effectSizeName: CHI_SQUARE_TEST.effectSize.id,
    referenceCount,
    recentCount,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    newCategories: labels.filter((l) => !refCounts.has(l)),
    vanishedCategories: labels.filter((l) => !recCounts.has(l))
  };
  if (referenceCount === 0 || recentCount === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${referenceCount === 0 ? "reference" : "recent"} data`
    };
  }
  const chi = chiSquareContingency([a, b]);
  return {
    ...common,
    statistic: chi.statistic,
    pValue: chi.pValue,
    effectSize: totalVariationDistance(a, b),
    cramersV: labels.length > 1 ? cramersV([a, b]) : 0,
    distribution: categoricalDistribution(labels, a, b, referenceCount, recentCount)
  };
}
function categoricalDistribution(labels, a, b, totalA, totalB) {
  const order = labels.map((_, i) => i).sort((i, j) => a[i] / totalA + b[i] / totalB - (a[j] / totalA + b[j] / totalB));
  order.reverse();
  const shown = order.slice(0, MAX_CHART_CATEGORIES);
  const rest = order.slice(MAX_CHART_CATEGORIES);
  const distribution = {
    labels: shown.map((i) => labels[i]),
    reference: shown.map((i) => a[i] / totalA),
    recent: shown.map((i) => b[i] / totalB)
  };
  if (rest.length > 0) {
    distribution.labels.push(`(${rest.length} other)`);
    distribution.reference.push(rest.reduce((s, i) => s + a[i], 0) / totalA);
    distribution.recent.push(rest.reduce((s, i) => s + b[i], 0) / totalB);
  }
  return distribution;
}
function formatBinLabel(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}

// src/stats/neumaier-sum.ts
var NeumaierSum = class {
  #sum = 0;
  #compensation = 0;
  /** Adds one term. */
  add(x) {
    const next = this.#sum + x;
    this.#compensation += Math.abs(this.#sum) >= Math.abs(x) ? this.#sum - next + x : x - next + this.#sum;
    this.#sum = next;
  }
  /** The compensated sum of the terms added so far. */
  get value() {
    return this.#sum + this.#compensation;
  }
};

// src/stats/mean-and-standard-deviation.ts
function meanAndStandardDeviation(values) {
  let count = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) {
      count++;
      const magnitude = Math.abs(x);
      if (magnitude > largest) largest = magnitude;
    }
  }
  if (count === 0) return { mean: NaN, standardDeviation: NaN, count };
  const scale = largest >= SCALE_ABOVE && largest !== Infinity ? 2 ** -Math.ceil(Math.log2(largest)) : 1;
  const sum = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) sum.add(x * scale);
  }
  const scaledMean = sum.value / count;
  const squares = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] * scale - scaledMean;
    if (deviation === deviation) squares.add(deviation * deviation);
  }
  return {
    mean: scaledMean / scale,
    standardDeviation: Math.sqrt(squares.value / count) / scale,
    count
  };
}
var SCALE_ABOVE = 2 ** 500;

// src/stats/sorted-without-nan.ts
function sortedWithoutNaN(values, workspace) {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  const out = take(workspace, "output", count);
  if (count === values.length) out.set(values);
  else {
    let j = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v) out[j++] = v;
    }
  }
  if (count < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return out.sort();
  return radixSortInPlace(out, take(workspace, "scratch", count));
}
function take(workspace, key, length) {
  if (!workspace) return new Float64Array(length);
  let buffer = workspace[key];
  if (!buffer || buffer.length < length) {
    buffer = new Float64Array(length);
    workspace[key] = buffer;
  }
  return buffer.subarray(0, length);
}
var RADIX_MIN_LENGTH = 4096;
var LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
function radixSortInPlace(values, scratch) {
  const n = values.length;
  let src = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let dst = new Uint32Array(scratch.buffer, scratch.byteOffset, 2 * n);
  let srcFloats = values;
  let dstFloats = scratch;
  const histograms = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    let lo = src[2 * i];
    let hi = src[2 * i + 1];
    if (hi & 2147483648) {
      hi = ~hi;
      lo = ~lo;
    } else {
      hi |= 2147483648;
    }
    src[2 * i] = lo;
    src[2 * i + 1] = hi;
    histograms[lo & 65535]++;
    histograms[65536 + (lo >>> 16)]++;
    histograms[131072 + (hi & 65535)]++;
    histograms[196608 + (hi >>> 16)]++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    let trivial = false;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      if (c !== 0) {
        trivial = c === n;
        break;
      }
    }
    if (trivial) continue;
    let sum = 0;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      histograms[base + k] = sum;
      sum += c;
    }
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const digit = (word === 0 ? lo : hi) >>> shift & 65535;
      const p = histograms[base + digit]++;
      dst[2 * p] = lo;
      dst[2 * p + 1] = hi;
    }
    [src, dst] = [dst, src];
    [srcFloats, dstFloats] = [dstFloats, srcFloats];
  }
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 2147483648) {
      src[2 * i + 1] = hi & 2147483647;
    } else {
      src[2 * i + 1] = ~hi;
      src[2 * i] = ~src[2 * i];
    }
  }
  return srcFloats;
}

// src/profile/profile-column.ts
function profileNumericColumn(column, workspace) {
  const sorted = sortedWithoutNaN(column.values, workspace);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  let distinct = 0;
  let integerValued = true;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    if (integerValued && !Number.isInteger(sorted[i])) integerValued = false;
  }
  return {
    kind: "numeric",
    name: column.name,
    rowCount: column.values.length,
    missing: column.missing,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct,
    integerValued,
    order: valueOrder(column.values),
    ...column.invalid ? { invalid: column.invalid } : {}
  };
}
function valueOrder(values) {
  let increasing = true;
  let decreasing = true;
  let previous = Number.NaN;
  for (let i = 0; i < values.length && (increasing || decreasing); i++) {
    const v = values[i];
    if (v !== v) continue;
    if (previous === previous) {
      if (v < previous) increasing = false;
      if (v > previous) decreasing = false;
    }
    previous = v;
  }
  return increasing ? "increasing" : decreasing ? "decreasing" : "none";
}
function profileCategoricalColumn(column) {
  const byCode = new Float64Array(column.categories.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code >= 0) byCode[code]++;
  }
  const byLabel = /* @__PURE__ */ new Map();
  column.categories.forEach((label, i) => {
    if (byCode[i] > 0) byLabel.set(label, (byLabel.get(label) ?? 0) + byCode[i]);
  });
  const counts = Float64Array.from(byLabel.values());
  return {
    kind: "categorical",
    name: column.name,
    rowCount: column.codes.length,
    missing: column.missing,
    count: counts.reduce((sum, c) => sum + c, 0),
    categories: [...byLabel.keys()],
    counts
  };
}
function profileColumn(column, workspace) {
  return column.kind === "numeric" ? profileNumericColumn(column, workspace) : profileCategoricalColumn(column);
}

// src/detect/examine-column-pair.ts
function examineColumnPair(reference, recent, config, workspace) {
  return compareProfiles(
    profileColumn(reference, workspace?.reference),
    profileColumn(recent, workspace?.recent),
    config
  );
}

// src/stats/paired-samples.ts
function assertPairedSamples(actual, predicted, caller, finite) {
  if (actual.length !== predicted.length || actual.length === 0) {
    throw new Error(
      `${caller}: actual has ${actual.length} values and predicted has ${predicted.length}, expected the same non-zero length.`
    );
  }
  if (!finite) return;
  for (const [name, values] of [
    ["actual", actual],
    ["predicted", predicted]
  ]) {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new Error(`${caller}: ${name}[${i}] is ${String(value)}, expected a finite number.`);
      }
    }
  }
}

// src/stats/r-squared.ts
function rSquared(actual, predicted) {
  assertPairedSamples(actual, predicted, "rSquared", true);
  const n = actual.length;
  if (n < 2) return NaN;
  const actualSum = new NeumaierSum();
  for (let i = 0; i < n; i++) actualSum.add(actual[i]);
  const actualMean = actualSum.value / n;
  const residual = new NeumaierSum();
  const total = new NeumaierSum();
  for (let i = 0; i < n; i++) {
    const error = actual[i] - predicted[i];
    const deviation = actual[i] - actualMean;
    residual.add(error * error);
    total.add(deviation * deviation);
  }
  const numerator = residual.value;
  const denominator = total.value;
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}

// src/stats/root-mean-squared-error.ts
function rootMeanSquaredError(actual, predicted) {
  assertPairedSamples(actual, predicted, "rootMeanSquaredError", true);
  const squares = new NeumaierSum();
  for (let i = 0; i < actual.length; i++) {
    const error = actual[i] - predicted[i];
    squares.add(error * error);
  }
  return Math.sqrt(squares.value / actual.length);
}

// src/stats/mean-absolute-error.ts
function meanAbsoluteError(actual, predicted) {
  assertPairedSamples(actual, predicted, "meanAbsoluteError", true);
  const sum = new NeumaierSum();
  for (let i = 0; i < actual.length; i++) sum.add(Math.abs(actual[i] - predicted[i]));
  return sum.value / actual.length;
}

// src/stats/accuracy.ts
function accuracy(actual, predicted) {
  assertPairedSamples(actual, predicted, "accuracy", false);
  let correct = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] === predicted[i]) correct++;
  return correct / actual.length;
}

// src/data/input-error.ts
var InputError = class extends Error {
  name = "InputError";
};

// src/detect/score-model.ts
function resolveTask(outputs, baseline, config) {
  if (!outputs) return "none";
  if (config.task !== "auto") return config.task;
  if (outputs.labels) return "classification";
  const regressionBaseline = baseline.r2 !== void 0 || baseline.rmse !== void 0 || baseline.mae !== void 0;
  return baseline.accuracy !== void 0 && !regressionBaseline ? "classification" : "regression";
}
function scoreModel(outputs, baseline, config) {
  const task = resolveTask(outputs, baseline, config);
  if (!outputs || task === "none") return { task: "none", current: {}, baseline, count: 0 };
  assertNoInfinity(outputs.predictions, "predictions");
  assertNoInfinity(outputs.actuals, "actuals");
  const { predictions, actuals } = dropMissingPairs(outputs.predictions, outputs.actuals);
  if (predictions.length === 0) return { task, current: {}, baseline, count: 0 };
  const current = task === "classification" ? { accuracy: accuracy(actuals, predictions) } : {
    r2: rSquared(actuals, predictions),
    rmse: rootMeanSquaredError(actuals, predictions),
    mae: meanAbsoluteError(actuals, predictions)
  };
  return { task, current, baseline, count: predictions.length };
}
function assertNoInfinity(values, role) {
  for (let i = 0; i < values.length; i++) {
    if (values[i] === Infinity || values[i] === -Infinity) {
      throw new InputError(
        `Recent ${role}: row ${i + 1} is ${values[i]}; expected a finite number or a missing value.`
      );
    }
  }
}
function dropMissingPairs(predictions, actuals) {
  let keep = 0;
  for (let i = 0; i < predictions.length; i++) {
    if (predictions[i] === predictions[i] && actuals[i] === actuals[i]) keep++;
  }
  if (keep === predictions.length) return { predictions, actuals };
  const p = new Float64Array(keep);
  const a = new Float64Array(keep);
  let j = 0;
  for (let i = 0; i < predictions.length; i++) {
    if (predictions[i] === predictions[i] && actuals[i] === actuals[i]) {
      p[j] = predictions[i];
      a[j] = actuals[i];
      j++;
    }
  }
  return { predictions: p, actuals: a };
}

// src/detect/analyze-drift.ts
function analyzeDrift(input, partialConfig = {}, precomputed = /* @__PURE__ */ new Map()) {
  const config = resolveDetectionConfig(partialConfig);
  const { reference, recent } = input;
  const { pairs, schemaChanges } = pairFeatures(input, config);
  const raw = pairs.map(
    ([ref, rec]) => precomputed.get(ref.name) ?? examineColumnPair(ref, rec, config)
  );
  const tested = raw.filter((f) => f.skipped === void 0);
  const adjusted = adjustPValues(
    tested.map((f) => f.pValue),
    config.correction
  );
  const adjustedByName = new Map(tested.map((f, i) => [f.name, adjusted[i]]));
  const features = raw.map((f) => {
    const adjustedPValue = adjustedByName.get(f.name) ?? Number.NaN;
    const drifted2 = f.skipped === void 0 && adjustedPValue < config.dataDriftThreshold && f.effectSize >= config.minEffectSize;
    return { ...f, adjustedPValue, drifted: drifted2 };
  }).sort((a, b) => b.effectSize - a.effectSize || a.name.localeCompare(b.name));
  const drifted = features.filter((f) => f.drifted);
  let outliers = 0;
  let outlierBase = 0;
  let referenceOutlierShareSum = 0;
  let numericTested = 0;
  for (const f of features) {
    if (f.outlierShare === void 0 || f.skipped !== void 0) continue;
    outliers += f.outlierShare * f.recentCount;
    outlierBase += f.recentCount;
    referenceOutlierShareSum += f.referenceOutlierShare ?? 0;
    numericTested += 1;
  }
  const outlierShare = outlierBase > 0 ? outliers / outlierBase : null;
  const referenceOutlierShare = numericTested > 0 ? referenceOutlierShareSum / numericTested : 0;
  const metrics = scoreModel(input.modelOutputs, input.baseline ?? {}, config);
  const measurements = [
    dataDriftMeasurement(features, drifted, config),
    ...modelMeasurements(metrics, config),
    {
      name: "outliers",
      available: outlierShare !== null,
      value: outlierShare,
      threshold: config.outlierThreshold,
      detail: outlierShare === null ? "no numeric feature to check for outliers" : `${percent(outlierShare)} of recent values are outliers (|z| > ${config.outlierZScore}; reference ${percent(referenceOutlierShare)})`
    }
  ];
  const grade = gradeDrift(measurements, { recentRows: recent.rowCount, config });
  const base = {
    referenceRows: reference.rowCount,
    recentRows: recent.rowCount,
    featuresTested: tested.length,
    featuresDrifted: drifted.length,
    features,
    signals: grade.signals,
    metrics,
    schemaChanges,
    outlierShare,
    config,
    score: grade.score
  };
  const decision = recent.rowCount < config.minSamplesForRetraining ? {
    status: "insufficient_data",
    triggered: false,
    severity: "NONE",
    driftType: "none",
    confidence: 0,
    reason: `Insufficient data: ${recent.rowCount} recent row${recent.rowCount === 1 ? "" : "s"}, at least ${config.minSamplesForRetraining} are needed before a retraining decision (reference has ${reference.rowCount}).`
  } : {
    status: "ok",
    triggered: grade.triggered,
    severity: grade.severity,
    driftType: grade.driftType,
    confidence: grade.confidence,
    reason: grade.reason
  };
  return { ...decision, ...base };
}
function pairFeatures(input, config) {
  const excluded = /* @__PURE__ */ new Set([
    ...config.excludeColumns,
    ...input.predictionColumn ? [input.predictionColumn] : [],
    ...input.targetColumn ? [input.targetColumn] : []
  ]);
  const schemaChanges = compareSchemas(input.reference, input.recent, excluded);
  const untested = new Set(schemaChanges.typeChanged.map((c) => c.name));
  const pairs = [];
  for (const column of input.reference.columns) {
    if (excluded.has(column.name) || untested.has(column.name)) continue;
    const other = findColumn(input.recent, column.name);
    if (other) pairs.push([column, other]);
  }
  return { pairs, schemaChanges };
}
function compareSchemas(reference, recent, excluded) {
  const recentByName = new Map(recent.columns.map((c) => [c.name, c]));
  const referenceNames = new Set(reference.columns.map((c) => c.name));
  const typeChanged = [];
  for (const column of reference.columns) {
    const other = recentByName.get(column.name);
    if (other && other.kind !== column.kind && !excluded.has(column.name)) {
      typeChanged.push({ name: column.name, reference: column.kind, recent: other.kind });
    }
  }
  return {
    added: recent.columns.filter((c) => !referenceNames.has(c.name) && !excluded.has(c.name)).map((c) => c.name),
    removed: reference.columns.filter((c) => !recentByName.has(c.name) && !excluded.has(c.name)).map((c) => c.name),
    typeChanged
  };
}
function dataDriftMeasurement(features, drifted, config) {
  const tested = features.filter((f) => f.skipped === void 0).length;
  const share = tested > 0 ? drifted.length / tested : 0;
  const top = drifted[0];
  const detail = tested === 0 ? "no feature could be tested" : drifted.length === 0 ? `0 of ${tested} features drifted` : `${drifted.length} of ${tested} feature${tested === 1 ? "" : "s"} drifted (largest: ${top.name}, ${effectSizeSymbol(top.effectSizeName)} = ${top.effectSize.toFixed(2)})`;
  return {
    name: "data_drift",
    available: tested > 0,
    value: tested > 0 ? share : null,
    threshold: config.dataDriftThreshold,
    detail,
    dataDrift: {
      drifted: drifted.length,
      share,
      maxEffect: top?.effectSize ?? 0,
      minEffect: config.minEffectSize
    }
  };
}
function relativeChange(value, baseline) {
  if (value === void 0 || baseline === void 0) return null;
  if (Number.isNaN(value) || Number.isNaN(baseline)) return null;
  if (baseline === 0) return value === 0 ? 0 : Math.sign(value) * Number.MAX_VALUE;
  return (value - baseline) / Math.abs(baseline);
}
function modelMeasurements(metrics, config) {
  const { current, baseline, task } = metrics;
  const why = task === "none" ? "no predictions and actuals given" : metrics.count === 0 ? "no prediction with its actual value" : "no baseline metric to compare with";
  let errorName = "error";
  let errorIncrease = null;
  if (task === "classification" && current.accuracy !== void 0 && baseline.accuracy !== void 0) {
    errorName = "error rate";
    errorIncrease = relativeChange(1 - current.accuracy, 1 - baseline.accuracy);
  } else if (task === "regression" && current.mae !== void 0 && baseline.mae !== void 0) {
    errorName = "MAE";
    errorIncrease = relativeChange(current.mae, baseline.mae);
  } else if (task === "regression" && current.rmse !== void 0 && baseline.rmse !== void 0) {
    errorName = "RMSE";
    errorIncrease = relativeChange(current.rmse, baseline.rmse);
  }
  const qualityName = task === "classification" ? "accuracy" : "R\xB2";
  const qualityNow = task === "classification" ? current.accuracy : current.r2;
  const qualityBase = task === "classification" ? baseline.accuracy : baseline.r2;
  const change = relativeChange(qualityNow, qualityBase);
  const qualityDrop = change === null ? null : -change;
  const rmseIncrease = task === "regression" ? relativeChange(current.rmse, baseline.rmse) : null;
  return [
    {
      name: "concept_drift",
      available: errorIncrease !== null,
      value: errorIncrease,
      threshold: config.conceptDriftThreshold,
      detail: errorIncrease === null ? `error increase not checked (${why})` : `${errorName} ${errorIncrease >= 0 ? "rose" : "fell"} ${percent(Math.abs(errorIncrease))} against baseline (threshold ${percent(config.conceptDriftThreshold)})`
    },
    {
      name: "performance_drop",
      available: qualityDrop !== null,
      value: qualityDrop,
      threshold: config.performanceThreshold,
      detail: qualityDrop === null ? `${qualityName} drop not checked (${qualityNow !== void 0 && Number.isNaN(qualityNow) ? `${qualityName} is undefined for fewer than two predictions` : why})` : `${qualityName} ${qualityDrop >= 0 ? "dropped" : "rose"} ${percent(Math.abs(qualityDrop))} from ${formatNumber(qualityBase)} to ${formatNumber(qualityNow)} (threshold ${percent(config.performanceThreshold)})`
    },
    {
      name: "rmse_increase",
      available: rmseIncrease !== null,
      value: rmseIncrease,
      threshold: config.rmseThreshold,
      detail: rmseIncrease === null ? `RMSE increase not checked (${task === "classification" ? "classification model" : why})` : `RMSE ${rmseIncrease >= 0 ? "rose" : "fell"} ${percent(Math.abs(rmseIncrease))} from ${formatNumber(baseline.rmse)} to ${formatNumber(current.rmse)} (threshold ${percent(config.rmseThreshold)})`
    }
  ];
}
function percent(share) {
  if (share >= 1e6) return "over 100000000%";
  const value = share * 100;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}%`;
}
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}

// src/data/parse-baseline-metrics.ts
var ALLOWED_KEYS = ["r2", "rmse", "mae", "accuracy"];
var RULES = {
  r2: { ok: (x) => x <= 1, expected: "a finite number at most 1" },
  rmse: { ok: (x) => x >= 0, expected: "a finite number >= 0" },
  mae: { ok: (x) => x >= 0, expected: "a finite number >= 0" },
  accuracy: { ok: (x) => x >= 0 && x <= 1, expected: "a number between 0 and 1" }
};
function checkBaselineMetrics(data, source = "baseline metrics") {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError(
      `${source}: ${show2(data)} is not a JSON object; expected an object such as {"r2": 0.87, "rmse": 4.2}.`
    );
  }
  const metrics = {};
  for (const [key, value] of Object.entries(data)) {
    if (!ALLOWED_KEYS.includes(key)) {
      throw new InputError(
        `${source}: unknown metric "${key}"; expected only ${ALLOWED_KEYS.join(", ")}.`
      );
    }
    const name = key;
    const rule = RULES[name];
    if (typeof value !== "number" || !Number.isFinite(value) || !rule.ok(value)) {
      throw new InputError(`${source}: "${name}" is ${show2(value)}; expected ${rule.expected}.`);
    }
    metrics[name] = value;
  }
  return metrics;
}
function show2(value) {
  if (typeof value === "number") return String(value);
  return JSON.stringify(value) ?? String(value);
}

// src/data/table-from-values.ts
var MISSING_TEXT = /* @__PURE__ */ new Set(["", "NA", "NaN", "null", "None"]);
function toTable(value, source) {
  if (isTable(value)) return value;
  if (Array.isArray(value)) return tableFromRecords(value, source);
  return tableFromColumns(value, source);
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Array.isArray(value.columns) && typeof value.rowCount === "number";
}
function tableFromRecords(records, source) {
  const names = [];
  const seen = /* @__PURE__ */ new Set();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        names.push(key);
      }
    }
  }
  const columns = names.map(
    (name) => columnFrom(name, records.length, (i) => records[i][name], source)
  );
  return { source, rowCount: records.length, columns };
}
function tableFromColumns(columns, source) {
  const entries = Object.entries(columns);
  const rowCount = entries.length > 0 ? entries[0][1].length : 0;
  for (const [name, values] of entries) {
    if (values.length !== rowCount) {
      throw new InputError(
        `${source}: column '${name}' has ${values.length} values, expected ${rowCount} like column '${entries[0][0]}'.`
      );
    }
  }
  return {
    source,
    rowCount,
    columns: entries.map(([name, values]) => columnFrom(name, rowCount, (i) => values[i], source))
  };
}
function isMissing(value) {
  return value === null || value === void 0 || typeof value === "number" && Number.isNaN(value) || typeof value === "string" && MISSING_TEXT.has(value.trim());
}
function asNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : void 0;
  }
  return void 0;
}
function columnFrom(name, rowCount, get, source) {
  let missing = 0;
  let numeric = true;
  for (let i = 0; i < rowCount; i++) {
    const v = get(i);
    if (isMissing(v)) missing++;
    else if (asNumber(v) === void 0) numeric = false;
  }
  if (numeric) {
    const values = new Float64Array(rowCount);
    for (let i = 0; i < rowCount; i++) {
      const v = get(i);
      values[i] = isMissing(v) ? Number.NaN : asNumber(v);
    }
    return { kind: "numeric", name, values, missing };
  }
  const codes = new Int32Array(rowCount);
  const categories = [];
  const index = /* @__PURE__ */ new Map();
  for (let i = 0; i < rowCount; i++) {
    const v = get(i);
    if (isMissing(v)) {
      codes[i] = -1;
      continue;
    }
    if (typeof v === "object") {
      throw new InputError(
        `${source}: row ${i + 1}, column '${name}' holds ${JSON.stringify(v)}; expected a number, a string or a missing value.`
      );
    }
    const label = String(v);
    let code = index.get(label);
    if (code === void 0) {
      code = categories.length;
      categories.push(label);
      index.set(label, code);
    }
    codes[i] = code;
  }
  return { kind: "categorical", name, codes, categories, missing };
}

// src/detect/analyze-drift-in-parallel.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var MIN_VALUES_FOR_THREADS = 2e5;
async function analyzeDriftInParallel(input, partialConfig = {}, options = {}) {
  const config = resolveDetectionConfig(partialConfig);
  const { pairs } = pairFeatures(input, config);
  const numeric = pairs.filter(
    (pair) => pair[0].kind === "numeric" && pair[1].kind === "numeric"
  );
  const values = numeric.reduce((sum, [a, b]) => sum + a.values.length + b.values.length, 0);
  const threads = Math.min(options.threads ?? Math.min(availableParallelism(), 4), numeric.length);
  if (threads < 2 || values < MIN_VALUES_FOR_THREADS) return analyzeDrift(input, config);
  const results = await runInWorkers(numeric, config, threads);
  return analyzeDrift(input, config, results);
}
function forWorker(column) {
  if (column.values.buffer instanceof SharedArrayBuffer) return { column, transfer: [] };
  const values = column.values.slice();
  return { column: { ...column, values }, transfer: [values.buffer] };
}
function workerUrl() {
  return new URL(
    import.meta.url.endsWith(".ts") ? "./feature-worker.ts" : "./feature-worker.js",
    import.meta.url
  );
}
async function runInWorkers(pairs, config, threads) {
  const results = /* @__PURE__ */ new Map();
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl()));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve, reject) => {
          const send = () => {
            if (next >= pairs.length) return resolve();
            const index = next++;
            const reference = forWorker(pairs[index][0]);
            const recent = forWorker(pairs[index][1]);
            const job = {
              index,
              reference: reference.column,
              recent: recent.column,
              config
            };
            worker.postMessage(job, [...reference.transfer, ...recent.transfer]);
          };
          worker.on(
            "message",
            (message) => {
              if (message.error !== void 0) {
                reject(
                  new Error(
                    `Testing feature '${pairs[message.index][0].name}' failed: ${message.error}`
                  )
                );
                return;
              }
              results.set(pairs[message.index][0].name, message.result);
              send();
            }
          );
          worker.on("error", reject);
          send();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

// src/profile/merge-column-profiles.ts
var MAX_INVALID_EXAMPLES = 5;
function mergeColumnProfiles(first, second) {
  if (first.name !== second.name || first.kind !== second.kind) {
    throw new Error(
      `Cannot merge the profile of ${first.kind} column '${first.name}' with that of ${second.kind} column '${second.name}'. Expected two parts of the same column.`
    );
  }
  return first.kind === "numeric" ? mergeNumeric(first, second) : mergeCategorical(first, second);
}
function mergeNumeric(a, b) {
  const sorted = mergeSorted(a.sorted, b.sorted);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  }
  const invalidCount = (a.invalid?.count ?? 0) + (b.invalid?.count ?? 0);
  const examples = [.../* @__PURE__ */ new Set([...a.invalid?.examples ?? [], ...b.invalid?.examples ?? []])];
  return {
    kind: "numeric",
    name: a.name,
    rowCount: a.rowCount + b.rowCount,
    missing: a.missing + b.missing,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct,
    integerValued: a.integerValued && b.integerValued,
    order: mergedOrder(a, b),
    ...invalidCount > 0 ? { invalid: { count: invalidCount, examples: examples.slice(0, MAX_INVALID_EXAMPLES) } } : {}
  };
}
function mergedOrder(a, b) {
  if (a.count === 0) return b.order;
  if (b.count === 0) return a.order;
  const constant = (p) => p.sorted[0] === p.sorted[p.count - 1];
  const rising = (p) => p.order === "increasing";
  const falling = (p) => p.order === "decreasing" || constant(p);
  if (rising(a) && rising(b) && a.sorted[a.count - 1] <= b.sorted[0]) return "increasing";
  if (falling(a) && falling(b) && a.sorted[0] >= b.sorted[b.count - 1]) return "decreasing";
  return "none";
}
function mergeSorted(a, b) {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    const takeB = y < x || y === 0 && x === 0 && Object.is(y, -0) && !Object.is(x, -0);
    out[k++] = takeB ? b[j++] : a[i++];
  }
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
function mergeCategorical(a, b) {
  const byLabel = /* @__PURE__ */ new Map();
  a.categories.forEach((label, i) => byLabel.set(label, a.counts[i]));
  b.categories.forEach((label, i) => byLabel.set(label, (byLabel.get(label) ?? 0) + b.counts[i]));
  return {
    kind: "categorical",
    name: a.name,
    rowCount: a.rowCount + b.rowCount,
    missing: a.missing + b.missing,
    count: a.count + b.count,
    categories: [...byLabel.keys()],
    counts: Float64Array.from(byLabel.values())
  };
}

// src/report/escape.ts
var MAX_NAME_LENGTH = 64;
var MAX_VALUE_LENGTH = 40;
var MAX_CHART_LABEL_LENGTH = 24;
var MAX_SENTENCE_LENGTH = 400;
var MAX_LISTED_CATEGORIES = 5;
var ZWSP = "\u200B";
var countFormat = new Intl.NumberFormat("en-US");
function truncate(text, max) {
  const { kept, cut } = cutText(text, max);
  return cut ? `${kept}\u2026 (${countFormat.format(text.length)} characters)` : kept;
}
function cutText(text, max) {
  if (text.length <= max) return { kept: text, cut: false };
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return { kept: text.slice(0, end), cut: true };
}
function lengthNote(text) {
  return `\u2026 (${countFormat.format(text.length)} characters)`;
}
function visibleControls(text) {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => {
      const code = ch.charCodeAt(0);
      if (code < 32) return String.fromCharCode(9216 + code);
      if (code === 127) return "\u2421";
      return "\uFFFD";
    }
  );
}
function markdownText(text, max = MAX_SENTENCE_LENGTH) {
  const { kept, cut } = cutText(text, max);
  const escaped = visibleControls(kept).replace(/[\\`*_[\]<>&~|$!]/g, "\\$&").replace(/[@#]/g, `$&${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`);
  return cut ? `${escaped}${lengthNote(text)}` : escaped;
}
function markdownCode(name, options = {}) {
  if (name.length === 0) return "_(empty name)_";
  const max = options.max ?? MAX_NAME_LENGTH;
  if (options.inTable && name.slice(0, max).includes("|")) return markdownText(name, max);
  const { kept, cut } = cutText(name, max);
  const content = visibleControls(kept).replace(/<!--/g, `<!${ZWSP}--`);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = /^`|`$/.test(content) || content.startsWith(" ") && content.endsWith(" ") && content.trim() ? " " : "";
  const span = `${fence}${pad}${content}${pad}${fence}`;
  return cut ? `${span}${lengthNote(name)}` : span;
}
function markdownCodeList(values, options = {}) {
  return capList(
    values,
    options.max ?? MAX_LISTED_CATEGORIES,
    (value) => markdownCode(value, { inTable: options.inTable, max: MAX_VALUE_LENGTH })
  );
}
function capList(items, max, render) {
  const shown = items.slice(0, max).map(render);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${countFormat.format(rest)} more` : shown.join(", ");
}
function mermaidLabel(text, max = MAX_CHART_LABEL_LENGTH) {
  const { kept, cut } = cutText(text, max);
  const label = visibleControls(kept).replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/\\/g, "\u2216").replace(/#(?=[\w]+;)/g, "\uFF03").replace(/%(?=%)/g, `%${ZWSP}`);
  return cut ? `${label}\u2026` : label;
}
function terminalText(text, max = MAX_NAME_LENGTH) {
  const { kept, cut } = cutText(text, max);
  const safe = visibleControls(kept).replace(/:(?=:)/g, `:${ZWSP}`);
  return cut ? `${safe}${lengthNote(text)}` : safe;
}

// src/report/format.ts
function formatPercent(share) {
  if (share === null || share === void 0 || !Number.isFinite(share)) return "n/a";
  const value = share * 100;
  if (Math.abs(value) >= 1e6) return `${value.toExponential(1)}%`;
  return `${Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(1)}%`;
}
function formatPValue(p) {
  if (Number.isNaN(p)) return "n/a";
  if (p === 0) return "0";
  if (p < 1e-3) return p.toExponential(2);
  return Number(p.toPrecision(3)).toString();
}
function formatNumber2(value) {
  if (value === null || value === void 0 || Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

// src/report/labels.ts
var SEVERITY_ICON = {
  NONE: "\u{1F7E2}",
  LOW: "\u{1F7E1}",
  MEDIUM: "\u{1F7E0}",
  HIGH: "\u{1F534}",
  CRITICAL: "\u{1F6A8}"
};
var SIGNAL_LABEL = {
  data_drift: "Data drift (KS / chi-square per feature)",
  concept_drift: "Concept drift (error increase)",
  performance_drop: "Performance drop (R\xB2 or accuracy)",
  rmse_increase: "RMSE increase",
  outliers: "Outliers (z-score)"
};
function strengthLabel(strength) {
  return strength.replace("_", " ");
}
function testLabel(feature) {
  return describeFeatureTest(feature.test)?.symbol ?? feature.test;
}
function effectLabel(feature) {
  return effectSizeSymbol(feature.effectSizeName);
}

// src/report/render-markdown.ts
var MAX_SUMMARY_BYTES = 1024 * 1024;
var MAX_COMMENT_CHARACTERS = 65536;
var COMMENT_RESERVE = 1024;
function renderMarkdown(report, options = {}) {
  const fits = options.target === "comment" ? (text) => text.length <= MAX_COMMENT_CHARACTERS - COMMENT_RESERVE : (text) => Buffer.byteLength(text, "utf8") <= MAX_SUMMARY_BYTES;
  const rows = report.features.map(featureRow);
  const full = assemble(report, options, rows, rows.length);
  if (fits(full)) return full;
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(assemble(report, options, rows, mid))) low = mid;
    else high = mid - 1;
  }
  const cut = assemble(report, options, rows, low);
  if (fits(cut)) return cut;
  return assemble(report, { ...options, footer: void 0 }, rows, 0);
}
function assemble(report, options, rows, rowsShown) {
  const h = "#".repeat(options.headingLevel ?? 2);
  const lines = [];
  lines.push(`${h} ${SEVERITY_ICON[report.severity]} drift-sentinel: ${report.severity}`);
  lines.push("");
  lines.push(`**${markdownText(report.reason)}**`);
  lines.push("");
  lines.push(
    `| Severity | Drift type | Confidence | Retraining triggered |
|---|---|---|---|
| ${report.severity} | ${report.driftType} | ${report.confidence}/100 | ${report.triggered ? `yes (at ${report.config.retrainOn} or above)` : `no (triggers at ${report.config.retrainOn})`} |`
  );
  lines.push("");
  if (options.nextStep) {
    lines.push(`**Next:** ${options.nextStep}`);
    lines.push("");
  }
  lines.push(
    `Reference: ${report.referenceRows} rows \xB7 recent: ${report.recentRows} rows \xB7 ${report.featuresTested} features tested, ${report.featuresDrifted} drifted.`
  );
  lines.push("");
  lines.push(`${h}# Signals`);
  lines.push("");
  lines.push("| Signal | Value | Threshold | Fired | Strength | Detail |");
  lines.push("|---|---|---|---|---|---|");
  for (const s of report.signals) {
    lines.push(
      `| ${SIGNAL_LABEL[s.name]} | ${s.available ? formatPercent(s.value) : "n/a"} | ${s.name === "data_drift" ? `p < ${report.config.dataDriftThreshold} (adjusted) and effect \u2265 ${report.config.minEffectSize}` : formatPercent(s.threshold)} | ${s.fired ? "\u26A0\uFE0F yes" : "no"} | ${strengthLabel(s.strength)} | ${markdownText(s.detail)} |`
    );
  }
  lines.push("");
  if (report.metrics.task !== "none") {
    lines.push(`${h}# Model metrics (${report.metrics.task}, ${report.metrics.count} scored rows)`);
    lines.push("");
    lines.push("| Metric | Baseline | Recent |");
    lines.push("|---|---|---|");
    for (const key of ["r2", "rmse", "mae", "accuracy"]) {
      const now = report.metrics.current[key];
      const before = report.metrics.baseline[key];
      if (now === void 0 && before === void 0) continue;
      lines.push(
        `| ${key === "r2" ? "R\xB2" : key.toUpperCase()} | ${formatNumber2(before)} | ${formatNumber2(now)} |`
      );
    }
    lines.push("");
  }
  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length > 0) {
    lines.push(`${h}# Schema changes`);
    lines.push("");
    if (schema.added.length)
      lines.push(`- Added in recent data: ${markdownCodeList(schema.added, { max: 20 })}`);
    if (schema.removed.length)
      lines.push(`- Missing from recent data: ${markdownCodeList(schema.removed, { max: 20 })}`);
    for (const c of schema.typeChanged.slice(0, 20)) {
      lines.push(
        `- ${markdownCode(c.name)} changed type: ${markdownText(c.reference)} \u2192 ${markdownText(c.recent)} (not tested)`
      );
    }
    if (schema.typeChanged.length > 20)
      lines.push(`- \u2026 and ${schema.typeChanged.length - 20} more columns that changed type`);
    lines.push("");
  }
  lines.push(`${h}# Features`);
  lines.push("");
  const tableRows = Math.min(options.tableRows ?? 25, rowsShown);
  lines.push(FEATURE_TABLE_HEAD, ...rows.slice(0, tableRows));
  if (rowsShown > tableRows) {
    lines.push("");
    lines.push(`<details><summary>${rowsShown - tableRows} more features</summary>`);
    lines.push("");
    lines.push(FEATURE_TABLE_HEAD, ...rows.slice(tableRows, rowsShown));
    lines.push("");
    lines.push("</details>");
  }
  if (rowsShown < rows.length) {
    lines.push("");
    lines.push(
      `_${rows.length - rowsShown} more features are not listed here, to fit GitHub's size limit${options.target === "comment" ? " for comments; the job summary lists more" : ""}; the JSON report (\`--format json\`) has them all._`
    );
  }
  lines.push("");
  const chartCount = options.charts ?? 3;
  const charted = report.features.filter((f) => f.skipped === void 0 && f.distribution.labels.length > 1).slice(0, chartCount);
  if (chartCount > 0 && charted.length > 0) {
    lines.push(`${h}# Distributions of the most shifted features`);
    lines.push("");
    lines.push("Bars: reference \xB7 line: recent (share of non-missing values per bin).");
    lines.push("");
    for (const f of charted) lines.push(...distributionChart(f), "");
  }
  if (options.footer) lines.push(options.footer, "");
  return lines.join("\n");
}
var FEATURE_TABLE_HEAD = "| Feature | Type | Test | Statistic | p | Adjusted p | Effect | Drifted | Missing (ref / recent) |\n|---|---|---|---|---|---|---|---|---|";
function featureRow(f) {
  const notes = [];
  if (f.newCategories?.length)
    notes.push(`new: ${markdownCodeList(f.newCategories, { inTable: true })}`);
  if (f.vanishedCategories?.length)
    notes.push(`gone: ${markdownCodeList(f.vanishedCategories, { inTable: true })}`);
  if (f.skipped) notes.push(`skipped: ${markdownText(f.skipped)}`);
  return `| ${markdownCode(f.name, { inTable: true })}${notes.length ? ` <sub>${notes.join("; ")}</sub>` : ""} | ${f.type} | ${testLabel(f)} | ${formatNumber2(f.statistic)} | ${formatPValue(f.pValue)} | ${formatPValue(f.adjustedPValue)} | ${formatNumber2(f.effectSize)} ${effectLabel(f)} | ${f.drifted ? "\u26A0\uFE0F yes" : "no"} | ${f.referenceMissing} / ${f.recentMissing} |`;
}
function distributionChart(f) {
  const { labels, reference, recent } = f.distribution;
  const max = Math.max(...reference, ...recent);
  const top = Math.min(1, Math.ceil(max * 20) / 20 || 0.05);
  const values = (xs) => xs.map((x) => Number(x.toFixed(4))).join(", ");
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidLabel(f.name, 40)} (${effectLabel(f)} = ${formatNumber2(f.effectSize)})"`,
    `    x-axis [${labels.map((label) => `"${mermaidLabel(label)}"`).join(", ")}]`,
    `    y-axis "share" 0 --> ${top}`,
    `    bar [${values(reference)}]`,
    `    line [${values(recent)}]`,
    "```"
  ];
}

// src/report/render-text.ts
function renderText(report, options = {}) {
  const out = [];
  out.push(
    `drift-sentinel: ${report.severity}${report.triggered ? " (retraining triggered)" : ""}`
  );
  out.push(terminalText(report.reason, MAX_SENTENCE_LENGTH));
  out.push(
    `drift type ${report.driftType} \xB7 confidence ${report.confidence}/100 \xB7 reference ${report.referenceRows} rows \xB7 recent ${report.recentRows} rows`
  );
  out.push("");
  out.push("Signals");
  out.push(
    table(
      ["signal", "value", "threshold", "fired", "strength"],
      report.signals.map((s) => [
        s.name,
        s.available ? formatPercent(s.value) : "n/a",
        s.name === "data_drift" ? `p<${report.config.dataDriftThreshold}` : formatPercent(s.threshold),
        s.fired ? "YES" : "no",
        s.strength
      ])
    )
  );
  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length > 0) {
    out.push("");
    out.push("Schema changes");
    if (schema.added.length) out.push(`  added:   ${nameList(schema.added)}`);
    if (schema.removed.length) out.push(`  removed: ${nameList(schema.removed)}`);
    for (const c of schema.typeChanged)
      out.push(
        `  ${terminalText(c.name)}: ${terminalText(c.reference)} -> ${terminalText(c.recent)}`
      );
  }
  out.push("");
  out.push(`Features (${report.featuresDrifted} of ${report.featuresTested} drifted)`);
  const limit = options.maxFeatures ?? 50;
  out.push(
    table(
      ["feature", "type", "statistic", "p", "adj. p", "effect", "drifted"],
      report.features.slice(0, limit).map((f) => [
        terminalText(f.name),
        f.type,
        formatNumber2(f.statistic),
        formatPValue(f.pValue),
        formatPValue(f.adjustedPValue),
        formatNumber2(f.effectSize),
        f.skipped ? `skipped: ${terminalText(f.skipped, MAX_SENTENCE_LENGTH)}` : f.drifted ? "YES" : "no"
      ])
    )
  );
  if (report.features.length > limit)
    out.push(`  ... ${report.features.length - limit} more (use --format json)`);
  return out.join("\n") + "\n";
}
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => "  " + cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
function nameList(names) {
  return capList(names, MAX_LISTED_CATEGORIES * 4, (name) => terminalText(name));
}

// src/report/render-json.ts
var MAX_JSON_CATEGORIES = 1e3;
var MAX_JSON_VALUE_LENGTH = 1e3;
function renderJson(report) {
  const capped = { ...report, features: report.features.map(capCategories) };
  return JSON.stringify(
    capped,
    (_key, value) => typeof value === "number" && !Number.isFinite(value) ? null : value,
    2
  ) + "\n";
}
function capCategories(feature) {
  const { newCategories, vanishedCategories, distribution } = feature;
  const labels = distribution.labels.some((v) => v.length > MAX_JSON_VALUE_LENGTH) ? {
    distribution: {
      ...distribution,
      labels: distribution.labels.map((v) => truncate(v, MAX_JSON_VALUE_LENGTH))
    }
  } : {};
  const tooMany = (list) => list !== void 0 && (list.length > MAX_JSON_CATEGORIES || list.some((v) => v.length > MAX_JSON_VALUE_LENGTH));
  if (!tooMany(newCategories) && !tooMany(vanishedCategories)) return { ...feature, ...labels };
  const cap = (list) => list.slice(0, MAX_JSON_CATEGORIES).map((v) => truncate(v, MAX_JSON_VALUE_LENGTH));
  return {
    ...feature,
    ...labels,
    ...newCategories && {
      newCategories: cap(newCategories),
      newCategoryCount: newCategories.length
    },
    ...vanishedCategories && {
      vanishedCategories: cap(vanishedCategories),
      vanishedCategoryCount: vanishedCategories.length
    }
  };
}

// src/stats/chan-combined-moments.ts
function chanCombinedMoments(a, b) {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  const mean = a.mean + delta * b.count / count;
  const m2 = a.count * a.standardDeviation ** 2 + b.count * b.standardDeviation ** 2 + delta * delta * a.count / count * b.count;
  return { count, mean, standardDeviation: Math.sqrt(m2 / count) };
}

// src/index.ts
var AutomaticRetrainingOrchestrator = class {
  /** The complete, validated configuration (defaults filled in). */
  config;
  constructor(options = {}) {
    this.config = resolveDetectionConfig(options);
  }
  /**
   * Checks recent data and model outputs against the reference and the baseline.
   * Tables are arrays of records, objects of columns, or loaded Tables; predictions
   * and actuals are aligned with the recent rows (pass both or neither).
   */
  shouldRetrain(reference, recent, predictions, actuals, baselineMetrics = {}) {
    const baseline = checkBaselineMetrics(baselineMetrics, "baselineMetrics");
    const recentTable = toTable(recent, "recent");
    const hasPredictions = predictions !== null && predictions !== void 0;
    const hasActuals = actuals !== null && actuals !== void 0;
    if (hasPredictions !== hasActuals) {
      throw new InputError(
        `shouldRetrain: ${hasPredictions ? "predictions" : "actuals"} given without ${hasPredictions ? "actuals" : "predictions"}; pass both or neither.`
      );
    }
    let modelOutputs;
    if (hasPredictions && hasActuals) {
      if (predictions.length !== actuals.length || predictions.length !== recentTable.rowCount) {
        throw new InputError(
          `shouldRetrain: ${predictions.length} predictions, ${actuals.length} actuals and ${recentTable.rowCount} recent rows; expected the same count for all three.`
        );
      }
      modelOutputs = {
        predictions: Float64Array.from(predictions),
        actuals: Float64Array.from(actuals)
      };
    }
    return analyzeDrift(
      {
        reference: toTable(reference, "reference"),
        recent: recentTable,
        modelOutputs,
        baseline
      },
      this.config
    );
  }
};
export {
  AutomaticRetrainingOrchestrator,
  DEFAULT_DETECTION_CONFIG,
  FEATURE_TESTS,
  InputError,
  SEVERITIES,
  accuracy,
  adjustPValues,
  analyzeDrift,
  analyzeDriftInParallel,
  benjaminiHochberg,
  bonferroni,
  chanCombinedMoments,
  chiSquareContingency,
  compareProfiles,
  cramersV,
  describeFeatureTest,
  effectSizeSymbol,
  featureTestFor,
  ksTest,
  ksTestSorted,
  meanAbsoluteError,
  mergeColumnProfiles,
  profileColumn,
  rSquared,
  renderJson,
  renderMarkdown,
  renderText,
  resolveDetectionConfig,
  rootMeanSquaredError,
  severityRank,
  tableFromColumns,
  tableFromRecords,
  toTable,
  totalVariationDistance
};
