import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AutomaticRetrainingOrchestrator,
  InputError,
  analyzeDrift,
  ksTest,
  tableFromColumns,
} from '../src/index.ts';
import { normalSample, seededRandom } from './helpers/random.ts';

test('the README example of ksTest returns what the README says', () => {
  assert.deepEqual(ksTest([1, 2, 3, 4], [3, 4, 5, 6]), {
    statistic: 0.5,
    pValue: 0.7714285714285716,
    method: 'exact',
  });
});

test('AutomaticRetrainingOrchestrator keeps the original defaults and takes overrides', () => {
  const defaults = new AutomaticRetrainingOrchestrator();
  assert.equal(defaults.config.dataDriftThreshold, 0.05);
  assert.equal(defaults.config.performanceThreshold, 0.05);
  assert.equal(defaults.config.minSamplesForRetraining, 100);
  assert.equal(defaults.config.retrainOn, 'HIGH');
  const custom = new AutomaticRetrainingOrchestrator({
    dataDriftThreshold: 0.01,
    minSamplesForRetraining: 50,
  });
  assert.equal(custom.config.dataDriftThreshold, 0.01);
  assert.equal(custom.config.minSamplesForRetraining, 50);
  assert.throws(
    () => new AutomaticRetrainingOrchestrator({ dataDriftThreshold: 2 }),
    /dataDriftThreshold '2'/,
  );
});

test('shouldRetrain accepts arrays of records and objects of columns and agrees with analyzeDrift', () => {
  const random = seededRandom(21);
  const n = 300;
  const ref = normalSample(random, n);
  const rec = normalSample(random, n, 1);
  const cities = ['Oslo', 'Lima', 'Pune'];
  const reference = ref.map((x, i) => ({ x, city: cities[i % 3] }));
  const recent = { x: rec, city: rec.map((_, i) => cities[(i * 7) % 3]) };
  const actuals = normalSample(random, n, 5);
  const predictions = actuals.map((a, i) => a + (i % 2 ? 2 : -2));
  const decision = new AutomaticRetrainingOrchestrator().shouldRetrain(
    reference,
    recent,
    predictions,
    actuals,
    {
      rmse: 0.5,
      r2: 0.9,
    },
  );
  assert.equal(decision.triggered, true);
  assert.ok(['HIGH', 'CRITICAL'].includes(decision.severity));
  assert.equal(decision.features.find((f) => f.name === 'x')?.drifted, true);
  assert.equal(decision.features.find((f) => f.name === 'city')?.type, 'categorical');

  const direct = analyzeDrift({
    reference: tableFromColumns({ x: ref, city: reference.map((r) => r.city) }, 'reference'),
    recent: tableFromColumns(recent, 'recent'),
    modelOutputs: {
      predictions: Float64Array.from(predictions),
      actuals: Float64Array.from(actuals),
    },
    baseline: { rmse: 0.5, r2: 0.9 },
  });
  assert.equal(decision.severity, direct.severity);
  assert.equal(decision.reason, direct.reason);
});

test('shouldRetrain rejects predictions that do not match the recent rows, naming the counts', () => {
  const orchestrator = new AutomaticRetrainingOrchestrator();
  const table = { x: [1, 2, 3] };
  assert.throws(
    () => orchestrator.shouldRetrain(table, table, [1, 2], [1, 2]),
    (error: Error) =>
      error instanceof InputError &&
      /2 predictions, 2 actuals and 3 recent rows/.test(error.message),
  );
  assert.throws(
    () => orchestrator.shouldRetrain(table, table, [1, 2, 3], null),
    /predictions given without actuals/,
  );
});

test('analyzeDriftInParallel gives exactly the report of analyzeDrift', async () => {
  const { analyzeDriftInParallel } = await import('../src/index.ts');
  const random = seededRandom(33);
  const columns = (shift: number, n: number) =>
    tableFromColumns(
      {
        a: normalSample(random, n, shift),
        b: normalSample(random, n),
        c: normalSample(random, n, 2 * shift),
        city: Array.from({ length: n }, (_, i) => ['Oslo', 'Lima'][i % 2]),
      },
      `t${shift}`,
    );
  const input = { reference: columns(0, 100000), recent: columns(0.2, 30000) };
  const sequential = analyzeDrift(input);
  const parallel = await analyzeDriftInParallel(input, {}, { threads: 2 });
  assert.deepEqual(parallel, sequential);
});
