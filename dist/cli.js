import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);
import {
  loadDriftInputs
} from "./chunks/chunk-524MHNR4.js";
import {
  renderText
} from "./chunks/chunk-YFBOK4ML.js";
import {
  DEFAULT_DETECTION_CONFIG,
  KS_METHODS,
  P_VALUE_CORRECTIONS,
  TASKS,
  analyzeDrift,
  parseSeverity,
  renderJson,
  renderMarkdown,
  resolveDetectionConfig,
  severityRank
} from "./chunks/chunk-W5IKLKNE.js";
import "./chunks/chunk-TDXX4IHC.js";
import {
  InputError
} from "./chunks/chunk-GZRH5NJH.js";

// src/cli/main.ts
import { writeFile } from "node:fs/promises";

// package.json
var package_default = {
  name: "drift-sentinel",
  version: "0.1.0",
  description: "Watch machine-learning models for data and concept drift from CI, and retrain them when they drift.",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=24"
  },
  bin: {
    "drift-sentinel": "./bin/drift-sentinel.js"
  },
  exports: {
    ".": "./src/index.ts"
  },
  scripts: {
    test: 'node --test --test-concurrency=2 "test/**/*.test.ts"',
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    typecheck: "tsc --noEmit",
    bench: "node bench/run.ts",
    all: "npm run format && npm run lint && npm run typecheck && npm test",
    bundle: "node scripts/bundle.ts",
    example: "node bin/drift-sentinel.js check --reference-data examples/data/reference.csv --recent-data examples/data/recent.csv --recent-predictions examples/data/predictions.npy --recent-actuals examples/data/actuals.npy --baseline-metrics examples/data/baseline-metrics.json --exclude-columns price --format text"
  },
  devDependencies: {
    "@action-validator/core": "^0.6.0",
    "@azure/storage-blob": "^12.32.0",
    "@eslint/js": "^9.39.5",
    "@octokit/openapi-types": "^29.0.1",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/better-sqlite3": "^9.6.0",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^24.19.4",
    azurite: "^3.35.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.11.0",
    "js-yaml": "^5.5.0",
    node: "^24.21.0",
    prettier: "^3.10.1",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "better-sqlite3": "^13.2.0",
    "simple-statistics": "^7.12.1",
    udsv: "^0.7.3"
  },
  allowScripts: {
    node: true,
    esbuild: true,
    "better-sqlite3": false
  }
};

// src/cli/help.ts
var MAIN_HELP = `drift-sentinel: detect data and concept drift, and retrain when a model drifts.

Usage:
  drift-sentinel check --reference-data F --recent-data F [options]   run a drift check
  drift-sentinel <command> --help                                      options of a command
  drift-sentinel --version

Exit codes: 0 ran, 1 --fail-on reached, 2 bad usage or bad input.
`;
var CHECK_HELP = `drift-sentinel check: compare recent data and model outputs with the reference.

Data:
  --reference-data F          training data, CSV with a header (.csv or .csv.gz)   (required)
  --recent-data F             recent production data, same format                  (required)
  --recent-predictions F      model predictions: .npy, .csv (one column) or .json array
  --recent-actuals F          true outcomes, same formats
  --prediction-column C       ... or a column of the recent CSV holding predictions
  --target-column C           ... or a column of the recent CSV holding true outcomes
  --baseline-metrics JSON|F   e.g. '{"r2": 0.85, "rmse": 0.35}' (keys r2, rmse, mae, accuracy)
  --categorical a,b           treat these columns as categories even when numeric
  --numeric a,b               require these columns to be numeric
  --exclude-columns a,b       never test these columns (ids, timestamps)

Thresholds (defaults from the original quick reference):
  --data-drift-threshold X    significance after correction            (default ${DEFAULT_DETECTION_CONFIG.dataDriftThreshold})
  --min-effect-size X         KS D / total variation distance minimum  (default ${DEFAULT_DETECTION_CONFIG.minEffectSize})
  --correction M              benjamini-hochberg | bonferroni | none   (default ${DEFAULT_DETECTION_CONFIG.correction})
  --ks-method M               auto | exact | asymp                     (default ${DEFAULT_DETECTION_CONFIG.ksMethod})
  --outlier-threshold X       share of outlying recent values          (default ${DEFAULT_DETECTION_CONFIG.outlierThreshold})
  --outlier-z-score Z         |z| above which a value is an outlier    (default ${DEFAULT_DETECTION_CONFIG.outlierZScore})
  --concept-drift-threshold X relative error increase                  (default ${DEFAULT_DETECTION_CONFIG.conceptDriftThreshold})
  --performance-threshold X   relative R\xB2 / accuracy drop              (default ${DEFAULT_DETECTION_CONFIG.performanceThreshold})
  --rmse-threshold X          relative RMSE increase                   (default ${DEFAULT_DETECTION_CONFIG.rmseThreshold})
  --min-samples N             fewer recent rows: no decision           (default ${DEFAULT_DETECTION_CONFIG.minSamplesForRetraining})
  --retrain-on LEVEL          LOW | MEDIUM | HIGH | CRITICAL           (default ${DEFAULT_DETECTION_CONFIG.retrainOn})
  --task T                    auto | regression | classification       (default ${DEFAULT_DETECTION_CONFIG.task})

Output:
  --format F                  text | json | markdown (default: text on a terminal, else json)
  --output F                  write the report to F instead of standard output
  --fail-on LEVEL             exit 1 when severity >= LEVEL (none, LOW, MEDIUM, HIGH, CRITICAL)
`;

// src/cli/parse-check-args.ts
import { parseArgs } from "node:util";

// src/cli/usage-error.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/cli/parse-check-args.ts
var OUTPUT_FORMATS = ["text", "json", "markdown"];
var OPTIONS = {
  "reference-data": { type: "string" },
  "recent-data": { type: "string" },
  "recent-predictions": { type: "string" },
  "recent-actuals": { type: "string" },
  "prediction-column": { type: "string" },
  "target-column": { type: "string" },
  "baseline-metrics": { type: "string" },
  "data-drift-threshold": { type: "string" },
  "min-effect-size": { type: "string" },
  correction: { type: "string" },
  "ks-method": { type: "string" },
  "outlier-threshold": { type: "string" },
  "outlier-z-score": { type: "string" },
  "concept-drift-threshold": { type: "string" },
  "performance-threshold": { type: "string" },
  "rmse-threshold": { type: "string" },
  "min-samples": { type: "string" },
  "exclude-columns": { type: "string" },
  categorical: { type: "string" },
  numeric: { type: "string" },
  "retrain-on": { type: "string" },
  task: { type: "string" },
  format: { type: "string" },
  output: { type: "string" },
  "fail-on": { type: "string" }
};
function parseCheckArgs(args, isTerminal) {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  const required = (name) => {
    const value = values[name];
    if (!value) throw new UsageError(`Missing --${name}. Run 'drift-sentinel check --help' for usage.`);
    return value;
  };
  const sources = {
    referenceData: required("reference-data"),
    recentData: required("recent-data"),
    recentPredictions: values["recent-predictions"],
    recentActuals: values["recent-actuals"],
    predictionColumn: values["prediction-column"],
    targetColumn: values["target-column"],
    baselineMetrics: values["baseline-metrics"],
    categorical: parseList(values.categorical),
    numeric: parseList(values.numeric)
  };
  if (sources.recentPredictions && sources.predictionColumn) {
    throw new UsageError("Give either --recent-predictions or --prediction-column, not both.");
  }
  if (sources.recentActuals && sources.targetColumn) {
    throw new UsageError("Give either --recent-actuals or --target-column, not both.");
  }
  let config;
  try {
    config = resolveDetectionConfig({
      dataDriftThreshold: parseNumber(values, "data-drift-threshold"),
      minEffectSize: parseNumber(values, "min-effect-size"),
      correction: parseChoice(values, "correction", P_VALUE_CORRECTIONS),
      ksMethod: parseChoice(values, "ks-method", KS_METHODS),
      outlierThreshold: parseNumber(values, "outlier-threshold"),
      outlierZScore: parseNumber(values, "outlier-z-score"),
      conceptDriftThreshold: parseNumber(values, "concept-drift-threshold"),
      performanceThreshold: parseNumber(values, "performance-threshold"),
      rmseThreshold: parseNumber(values, "rmse-threshold"),
      minSamplesForRetraining: parseNumber(values, "min-samples"),
      excludeColumns: parseList(values["exclude-columns"]),
      retrainOn: values["retrain-on"] ? parseSeverity(values["retrain-on"], "--retrain-on") : void 0,
      task: parseChoice(values, "task", TASKS)
    });
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(error.message);
  }
  return {
    sources,
    config,
    format: parseChoice(values, "format", OUTPUT_FORMATS) ?? (isTerminal ? "text" : "json"),
    output: values.output,
    failOn: values["fail-on"] ? parseFailOn(values["fail-on"]) : void 0
  };
}
function parseFailOn(value) {
  if (value.trim().toLowerCase() === "none") return void 0;
  try {
    return parseSeverity(value, "--fail-on");
  } catch {
    throw new UsageError(`Invalid --fail-on '${value}'. Expected none, LOW, MEDIUM, HIGH or CRITICAL.`);
  }
}
function parseList(value) {
  if (value === void 0) return void 0;
  return value.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}
function parseNumber(values, name) {
  const raw = values[name];
  if (raw === void 0) return void 0;
  const n = raw.trim() === "" ? Number.NaN : Number(raw);
  if (!Number.isFinite(n)) throw new UsageError(`Invalid --${name} '${raw}'. Expected a number.`);
  return n;
}
function parseChoice(values, name, allowed) {
  const raw = values[name];
  if (raw === void 0) return void 0;
  if (!allowed.includes(raw)) {
    throw new UsageError(`Invalid --${name} '${raw}'. Expected one of ${allowed.join(", ")}.`);
  }
  return raw;
}

// src/cli/main.ts
var EXIT_OK = 0;
var EXIT_FAIL_ON = 1;
var EXIT_BAD_INPUT = 2;
async function runCli(args, io = process) {
  const [command, ...rest] = args;
  try {
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.stdout.write(MAIN_HELP);
      return command === void 0 ? EXIT_BAD_INPUT : EXIT_OK;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(`${package_default.version}
`);
      return EXIT_OK;
    }
    if (command === "check") {
      if (rest.includes("--help") || rest.includes("-h")) {
        io.stdout.write(CHECK_HELP);
        return EXIT_OK;
      }
      return await runCheck(parseCheckArgs(rest, Boolean(io.stdout.isTTY)), io);
    }
    throw new UsageError(`Unknown command '${command}'. Expected one of: check. Run 'drift-sentinel --help'.`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`drift-sentinel: ${error.message}
`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
async function runCheck(settings, io) {
  const progress = io.stderr.isTTY ? progressReporter(io.stderr) : void 0;
  const input = await loadDriftInputs({ ...settings.sources, onProgress: progress?.update });
  progress?.done();
  const report = analyzeDrift(input, settings.config);
  const rendered = render(report, settings.format);
  if (settings.output) await writeFile(settings.output, rendered);
  else io.stdout.write(rendered);
  if (settings.failOn && severityRank(report.severity) >= severityRank(settings.failOn)) {
    io.stderr.write(`drift-sentinel: severity ${report.severity} reached --fail-on ${settings.failOn}.
`);
    return EXIT_FAIL_ON;
  }
  return EXIT_OK;
}
function render(report, format) {
  if (format === "json") return renderJson(report);
  if (format === "markdown") return renderMarkdown(report);
  return renderText(report);
}
function progressReporter(stream) {
  const state = /* @__PURE__ */ new Map();
  let last = 0;
  return {
    update(file, read, total) {
      state.set(file, [read, total]);
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      let sumRead = 0;
      let sumTotal = 0;
      for (const [r, t] of state.values()) {
        sumRead += r;
        sumTotal += t;
      }
      const pct = sumTotal > 0 ? Math.floor(100 * sumRead / sumTotal) : 0;
      stream.write(`\rloading data: ${pct}% of ${(sumTotal / 1e6).toFixed(0)} MB`);
    },
    done() {
      if (last > 0) stream.write("\r\x1B[K");
    }
  };
}
export {
  EXIT_BAD_INPUT,
  EXIT_FAIL_ON,
  EXIT_OK,
  runCli
};
