import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attemptsText } from '../../src/retrain/render-retraining-result.ts';

const attempt = (n: number, fields: object) => ({
  attempt: n,
  startedAt: '2026-05-01T12:00:00.000Z',
  durationSeconds: 12,
  exitCode: 0,
  signal: null,
  timedOut: false,
  ...fields,
});

test('attemptsText lists each attempt with how it ended and how long it took', () => {
  assert.equal(
    attemptsText({
      attempts: [
        attempt(1, { exitCode: 137 }),
        attempt(2, { exitCode: null, timedOut: true, durationSeconds: 3600 }),
        attempt(3, { exitCode: 0, durationSeconds: 312 }),
      ],
    }),
    '1: exit 137 after 12 s; 2: timed out after 1 h; 3: exit 0 after 5.2 min',
  );
});

test('attemptsText says nothing when the command ran once', () => {
  assert.equal(attemptsText({ attempts: [attempt(1, {})] }), undefined);
  assert.equal(attemptsText({ attempts: [] }), undefined);
});
