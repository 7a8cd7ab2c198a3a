import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileInputError } from '../../src/data/file-input-error.ts';
import { InputError } from '../../src/shared/input-error.ts';

const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

test('fileInputError names the path for a permission error (root cannot provoke one in a test)', () => {
  const error = fileInputError('data/x.csv', errno('EACCES'));
  assert.ok(error instanceof InputError);
  assert.equal(error.message, 'data/x.csv: permission denied; expected a readable file.');
});

test('fileInputError returns errors a user cannot fix unchanged', () => {
  const original = errno('EIO');
  assert.equal(fileInputError('data/x.csv', original), original);
});
