import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkModelKey, retrainModelKey } from '../../src/action/model-key.ts';

test('a check derives the model key from retrain-workflow and its ref, as the documented example says', () => {
  assert.equal(
    checkModelKey({ model: '', retrainWorkflow: 'retrain.yml', ref: 'main' }),
    'retrain.yml@main',
  );
  assert.equal(
    checkModelKey({
      model: '',
      retrainWorkflow: '.github/workflows/retrain.yml',
      ref: 'refs/heads/main',
    }),
    'retrain.yml@main',
  );
});

test('the model input wins over the derived key, and a check without retrain-workflow has no key', () => {
  assert.equal(
    checkModelKey({ model: 'churn', retrainWorkflow: 'retrain.yml', ref: 'main' }),
    'churn',
  );
  assert.equal(checkModelKey({ model: '', retrainWorkflow: '', ref: 'main' }), '');
});

test('a retraining run derives the same key from GITHUB_WORKFLOW_REF as the check that dispatched it', () => {
  assert.equal(
    retrainModelKey({
      model: '',
      workflowRef: 'acme/app/.github/workflows/retrain.yml@refs/heads/main',
    }),
    checkModelKey({ model: '', retrainWorkflow: 'retrain.yml', ref: 'main' }),
  );
  assert.equal(
    retrainModelKey({
      model: 'churn',
      workflowRef: 'acme/app/.github/workflows/x.yml@refs/heads/main',
    }),
    'churn',
  );
});
