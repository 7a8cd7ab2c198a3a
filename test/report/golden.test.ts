/**
 * Every renderer against a golden file: small fixture reports rendered and compared
 * byte for byte with test/fixtures/report/. A change to a renderer shows up as a diff
 * of what people will see.
 *
 * After an intended change, rewrite the golden files and review the diff:
 *
 *     UPDATE_GOLDEN=1 npx node --test test/report/golden.test.ts
 *     git diff test/fixtures/report/
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { computeKeyMetrics } from '../../src/events/key-metrics.ts';
import { renderJson } from '../../src/report/render-json.ts';
import {
  renderKeyMetricsMarkdown,
  renderKeyMetricsText,
} from '../../src/report/render-key-metrics.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { renderText } from '../../src/report/render-text.ts';
import { driftReport, insufficientReport, noneReport } from './fixture-reports.ts';

const GOLDEN_DIR = new URL('../fixtures/report/', import.meta.url);

function assertGolden(file: string, actual: string) {
  const url = new URL(file, GOLDEN_DIR);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, actual);
  const expected = readFileSync(url, 'utf8');
  assert.equal(actual, expected, `${file} differs: if intended, see the header of this file`);
}

const reports = {
  drift: driftReport(),
  none: noneReport(),
  insufficient: insufficientReport(),
};

const keyMetrics = computeKeyMetrics(
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
  ],
  [
    { checkedAt: '2026-04-30T18:00:00.000Z', severity: 'NONE' },
    { checkedAt: '2026-05-01T00:00:00.000Z', severity: 'HIGH' },
    { checkedAt: '2026-05-01T06:00:00.000Z', severity: 'LOW' },
  ],
  { now: new Date('2026-05-15T00:00:00.000Z') },
);

for (const [name, report] of Object.entries(reports)) {
  test(`the job summary of the ${name} report matches its golden file`, () => {
    assertGolden(`${name}.summary.md`, renderMarkdown(report));
  });
  test(`the PR comment of the ${name} report matches its golden file`, () => {
    assertGolden(
      `${name}.comment.md`,
      renderMarkdown(report, { target: 'comment', headingLevel: 3 }),
    );
  });
  test(`the terminal report of the ${name} report matches its golden file`, () => {
    assertGolden(`${name}.txt`, renderText(report));
  });
}

test('the JSON report of the drift report matches its golden file', () => {
  assertGolden('drift.json', renderJson(reports.drift));
});

test('the key-metrics section matches its golden files in Markdown and text', () => {
  assertGolden('key-metrics.md', renderKeyMetricsMarkdown(keyMetrics));
  assertGolden('key-metrics.txt', renderKeyMetricsText(keyMetrics));
});
