import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeKeyMetrics } from '../../src/events/key-metrics.ts';
import {
  formatDuration,
  renderKeyMetricsMarkdown,
  renderKeyMetricsText,
  renderSeverityChart,
  severityLevel,
} from '../../src/report/render-key-metrics.ts';

const metrics = computeKeyMetrics(
  [
    {
      triggeredAt: '2026-05-01T00:00:00.000Z',
      triggerType: 'data_drift',
      executionSuccessful: true,
      improvementR2Percent: 10,
      improvementRmsePercent: 4,
      totalDurationSeconds: 600,
      estimatedCost: 2,
    },
    {
      triggeredAt: '2026-05-08T00:00:00.000Z',
      triggerType: 'manual',
      executionSuccessful: false,
      improvementR2Percent: -3,
      improvementRmsePercent: -1,
      totalDurationSeconds: 300,
      estimatedCost: 1,
    },
  ],
  [
    { checkedAt: '2026-05-01T06:00:00.000Z', severity: 'NONE' },
    { checkedAt: '2026-05-01T00:00:00.000Z', severity: 'HIGH' },
    { checkedAt: '2026-05-01T12:00:00.000Z', severity: 'weird' },
  ],
  { now: new Date('2026-05-15T00:00:00.000Z') },
);

/** The chart with no-break hyphens and spaces (which keep dates on one line) made plain. */
function plain(chart: string): string {
  return chart.replace(/\u2011/g, '-').replace(/\u00a0/g, ' ');
}

test('renderSeverityChart numbers the checks, names the levels and puts the date range in the title', () => {
  const chart = plain(
    renderSeverityChart([{ checkedAt: '2026-05-01T06:00:00.000Z', severity: 'HIGH' }]),
  );
  assert.match(chart, /title "Severity of the last 1 check, 2026-05-01 06:00 UTC"/);
  assert.match(chart, /x-axis "check, oldest first" \["1"\]/);
  // A first check draws a bar: one series per level, the check's own at its height.
  assert.match(chart, /bar "high" \[4\]/);
  assert.match(chart, /bar "none" \[0\]/);
  assert.match(chart, /"yAxis":\{"showLabel":false\}/);
});

test('renderSeverityChart plots checks oldest first, leaves out unknown severities and keeps the latest points', () => {
  const chart = plain(renderSeverityChart(metrics.severityTrend));
  assert.match(chart, /x-axis "check, oldest first" \["1", "2"\]/);
  assert.match(chart, /bar "high" \[4, 0\]/);
  assert.match(chart, /bar "none" \[0, 1\]/);
  assert.match(chart, /2026-05-01 00:00 UTC to 2026-05-01 06:00 UTC/);
  assert.match(renderSeverityChart(metrics.severityTrend, 1), /bar "none" \[1\]/);
  assert.equal(renderSeverityChart([]), '');
});

test('checks in the same minute stay distinct positions in the severity chart', () => {
  const sameMinute = Array.from({ length: 7 }, (_, i) => ({
    checkedAt: `2026-05-01T06:00:0${i}.000Z`,
    severity: i % 2 ? 'LOW' : 'NONE',
  }));
  const chart = plain(renderSeverityChart(sameMinute));
  assert.match(chart, /\["1", "2", "3", "4", "5", "6", "7"\]/);
  assert.match(chart, /title "Severity of the last 7 checks, 2026-05-01 06:00 UTC"/);
});

test('severityLevel maps none..critical to 0..4 in any case', () => {
  assert.deepEqual(['none', 'LOW', 'Medium', 'high', 'CRITICAL', 'x'].map(severityLevel), [
    0,
    1,
    2,
    3,
    4,
    undefined,
  ]);
});

test('formatDuration picks seconds, minutes or hours', () => {
  assert.deepEqual(
    [formatDuration(45), formatDuration(750), formatDuration(11_520), formatDuration(null)],
    ['45 s', '12.5 min', '3.2 h', 'n/a'],
  );
});

test('the Markdown section lists every key metric and embeds the chart', () => {
  const markdown = renderKeyMetricsMarkdown(metrics, { headingLevel: 3 });
  assert.ok(markdown.startsWith('### Key metrics\n'));
  for (const row of [
    '| Retraining frequency | 2 retrainings, 1 per week |',
    '| Trigger types | data\\_drift 1, manual 1 |',
    '| Execution success rate | 50% |',
    '| Model improvement per retrain | R² +10%, RMSE +4% (mean of successful) |',
    '| Time to retrain | 10 min (median) |',
    '| Cost per retrain | 1.50 (total 3.00) |',
  ]) {
    assert.ok(markdown.includes(row), `missing ${row}`);
  }
  assert.match(markdown, /```mermaid\n%%\{init: .*\}%%\nxychart-beta\n/);
});

test('with no checks the Markdown says so instead of an empty chart', () => {
  const empty = computeKeyMetrics([], [], { now: new Date() });
  const markdown = renderKeyMetricsMarkdown(empty);
  assert.ok(markdown.includes('_No drift checks recorded yet._'));
  assert.ok(markdown.includes('| Execution success rate | n/a |'));
  assert.ok(!markdown.includes('mermaid'));
});

test('the text rendering aligns labels and shows the recent severities in order', () => {
  const text = renderKeyMetricsText(metrics);
  assert.match(text, /^Key metrics\n {2}Retraining frequency {11}2 retrainings, 1 per week\n/);
  assert.ok(text.includes('Recent check severity          high → none → weird\n'));
});
