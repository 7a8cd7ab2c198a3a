import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failureMessage } from '../../src/action/main.ts';
import { InputError } from '../../src/shared/input-error.ts';

test('an input error fails the step with its message alone', () => {
  assert.equal(
    failureMessage(new InputError('data/recent.csv: row 3 has 2 fields, expected 3.')),
    'data/recent.csv: row 3 has 2 fields, expected 3.',
  );
});

test('a refused dispatch fails the step with its message alone', () => {
  assert.equal(
    failureMessage(new Error('Could not dispatch: HTTP 403')),
    'Could not dispatch: HTTP 403',
  );
});

test('a TypeError fails the step with its stack, naming the function it came from', () => {
  function readsAProperty(value: unknown) {
    return (value as { name: string }).name;
  }
  let caught: unknown;
  try {
    readsAProperty(undefined);
  } catch (error) {
    caught = error;
  }
  const message = failureMessage(caught);
  assert.match(message, /^TypeError: Cannot read properties of undefined/);
  assert.match(message, /\n\s+at readsAProperty /);
});
