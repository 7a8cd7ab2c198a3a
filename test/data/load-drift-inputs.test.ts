import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDriftInputs } from '../../src/data/load-drift-inputs.ts';
import { InputError } from '../../src/shared/input-error.ts';
import { findColumn, isLoaded } from '../../src/shared/table.ts';

function files(reference: string, recent: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ds-inputs-'));
  const paths = { referenceData: join(dir, 'reference.csv'), recentData: join(dir, 'recent.csv') };
  writeFileSync(paths.referenceData, reference);
  writeFileSync(paths.recentData, recent);
  return paths;
}

test('a column forced categorical that only the reference has is typed there and is no error', async () => {
  const paths = files('zip,x\n01234,1\n05678,2\n', 'x\n3\n4\n');
  const input = await loadDriftInputs({ ...paths, categorical: ['zip'] });
  const zip = findColumn(input.reference, 'zip');
  assert.equal(zip?.kind, 'categorical');
  assert.deepEqual(zip?.kind === 'categorical' ? zip.categories : [], ['01234', '05678']);
  assert.equal(findColumn(input.recent, 'zip'), undefined);
});

test('a forced column in neither file is an InputError naming it, both files and the columns', async () => {
  const paths = files('a,b\n1,2\n', 'a,b\n3,4\n');
  await assert.rejects(
    loadDriftInputs({ ...paths, numeric: ['c'] }),
    (error: Error) =>
      error instanceof InputError &&
      /numeric option names column "c", which is in neither .*reference\.csv nor .*recent\.csv; expected one of "a", "b"/.test(
        error.message,
      ),
  );
});

test('predictions and actuals given as columns of the recent data become the model outputs', async () => {
  const paths = files('x\n1\n2\n', 'x,pred,y\n1,1.5,2\n2,2.5,2\n');
  const input = await loadDriftInputs({ ...paths, predictionColumn: 'pred', targetColumn: 'y' });
  assert.deepEqual([...(input.modelOutputs?.predictions ?? [])], [1.5, 2.5]);
  assert.deepEqual([...(input.modelOutputs?.actuals ?? [])], [2, 2]);
});

test('na-values markers are missing cells in both files, and reference predictions load for prediction drift', async () => {
  const paths = files('x\n1\n-999\n3\n', 'x\n-999\n5\n?\n');
  const dir = mkdtempSync(join(tmpdir(), 'ds-preds-'));
  const recentPredictions = join(dir, 'recent.json');
  const referencePredictions = join(dir, 'reference.json');
  writeFileSync(recentPredictions, '[0.1, 0.2, 0.3]');
  writeFileSync(referencePredictions, '[0.5, 0.6]');
  const input = await loadDriftInputs({
    ...paths,
    naValues: ['-999', '?'],
    recentPredictions,
    referencePredictions,
  });
  const x = findColumn(input.recent, 'x');
  assert.ok(x && isLoaded(x) && x.kind === 'numeric');
  assert.equal(x.missing, 2);
  const referenceX = findColumn(input.reference, 'x');
  assert.ok(referenceX && isLoaded(referenceX));
  assert.equal(referenceX.missing, 1);
  assert.equal(input.modelOutputs, undefined, 'no actuals: nothing to score, and no error');
  assert.deepEqual(input.predictions, {
    recent: { values: Float64Array.from([0.1, 0.2, 0.3]), source: recentPredictions },
    reference: { values: Float64Array.from([0.5, 0.6]), source: referencePredictions },
  });
});
