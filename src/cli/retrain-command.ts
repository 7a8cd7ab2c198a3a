/**
 * `drift-sentinel retrain`: the retraining executor on a laptop or another CI system,
 * with the event log in a local file instead of artifacts. Exit codes: 0 the new model
 * passed validation; 1 training failed; 3 the new model was rejected by validation;
 * 2 bad usage or input (from main.ts's handler).
 */
import { logLine } from '../report/escape.ts';
import { tableReadingOf } from '../options/option-groups.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { writeTrainingSetProfile } from '../engines/engine-sources.ts';
import { bundledNativeBinding } from '../github/event-log-store.ts';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../shared/input-error.ts';
import { loadBaselineMetrics } from '../data/parse-baseline-metrics.ts';
import { openEventLog } from '../events/open-event-log.ts';
import { renderRetrainingText } from '../retrain/render-retraining-result.ts';
import { runRetraining } from '../retrain/run-retraining.ts';
import { EXIT_FAIL_ON, EXIT_OK, type CliIo } from './cli-io.ts';
import { renderOptionHelp } from './help.ts';
import { readCliOptions } from './read-cli-options.ts';

/** The new model was rejected by validation: keep the old one. */
export const EXIT_REJECTED = 3;

/** Where the CLI keeps the event log unless `--event-log` says otherwise. */
export { DEFAULT_EVENT_LOG } from './cli-io.ts';

export const RETRAIN_HELP = `drift-sentinel retrain: prepare data, run the training command, validate and log.

Usage: drift-sentinel retrain --train-command CMD --reference-data F --recent-data F [options]

${renderOptionHelp('retrain')}
Exit codes: 0 promoted, 1 training failed, 2 bad usage or input, 3 rejected by validation.
`;

/** Runs `drift-sentinel retrain` with `args` (after the command name); returns the exit code. */
export async function runRetrainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const o = readCliOptions('retrain', args);
  if (o.help) {
    io.stdout.write(RETRAIN_HELP);
    return EXIT_OK;
  }
  const baselineMetrics = o.baselineMetrics
    ? await loadBaselineMetrics(o.baselineMetrics)
    : undefined;

  const eventLogPath = o.eventLog!;
  fs.mkdirSync(path.dirname(path.resolve(eventLogPath)), { recursive: true });
  const eventLog = openEventLog(eventLogPath, {
    nativeBinding: bundledNativeBinding(import.meta.url),
  });
  const workDir = fs.mkdtempSync(path.join(tmpdir(), 'drift-sentinel-retrain-'));
  try {
    const result = await runRetraining({
      eventLog,
      eventId: o.eventId,
      sources: {
        referenceData: o.referenceData!,
        recentData: o.recentData!,
        recentActuals: o.recentActuals,
        targetColumn: o.targetColumn,
        ...tableReadingOf(o),
      },
      trainCommand: o.trainCommand!,
      trainTimeoutMinutes: o.trainTimeoutMinutes!,
      trainRetries: o.trainRetries!,
      metricsFile: o.metricsFile,
      workDir,
      baselineMetrics,
      maxRegression: o.maxRegression!,
      costPerMinute: o.costPerMinute!,
      log: (line) => io.stderr.write(`${logLine(line)}\n`),
    });
    io.stdout.write(renderRetrainingText(result));
    if (result.promote && result.prepared && o.profileOutput) {
      // The promoted model's new reference: its recent rows unless --new-reference training-data.
      const reference =
        o.newReference === 'training-data'
          ? result.prepared.path
          : (result.prepared.recentRowsPath ?? result.prepared.path);
      const bytes = await writeTrainingSetProfile(reference, o.profileOutput, packageJson.version);
      io.stdout.write(
        `Reference profile of the new reference data (${o.newReference}): ${o.profileOutput} (${bytes} bytes)\n`,
      );
    }
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
