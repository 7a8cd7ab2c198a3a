import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadBaselineMetrics } from '../../src/data/parse-baseline-metrics.ts';
import { newBaselineMetrics, writePromotionFiles } from '../../src/retrain/promotion-files.ts';

test('newBaselineMetrics keeps the baseline-metrics keys of the new model and drops the rest', () => {
  assert.deepEqual(newBaselineMetrics({ r2: 0.93, rmse: 21.5, epochs: 12, accuracy: null }), {
    r2: 0.93,
    rmse: 21.5,
  });
});

test('newBaselineMetrics refuses a value baseline-metrics would refuse, naming it', () => {
  assert.throws(() => newBaselineMetrics({ r2: 1.5 }), /the new model metrics.*r2/);
});

test('writePromotionFiles writes baseline metrics that load as baseline-metrics and copies the chosen reference rows', async () => {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'promotion-'));
  const all = path.join(dir, 'training.csv');
  const recent = path.join(dir, 'recent.csv');
  fs.writeFileSync(all, 'x,price\n1,2\n3,4\n');
  fs.writeFileSync(recent, 'x,price\n3,4\n');
  const prepared = {
    path: all,
    recentRowsPath: recent,
    columns: ['x', 'price'],
    targetColumn: 'price',
    referenceRows: 1,
    recentRows: 1,
    warnings: [],
  };
  const files = await writePromotionFiles({
    directory: dir,
    metricsAfter: { r2: 0.9, mae: 3, loss: 0.1 },
    prepared,
    newReference: 'recent-rows',
  });
  assert.deepEqual(await loadBaselineMetrics(files.newBaselineMetrics), { r2: 0.9, mae: 3 });
  assert.equal(fs.readFileSync(files.newReferenceData, 'utf8'), 'x,price\n3,4\n');
  const whole = await writePromotionFiles({
    directory: dir,
    metricsAfter: { r2: 0.9 },
    prepared,
    newReference: 'training-data',
  });
  assert.equal(fs.readFileSync(whole.newReferenceData, 'utf8'), 'x,price\n1,2\n3,4\n');
  fs.rmSync(dir, { recursive: true, force: true });
});
