/**
 * `drift-sentinel retrain`: the retraining executor on a laptop or another CI system,
 * with the event log in a local file instead of artifacts. Exit codes: 0 the new model
 * passed validation; 1 training failed; 3 the new model was rejected by validation;
 * 2 bad usage or input (from main.ts's handler).
 */
import { bundledNativeBinding } from '../github/event-log-store.ts';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../data/input-error.ts';
import { loadBaselineMetrics } from '../data/parse-baseline-metrics.ts';
import { openEventLog } from '../events/open-event-log.ts';
import { renderRetrainingText } from '../retrain/render-retraining-result.ts';
import { runRetraining } from '../retrain/run-retraining.ts';
import { DEFAULT_EVENT_LOG, EXIT_FAIL_ON, EXIT_OK, type CliIo } from './cli-io.ts';
import { UsageError, parseCommandArgs } from './usage-error.ts';

/** The new model was rejected by validation: keep the old one. */
export const EXIT_REJECTED = 3;

/** Where the CLI keeps the event log unless `--event-log` says otherwise. */
export { DEFAULT_EVENT_LOG } from './cli-io.ts';

export const RETRAIN_HELP = `drift-sentinel retrain: prepare data, run the training command, validate and log.

Usage: drift-sentinel retrain --train-command CMD --reference-data F --recent-data F [options]

  --train-command CMD          shell command that trains; it gets DRIFT_SENTINEL_TRAINING_DATA,
                               DRIFT_SENTINEL_EVENT_ID and DRIFT_SENTINEL_METRICS_FILE
  --reference-data F           training (reference) CSV
  --recent-data F              recent CSV
  --recent-actuals F           recent rows' actual outcomes (.npy, .csv, .json)
  --target-column C            target column name (in the reference; in recent without --recent-actuals)
  --event-id ID                event a check dispatched; default a new manual event
  --baseline-metrics JSON|F    old model's metrics, e.g. {"r2": 0.85, "rmse": 0.35}
  --metrics-file F             where the command writes its metrics JSON (default a temp file)
  --train-timeout-minutes N    stop the command after N minutes (default 60)
  --max-regression X           reject a new model worse by more than this share (default 0)
  --cost-per-minute X          cost of a training minute, for the event log (default 0)
  --event-log F                SQLite event log (default ${DEFAULT_EVENT_LOG})

Exit codes: 0 promoted, 1 training failed, 2 bad usage or input, 3 rejected by validation.
`;

const OPTIONS = {
  'train-command': { type: 'string' },
  'event-id': { type: 'string' },
  'reference-data': { type: 'string' },
  'recent-data': { type: 'string' },
  'recent-actuals': { type: 'string' },
  'target-column': { type: 'string' },
  'baseline-metrics': { type: 'string' },
  'metrics-file': { type: 'string' },
  'train-timeout-minutes': { type: 'string' },
  'max-regression': { type: 'string' },
  'cost-per-minute': { type: 'string' },
  'event-log': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseNumber(
  raw: string | undefined,
  flag: string,
  fallback: number,
  positive = false,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || (positive && value === 0)) {
    throw new UsageError(
      `Invalid --${flag} '${raw}'. Expected a number ${positive ? '> 0' : '>= 0'}.`,
    );
  }
  return value;
}

function required(value: string | undefined, flag: string, expected: string): string {
  if (!value) throw new UsageError(`Missing --${flag}. Expected ${expected}.`);
  return value;
}

/** Runs `drift-sentinel retrain` with `args` (after the command name); returns the exit code. */
export async function runRetrainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const values = parseCommandArgs('retrain', args, OPTIONS);
  if (values.help) {
    io.stdout.write(RETRAIN_HELP);
    return EXIT_OK;
  }
  const trainCommand = required(values['train-command'], 'train-command', 'a shell command');
  const referenceData = required(values['reference-data'], 'reference-data', 'a CSV file');
  const recentData = required(values['recent-data'], 'recent-data', 'a CSV file');
  const trainTimeoutMinutes = parseNumber(
    values['train-timeout-minutes'],
    'train-timeout-minutes',
    60,
    true,
  );
  const maxRegression = parseNumber(values['max-regression'], 'max-regression', 0);
  const costPerMinute = parseNumber(values['cost-per-minute'], 'cost-per-minute', 0);
  const baselineMetrics = values['baseline-metrics']
    ? await loadBaselineMetrics(values['baseline-metrics'])
    : undefined;

  const eventLogPath = values['event-log'] ?? DEFAULT_EVENT_LOG;
  fs.mkdirSync(path.dirname(path.resolve(eventLogPath)), { recursive: true });
  const eventLog = openEventLog(eventLogPath, {
    nativeBinding: bundledNativeBinding(import.meta.url),
  });
  const workDir = fs.mkdtempSync(path.join(tmpdir(), 'drift-sentinel-retrain-'));
  try {
    const result = await runRetraining({
      eventLog,
      eventId: values['event-id'],
      sources: {
        referenceData,
        recentData,
        recentActuals: values['recent-actuals'],
        targetColumn: values['target-column'],
      },
      trainCommand,
      trainTimeoutMinutes,
      metricsFile: values['metrics-file'],
      workDir,
      baselineMetrics,
      maxRegression,
      costPerMinute,
      log: (line) => io.stderr.write(`${line}\n`),
    });
    io.stdout.write(renderRetrainingText(result));
    io.stdout.write(`Event log: ${eventLogPath}\n`);
    if (result.status === 'failed') return EXIT_FAIL_ON;
    return result.status === 'rejected' ? EXIT_REJECTED : EXIT_OK;
  } catch (error) {
    // An invalid --event-id is bad input, not a crash.
    if ((error as Error).message.startsWith('Invalid retraining event eventId')) {
      throw new InputError((error as Error).message);
    }
    throw error;
  } finally {
    eventLog.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
