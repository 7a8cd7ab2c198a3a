/**
 * `drift-sentinel events`: the key metrics of a local event log and its latest
 * retraining events and checks, as text, JSON or Markdown.
 */
import { bundledNativeBinding } from '../github/event-log-store.ts';
import { computeKeyMetrics } from '../events/key-metrics.ts';
import type { DriftCheck, RetrainingEvent } from '../events/event-records.ts';
import { openEventLog } from '../events/open-event-log.ts';
import { formatNumber } from '../report/format.ts';
import {
  formatDuration,
  renderKeyMetricsMarkdown,
  renderKeyMetricsText,
} from '../report/render-key-metrics.ts';
import { EXIT_OK, type CliIo } from './cli-io.ts';
import { renderOptionHelp } from './help.ts';
import { readCliOptions } from './read-cli-options.ts';
import { UsageError } from './usage-error.ts';

export const EVENTS_HELP = `drift-sentinel events: key metrics, latest retrainings and checks of an event log.

Usage: drift-sentinel events [--event-log F] [--format text|json|markdown] [--limit N]

${renderOptionHelp('events')}`;

function signed(value: number | null): string {
  return value === null ? 'n/a' : `${value > 0 ? '+' : ''}${Number(value.toFixed(1))}%`;
}

function eventLine(event: RetrainingEvent): string {
  return `${event.triggeredAt}  ${event.status.padEnd(10)} ${event.triggerType.padEnd(24)} R² ${signed(event.improvementR2Percent)}, RMSE ${signed(event.improvementRmsePercent)}, ${formatDuration(event.totalDurationSeconds)}  ${event.eventId}`;
}

function checkLine(check: DriftCheck): string {
  return `${check.checkedAt}  ${check.severity.padEnd(9)} ${check.eventName.padEnd(18)} ${check.triggered ? 'triggered' : '         '}  ${check.reason ?? ''}`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** Runs `drift-sentinel events` with `args` (after the command name); returns the exit code. */
export async function runEventsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const o = readCliOptions('events', args);
  if (o.help) {
    io.stdout.write(EVENTS_HELP);
    return EXIT_OK;
  }
  const format = o.format ?? 'text';
  if (format === 'html') {
    throw new UsageError(
      "--format html is a report of one check: use it with 'drift-sentinel check'. events takes text, json or markdown.",
    );
  }
  const limit = o.limit!;
  const eventLog = openEventLog(o.eventLog!, {
    readonly: true,
    nativeBinding: bundledNativeBinding(import.meta.url),
  });
  let output: string;
  try {
    const metrics = computeKeyMetrics(eventLog.listRetrainingEvents(), eventLog.listChecks(), {
      now: new Date(),
    });
    const events = eventLog.listRetrainingEvents({ limit });
    const checks = eventLog.listChecks({ limit });
    if (format === 'json') {
      output = JSON.stringify({ keyMetrics: metrics, events, checks }, null, 2) + '\n';
    } else if (format === 'markdown') {
      output = [
        renderKeyMetricsMarkdown(metrics),
        `## Latest retrainings`,
        '',
        '| Triggered | Status | Trigger | R² | RMSE | Time | Event |',
        '| --- | --- | --- | ---: | ---: | ---: | --- |',
        ...events.map(
          (e) =>
            `| ${e.triggeredAt} | ${e.status} | ${e.triggerType} | ${signed(e.improvementR2Percent)} | ${signed(e.improvementRmsePercent)} | ${formatDuration(e.totalDurationSeconds)} | \`${e.eventId}\` |`,
        ),
        '',
        `## Latest checks`,
        '',
        '| Checked | Severity | Event | Triggered | Reason |',
        '| --- | --- | --- | --- | --- |',
        ...checks.map(
          (c) =>
            `| ${c.checkedAt} | ${c.severity} | ${c.eventName} | ${c.triggered ? 'yes' : 'no'} | ${escapeCell(c.reason ?? '')} |`,
        ),
        '',
      ].join('\n');
    } else {
      output = [
        renderKeyMetricsText(metrics),
        `Latest retrainings (${events.length})`,
        ...events.map((e) => `  ${eventLine(e)}`),
        '',
        `Latest checks (${checks.length})`,
        ...checks.map((c) => `  ${checkLine(c)}`),
        '',
        `Total estimated cost: ${formatNumber(metrics.totalCost)}`,
        '',
      ].join('\n');
    }
  } finally {
    eventLog.close();
  }
  io.stdout.write(output);
  return EXIT_OK;
}
