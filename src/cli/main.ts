/**
 * The `drift-sentinel` command. Parses its arguments, runs the same analysis as the
 * action, prints the report. Exit codes: 0 ran; 1 `--fail-on` reached; 2 bad usage or
 * bad input (message on stderr, no stack trace).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openEventLog } from '../events/open-event-log.ts';
import type { EventLog } from '../events/open-event-log.ts';
import { bundledNativeBinding } from '../github/event-log-store.ts';
import { checkRecord } from '../events/event-log-records.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { analyzeDriftReadingColumns } from '../engines/parquet-column-scan.ts';
import { severityRank } from '../detect/detection-config.ts';
import type { DriftReport } from '../detect/drift-report.ts';
import { InputError } from '../shared/input-error.ts';
import { loadDriftInputs } from '../data/load-drift-inputs.ts';
import { renderJson } from '../report/render-json.ts';
import { renderMarkdown } from '../report/render-markdown.ts';
import { renderText } from '../report/render-text.ts';
import { MAX_HISTORY_CHECKS, renderHtml } from '../report/render-html.ts';
import type { HistoryCheck } from '../report/render-html.ts';
import { buildModelViews } from '../report/html/model-views.ts';
import type { TextOptions } from '../report/render-text.ts';
import { logLine } from '../report/escape.ts';
import { CHECK_HELP, MAIN_HELP } from './help.ts';
import { parseCheckArgs } from './parse-check-args.ts';
import type { CheckSettings, OutputFormat } from './parse-check-args.ts';
import { UsageError } from './usage-error.ts';
import {
  EXIT_BAD_INPUT,
  EXIT_FAIL_ON,
  EXIT_OK,
  checkOutputPath,
  outputWidth,
  progressLine,
  useColor,
  writeOutputFile,
} from './cli-io.ts';
import type { CliIo } from './cli-io.ts';
import { runRetrainCommand } from './retrain-command.ts';
import { runEventsCommand } from './events-command.ts';
import { runProfileCommand } from './profile-command.ts';
import { analyzeDriftAgainstProfile } from '../detect/analyze-drift-against-profile.ts';
import { loadEngineSides } from '../engines/engine-sources.ts';

export { EXIT_BAD_INPUT, EXIT_FAIL_ON, EXIT_OK } from './cli-io.ts';
export type { CliIo } from './cli-io.ts';

/** Runs the CLI with `args` (without `node` and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo = process): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(MAIN_HELP);
      return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${packageJson.version}\n`);
      return EXIT_OK;
    }
    if (command === 'check') {
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(CHECK_HELP);
        return EXIT_OK;
      }
      return await runCheck(parseCheckArgs(rest, Boolean(io.stdout.isTTY)), io);
    }
    if (command === 'retrain') return await runRetrainCommand(rest, io);
    if (command === 'events') return await runEventsCommand(rest, io);
    if (command === 'profile') return await runProfileCommand(rest, io);
    throw new UsageError(
      `Unknown command '${command}'. Expected one of: check, retrain, events, profile. Run 'drift-sentinel --help'.`,
    );
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`drift-sentinel: ${logLine(error.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

/** Stands in for the reference table when the reference is a profile (never read). */
const PROFILE_PLACEHOLDER = { source: 'reference profile', rowCount: 0, columns: [] };

async function runCheck(settings: CheckSettings, io: CliIo): Promise<number> {
  if (settings.output) await checkOutputPath(settings.output, '--output');
  const progress = progressLine(io.stderr);
  let sides: Awaited<ReturnType<typeof loadEngineSides>>;
  let input: Awaited<ReturnType<typeof loadDriftInputs>>;
  try {
    sides = await loadEngineSides({ ...settings.engine, toolVersion: packageJson.version });
    input = await loadDriftInputs({
      ...settings.sources,
      // Numeric features of Parquet inputs are read column by column by the scan below.
      leaveColumnsUnread: true,
      preloaded: {
        reference: sides.referenceProfile ? PROFILE_PLACEHOLDER : undefined,
        recent: sides.recent,
      },
      onProgress: progress?.update,
    });
  } finally {
    // Before any message, an error's included: it must not land after "88% of 107 MB".
    progress?.clear();
  }
  let report: DriftReport;
  try {
    report = sides.referenceProfile
      ? analyzeDriftAgainstProfile({ ...input, reference: sides.referenceProfile }, settings.config)
      : await analyzeDriftReadingColumns(input, settings.config, {
          // Parquet features are read during the analysis: most of such a check's time.
          onFeatureDone: progress
            ? (done, total) => progress.show(`testing features: ${done} of ${total}`)
            : undefined,
        });
  } finally {
    progress?.clear();
  }
  if (settings.eventLog) recordCheckLocally(settings.eventLog, report);
  const rendered =
    settings.format === 'html'
      ? await renderHtml({
          report,
          history: settings.eventLog ? readHistory(settings.eventLog) : [],
          modelViews: buildModelViews(input.modelOutputs, report.metrics.task),
          generatedAt: new Date(),
          toolVersion: packageJson.version,
        })
      : render(report, settings.format, {
          width: outputWidth(io.stdout),
          color: !settings.output && useColor(io.stdout, io.env),
        });
  if (settings.output) await writeOutputFile(settings.output, rendered, '--output');
  else io.stdout.write(rendered);
  if (settings.failOn && severityRank(report.severity) >= severityRank(settings.failOn)) {
    io.stderr.write(
      `drift-sentinel: severity ${report.severity} reached --fail-on ${settings.failOn}.\n`,
    );
    return EXIT_FAIL_ON;
  }
  return EXIT_OK;
}

/** The laptop's history: the same event log as the action's artifact, in a local file. */
function recordCheckLocally(path: string, report: DriftReport): void {
  let eventLog: EventLog;
  try {
    mkdirSync(dirname(path), { recursive: true });
    eventLog = openEventLog(path, { nativeBinding: bundledNativeBinding(import.meta.url) });
  } catch (error) {
    // openEventLog's messages start with the path and say what was found.
    const message = (error as Error).message;
    throw new InputError(
      `Cannot record the check in the event log ${path}: ${message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message} Pass --event-log with another path, or --no-event-log.`,
      { cause: error },
    );
  }
  try {
    eventLog.recordCheck(
      checkRecord(
        report,
        { eventName: 'cli', repository: null, commitSha: null, runId: null, runUrl: null },
        null,
      ),
    );
  } finally {
    eventLog.close();
  }
}

/** The checks of the local event log for the HTML report's trend; none when there is no log. */
function readHistory(path: string): HistoryCheck[] {
  if (!existsSync(path)) return [];
  const eventLog = openEventLog(path, {
    readonly: true,
    nativeBinding: bundledNativeBinding(import.meta.url),
  });
  try {
    return eventLog.listChecks({ limit: MAX_HISTORY_CHECKS });
  } finally {
    eventLog.close();
  }
}

function render(
  report: DriftReport,
  format: Exclude<OutputFormat, 'html'>,
  text: TextOptions,
): string {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report);
  return renderText(report, text);
}
