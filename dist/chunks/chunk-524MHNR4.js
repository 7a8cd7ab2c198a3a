import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);
import {
  findColumn
} from "./chunk-W5IKLKNE.js";
import {
  loadBaselineMetrics,
  loadCsv,
  loadNumberArray
} from "./chunk-TDXX4IHC.js";
import {
  InputError
} from "./chunk-GZRH5NJH.js";

// src/detect/model-outputs.ts
function resolveModelOutputs(recent, predictions, actuals) {
  if (predictions.kind === "none" && actuals.kind === "none") return void 0;
  if (predictions.kind === "none" || actuals.kind === "none") {
    const given = predictions.kind === "none" ? "actuals" : "predictions";
    const missing = predictions.kind === "none" ? "predictions" : "actuals";
    throw new InputError(
      `Recent ${given} were given without recent ${missing}: both are needed to score the model (or give neither).`
    );
  }
  const p = side(recent, predictions, "predictions");
  const a = side(recent, actuals, "actuals");
  if (p.values.length !== a.values.length) {
    throw new InputError(
      `${p.source} has ${p.values.length} predictions but ${a.source} has ${a.values.length} actuals: they must have one value per recent row each.`
    );
  }
  if (p.values.length !== recent.rowCount) {
    throw new InputError(
      `${p.source} has ${p.values.length} values but ${recent.source} has ${recent.rowCount} rows: predictions and actuals must have one value per recent row.`
    );
  }
  if (p.labels || a.labels) {
    return sharedLabelSpace(p, a);
  }
  return { predictions: p.values, actuals: a.values };
}
function side(recent, source, role) {
  if (source.kind === "array") return { values: source.values, source: source.source };
  if (source.kind === "none") throw new Error("unreachable");
  const column = findColumn(recent, source.column);
  if (!column) {
    throw new InputError(
      `${recent.source}: no column '${source.column}' for the ${role}. Columns are: ${recent.columns.map((c) => c.name).join(", ")}.`
    );
  }
  const where = `${recent.source} column '${column.name}'`;
  if (column.kind === "numeric") return { values: column.values, source: where };
  const values = new Float64Array(column.codes.length);
  for (let i = 0; i < values.length; i++) values[i] = column.codes[i] < 0 ? Number.NaN : column.codes[i];
  return { values, source: where, labels: column.categories };
}
function sharedLabelSpace(p, a) {
  const labels = [];
  const index = /* @__PURE__ */ new Map();
  const recode = (s) => {
    const out = new Float64Array(s.values.length);
    for (let i = 0; i < out.length; i++) {
      const v = s.values[i];
      if (v !== v) {
        out[i] = Number.NaN;
        continue;
      }
      const label = s.labels ? s.labels[v] : String(v);
      let code = index.get(label);
      if (code === void 0) {
        code = labels.length;
        labels.push(label);
        index.set(label, code);
      }
      out[i] = code;
    }
    return out;
  };
  return { predictions: recode(p), actuals: recode(a), labels };
}

// src/data/load-drift-inputs.ts
async function loadDriftInputs(sources) {
  const csvOptions = (path) => ({
    categorical: sources.categorical,
    numeric: sources.numeric,
    onProgress: sources.onProgress ? (read, total) => sources.onProgress?.(path, read, total) : void 0
  });
  const [reference, recent, predictionValues, actualValues] = await Promise.all([
    loadCsv(sources.referenceData, csvOptions(sources.referenceData)),
    loadCsv(sources.recentData, csvOptions(sources.recentData)),
    sources.recentPredictions ? loadNumberArray(sources.recentPredictions) : void 0,
    sources.recentActuals ? loadNumberArray(sources.recentActuals) : void 0
  ]);
  const side2 = (values, path, column) => values && path ? { kind: "array", values, source: path } : column ? { kind: "column", column } : { kind: "none" };
  const modelOutputs = resolveModelOutputs(
    recent,
    side2(predictionValues, sources.recentPredictions, sources.predictionColumn),
    side2(actualValues, sources.recentActuals, sources.targetColumn)
  );
  const baseline = sources.baselineMetrics ? await loadBaselineMetrics(sources.baselineMetrics) : {};
  return {
    reference,
    recent,
    modelOutputs,
    baseline,
    predictionColumn: sources.predictionColumn,
    targetColumn: sources.targetColumn
  };
}

export {
  loadDriftInputs
};
