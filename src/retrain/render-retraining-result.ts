/**
 * The outcome of a retraining for the job summary (Markdown) and the terminal (text).
 * Pure: takes the result, returns strings.
 */
import { formatCost, formatNumber } from '../report/format.ts';
import { formatDuration } from '../report/render-key-metrics.ts';
import type { RetrainingResult } from './run-retraining.ts';
import type { ModelMetrics } from './validate-retrained-model.ts';

const VERDICT: Record<RetrainingResult['status'], string> = {
  succeeded: '✅ Retrained model passed validation: promote it.',
  rejected: '⚠️ Retrained model rejected by validation: keep the current model.',
  failed: '❌ Retraining failed.',
};

const METRIC_LABELS: Record<keyof ModelMetrics, string> = {
  r2: 'R²',
  rmse: 'RMSE',
  mae: 'MAE',
  accuracy: 'Accuracy',
};

function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'n/a';
  return `${value > 0 ? '+' : ''}${Number(value.toFixed(2))}%`;
}

function metricTable(result: RetrainingResult): string[] {
  const before = result.baseline?.metrics ?? {};
  const after = result.event.metricsAfter ?? {};
  const v = result.validation;
  const improvement: Record<keyof ModelMetrics, number | null | undefined> = {
    r2: v?.improvementR2Percent,
    rmse: v?.improvementRmsePercent,
    mae: v?.improvementMaePercent,
    accuracy: v?.improvementAccuracyPercent,
  };
  const rows: string[] = [];
  for (const name of ['r2', 'rmse', 'mae', 'accuracy'] as const) {
    const old = before[name];
    const now = after[name];
    if (old === undefined && (now === undefined || now === null)) continue;
    rows.push(
      `| ${METRIC_LABELS[name]} | ${formatNumber(old)} | ${formatNumber(now)} | ${signed(improvement[name])} |`,
    );
  }
  if (rows.length === 0) return [];
  return ['| Metric | Before | After | Improvement |', '| --- | ---: | ---: | ---: |', ...rows, ''];
}

/**
 * Every run of the training command in a few words, when there was more than one:
 * `1: exit 137 after 12 s; 2: exit 0 after 5.2 min`.
 */
export function attemptsText(result: Pick<RetrainingResult, 'attempts'>): string | undefined {
  if (result.attempts.length < 2) return undefined;
  return result.attempts
    .map((a) => {
      const end = a.timedOut ? 'timed out' : a.signal ? `signal ${a.signal}` : `exit ${a.exitCode}`;
      return `${a.attempt}: ${end} after ${formatDuration(a.durationSeconds)}`;
    })
    .join('; ');
}

/** The retraining section of the job summary. */
export function renderRetrainingMarkdown(result: RetrainingResult, headingLevel = 2): string {
  const h = '#'.repeat(headingLevel);
  const { event } = result;
  const lines = [
    `${h} drift-sentinel retraining: ${result.status}`,
    '',
    VERDICT[result.status],
    '',
  ];
  if (result.error) lines.push('```text', result.error, '```', '');
  if (result.validation) lines.push(result.validation.reason, '');
  lines.push(...metricTable(result));
  const baseline = result.baseline
    ? `${result.baseline.source === 'event' ? 'recorded on the event' : 'input baseline-metrics'}`
    : 'none (nothing to compare)';
  lines.push(
    '| | |',
    '| --- | --- |',
    `| Event | \`${event.eventId}\` (${event.triggerType}${event.severity ? `, ${event.severity}` : ''}) |`,
    ...(event.reason ? [`| Trigger reason | ${event.reason.replaceAll('|', '\\|')} |`] : []),
    `| Baseline metrics | ${baseline} |`,
    `| Steps | ${result.steps.map((step) => `${step.name} ${formatDuration(step.seconds)}`).join(', ') || 'n/a'} |`,
    ...(attemptsText(result) ? [`| Training attempts | ${attemptsText(result)} |`] : []),
    `| Time from trigger to result | ${formatDuration(event.totalDurationSeconds)} |`,
    `| Estimated cost | ${formatCost(event.estimatedCost)} |`,
    '',
  );
  if (result.warnings.length > 0) {
    lines.push(...result.warnings.map((warning) => `> [!WARNING]\n> ${warning}\n`));
  }
  return lines.join('\n');
}

/** The outcome as a few lines of text for the CLI. */
export function renderRetrainingText(result: RetrainingResult): string {
  const { event } = result;
  const lines = [
    `Retraining ${result.status}: event ${event.eventId} (${event.triggerType})`,
    `  promote: ${result.promote}`,
  ];
  if (result.error) lines.push(`  error: ${result.error}`);
  if (result.validation) lines.push(`  ${result.validation.reason}`);
  lines.push(
    `  steps: ${result.steps.map((step) => `${step.name} ${formatDuration(step.seconds)}`).join(', ')}`,
    `  estimated cost: ${formatCost(event.estimatedCost)}`,
  );
  const attempts = attemptsText(result);
  if (attempts) lines.push(`  attempts: ${attempts}`);
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines.join('\n') + '\n';
}
