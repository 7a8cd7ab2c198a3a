import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeKeyMetrics, type KeyMetricsEvent } from '../../src/events/key-metrics.ts';
import { renderKeyMetricsMarkdown } from '../../src/report/render-key-metrics.ts';

const TOLERANCE = 1e-12;

function event(fields: Partial<KeyMetricsEvent>): KeyMetricsEvent {
  return {
    triggeredAt: '2026-05-01T00:00:00.000Z',
    triggerType: 'data_drift',
    executionSuccessful: null,
    improvementR2Percent: null,
    improvementRmsePercent: null,
    totalDurationSeconds: null,
    estimatedCost: null,
    ...fields,
  };
}

test('computeKeyMetrics returns the documented example result', () => {
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
    [{ checkedAt: '2026-05-01T00:00:00.000Z', severity: 'high' }],
    { now: new Date('2026-05-15T00:00:00.000Z') },
  );
  assert.deepEqual(metrics, {
    retrainingCount: 2,
    retrainingsPerWeek: 1,
    triggerTypes: { data_drift: 1, manual: 1 },
    successRate: 0.5,
    meanImprovementR2Percent: 10,
    meanImprovementRmsePercent: 4,
    medianTimeToRetrainSeconds: 600,
    meanCostPerRetrain: 1.5,
    totalCost: 3,
    severityTrend: [{ checkedAt: '2026-05-01T00:00:00.000Z', severity: 'high' }],
    suppressedDispatches: { inFlight: 0, cooldown: 0, confidence: 0 },
    lostCount: 0,
  });
});

test('computeKeyMetrics averages only successful retrainings and ignores missing values', () => {
  // Successful: R² gains 12 and 3 (mean 7.5); RMSE gains 6 and missing (mean 6);
  // durations 100, 400, 250 (median 250). Unfinished events count for nothing but costs.
  const metrics = computeKeyMetrics(
    [
      event({
        executionSuccessful: true,
        improvementR2Percent: 12,
        improvementRmsePercent: 6,
        totalDurationSeconds: 100,
        estimatedCost: 0.5,
      }),
      event({
        executionSuccessful: true,
        improvementR2Percent: 3,
        totalDurationSeconds: 400,
        estimatedCost: 1.25,
      }),
      event({ executionSuccessful: true, totalDurationSeconds: 250 }),
      event({
        executionSuccessful: false,
        improvementR2Percent: -40,
        totalDurationSeconds: 5,
        estimatedCost: 0.25,
        triggerType: 'manual',
      }),
      event({ executionSuccessful: null, triggerType: 'scheduled' }),
    ],
    [],
    { now: new Date('2026-05-02T00:00:00.000Z') },
  );
  assert.equal(metrics.retrainingCount, 5);
  assert.deepEqual(metrics.triggerTypes, { data_drift: 3, manual: 1, scheduled: 1 });
  assert.ok(Math.abs(metrics.successRate! - 3 / 4) < TOLERANCE);
  assert.ok(Math.abs(metrics.meanImprovementR2Percent! - 7.5) < TOLERANCE);
  assert.ok(Math.abs(metrics.meanImprovementRmsePercent! - 6) < TOLERANCE);
  assert.equal(metrics.medianTimeToRetrainSeconds, 250);
  assert.ok(Math.abs(metrics.meanCostPerRetrain! - 2 / 3) < TOLERANCE);
  assert.ok(Math.abs(metrics.totalCost - 2) < TOLERANCE);
});

test('computeKeyMetrics spreads retrainings over the weeks since the first, and over at least one week', () => {
  const threeOverThreeAndHalfWeeks = computeKeyMetrics(
    [
      event({ triggeredAt: '2026-05-01T00:00:00.000Z' }),
      event({ triggeredAt: '2026-05-10T00:00:00.000Z' }),
      event({ triggeredAt: '2026-05-20T00:00:00.000Z' }),
    ],
    [],
    { now: new Date('2026-05-25T12:00:00.000Z') }, // 24.5 days = 3.5 weeks after the first
  );
  assert.ok(Math.abs(threeOverThreeAndHalfWeeks.retrainingsPerWeek - 3 / 3.5) < TOLERANCE);

  const twoWithinAnHour = computeKeyMetrics(
    [
      event({ triggeredAt: '2026-05-01T00:00:00.000Z' }),
      event({ triggeredAt: '2026-05-01T00:30:00.000Z' }),
    ],
    [],
    { now: new Date('2026-05-01T01:00:00.000Z') },
  );
  assert.equal(twoWithinAnHour.retrainingsPerWeek, 2);
});

test('computeKeyMetrics reports null averages, zero counts and an empty trend for an empty log', () => {
  assert.deepEqual(computeKeyMetrics([], [], { now: new Date('2026-05-01T00:00:00.000Z') }), {
    retrainingCount: 0,
    retrainingsPerWeek: 0,
    triggerTypes: {},
    successRate: null,
    meanImprovementR2Percent: null,
    meanImprovementRmsePercent: null,
    medianTimeToRetrainSeconds: null,
    meanCostPerRetrain: null,
    totalCost: 0,
    severityTrend: [],
    suppressedDispatches: { inFlight: 0, cooldown: 0, confidence: 0 },
    lostCount: 0,
  });
});

test('computeKeyMetrics lists the severity trend oldest first whatever the input order', () => {
  const { severityTrend } = computeKeyMetrics(
    [],
    [
      { checkedAt: '2026-05-03T00:00:00.000Z', severity: 'critical' },
      { checkedAt: '2026-05-01T00:00:00.000Z', severity: 'none' },
      { checkedAt: '2026-05-02T00:00:00.000Z', severity: 'medium' },
    ],
    { now: new Date('2026-05-04T00:00:00.000Z') },
  );
  assert.deepEqual(
    severityTrend.map((point) => point.severity),
    ['none', 'medium', 'critical'],
  );
});

test('computeKeyMetrics counts the dispatches each guard held back and the lost retrainings', () => {
  const checks = [
    { checkedAt: '2026-05-01T00:00:00.000Z', severity: 'CRITICAL', suppressedBy: null },
    { checkedAt: '2026-05-01T06:00:00.000Z', severity: 'CRITICAL', suppressedBy: 'in_flight' },
    { checkedAt: '2026-05-01T12:00:00.000Z', severity: 'CRITICAL', suppressedBy: 'in_flight' },
    { checkedAt: '2026-05-01T18:00:00.000Z', severity: 'CRITICAL', suppressedBy: 'cooldown' },
    { checkedAt: '2026-05-02T00:00:00.000Z', severity: 'HIGH', suppressedBy: 'confidence' },
    { checkedAt: '2026-05-02T06:00:00.000Z', severity: 'NONE' },
  ] as const;
  const lost = {
    triggeredAt: '2026-05-01T00:00:00.000Z',
    triggerType: 'data_drift',
    executionSuccessful: false,
    improvementR2Percent: null,
    improvementRmsePercent: null,
    totalDurationSeconds: null,
    estimatedCost: null,
    status: 'lost',
  } as const;
  const metrics = computeKeyMetrics([lost], checks, { now: new Date('2026-05-03T00:00:00.000Z') });
  assert.deepEqual(metrics.suppressedDispatches, { inFlight: 2, cooldown: 1, confidence: 1 });
  assert.equal(metrics.lostCount, 1);
  const markdown = renderKeyMetricsMarkdown(metrics);
  assert.match(
    markdown,
    /\| Dispatches held back \| 4 \(in flight 2, cooldown 1, confidence 1\); 1 retraining lost \|/,
  );
});

test('the key metrics of a log where no guard ever held show no held-back row', () => {
  const metrics = computeKeyMetrics(
    [],
    [{ checkedAt: '2026-05-01T00:00:00.000Z', severity: 'NONE' }],
    {
      now: new Date('2026-05-03T00:00:00.000Z'),
    },
  );
  assert.doesNotMatch(renderKeyMetricsMarkdown(metrics), /held back/);
});
