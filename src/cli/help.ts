/** Help texts of the CLI; defaults shown here come from DEFAULT_DETECTION_CONFIG. */
import { DEFAULT_DETECTION_CONFIG as D } from '../detect/detection-config.ts';
import { DEFAULT_EVENT_LOG } from './cli-io.ts';

export const MAIN_HELP = `drift-sentinel: detect data and concept drift, and retrain when a model drifts.

Usage:
  drift-sentinel check --reference-data F --recent-data F [options]   run a drift check
  drift-sentinel retrain --train-command CMD [options]                 retrain, validate and log
  drift-sentinel events [--event-log F]                                key metrics of the event log
  drift-sentinel <command> --help                                      options of a command
  drift-sentinel --version

Exit codes: 0 ran, 1 --fail-on reached (retrain: training failed), 2 bad usage or bad\ninput, 3 (retrain) the new model was rejected by validation.
`;

export const CHECK_HELP = `drift-sentinel check: compare recent data and model outputs with the reference.

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
  --data-drift-threshold X    significance after correction            (default ${D.dataDriftThreshold})
  --min-effect-size X         KS D / total variation distance minimum  (default ${D.minEffectSize})
  --correction M              benjamini-hochberg | bonferroni | none   (default ${D.correction})
  --ks-method M               auto | exact | asymp                     (default ${D.ksMethod})
  --outlier-threshold X       share of outlying recent values          (default ${D.outlierThreshold})
  --outlier-z-score Z         |z| above which a value is an outlier    (default ${D.outlierZScore})
  --concept-drift-threshold X relative error increase                  (default ${D.conceptDriftThreshold})
  --performance-threshold X   relative R² / accuracy drop              (default ${D.performanceThreshold})
  --rmse-threshold X          relative RMSE increase                   (default ${D.rmseThreshold})
  --min-samples N             fewer recent rows: no decision           (default ${D.minSamplesForRetraining})
  --retrain-on LEVEL          LOW | MEDIUM | HIGH | CRITICAL           (default ${D.retrainOn})
  --task T                    auto | regression | classification       (default ${D.task})

Output:
  --format F                  text | json | markdown (default: text on a terminal, else json)
  --output F                  write the report to F instead of standard output
  --fail-on LEVEL             exit 1 when severity >= LEVEL (none, LOW, MEDIUM, HIGH, CRITICAL)
  --event-log F               record the check in this SQLite event log (default ${DEFAULT_EVENT_LOG})
  --no-event-log              do not record the check
`;
