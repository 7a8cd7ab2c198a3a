import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);
import {
  renderText
} from "./chunks/chunk-YFBOK4ML.js";
import {
  DEFAULT_DETECTION_CONFIG,
  SEVERITIES,
  accuracy,
  adjustPValues,
  analyzeDrift,
  benjaminiHochberg,
  bonferroni,
  chiSquareContingency,
  cramersV,
  ksTest,
  ksTestSorted,
  meanAbsoluteError,
  rSquared,
  renderJson,
  renderMarkdown,
  resolveDetectionConfig,
  rootMeanSquaredError,
  severityRank,
  totalVariationDistance
} from "./chunks/chunk-W5IKLKNE.js";
import {
  InputError
} from "./chunks/chunk-GZRH5NJH.js";

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
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
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
      modelOutputs = { predictions: Float64Array.from(predictions), actuals: Float64Array.from(actuals) };
    }
    return analyzeDrift(
      { reference: toTable(reference, "reference"), recent: recentTable, modelOutputs, baseline: baselineMetrics },
      this.config
    );
  }
};
export {
  AutomaticRetrainingOrchestrator,
  DEFAULT_DETECTION_CONFIG,
  InputError,
  SEVERITIES,
  accuracy,
  adjustPValues,
  analyzeDrift,
  benjaminiHochberg,
  bonferroni,
  chiSquareContingency,
  cramersV,
  ksTest,
  ksTestSorted,
  meanAbsoluteError,
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
