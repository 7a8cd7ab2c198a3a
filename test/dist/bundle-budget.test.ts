/**
 * The bundle budget of README "Development": each entry of dist/ stays under its size,
 * so a dependency that would double what every runner downloads is noticed in review
 * rather than after release.
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { test } from 'node:test';

const MB = 1_000_000;
const BUDGETS: Record<string, number> = {
  'index.js': 8 * MB,
  'cli.js': 4 * MB,
  'lib.js': 1.5 * MB,
  'feature-worker.js': 0.25 * MB,
  'parquet-column-worker.js': 0.5 * MB,
};

for (const [file, budget] of Object.entries(BUDGETS)) {
  test(`dist/${file} stays within its budget of ${budget / MB} MB`, () => {
    const size = statSync(new URL(`../../dist/${file}`, import.meta.url)).size;
    assert.ok(size <= budget, `dist/${file} is ${(size / MB).toFixed(2)} MB`);
  });
}
