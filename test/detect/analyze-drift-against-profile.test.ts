import assert from 'node:assert/strict';
import { test } from 'node:test';

import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { analyzeDriftAgainstProfile } from '../../src/detect/analyze-drift-against-profile.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { profileTable } from '../../src/profile/saved-profile.ts';
import { renderJson } from '../../src/report/render-json.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

const random = seededRandom(42);
const reference = tableFromColumns(
  {
    x: normalSample(random, 30_000),
    y: normalSample(random, 30_000, 5, 2),
    rooms: Array.from({ length: 30_000 }, () => 1 + Math.floor(random() * 6)),
    city: Array.from({ length: 30_000 }, () => (random() < 0.7 ? 'Oslo' : 'Bergen')),
  },
  'reference',
);
const recent = tableFromColumns(
  {
    x: normalSample(random, 5_000, 0.3),
    y: normalSample(random, 5_000, 5, 2),
    rooms: Array.from({ length: 5_000 }, () => 1 + Math.floor(random() * 6)),
    city: Array.from({ length: 5_000 }, () => (random() < 0.6 ? 'Oslo' : 'Bergen')),
  },
  'recent',
);

test('a check against an exact profile gives the same JSON report as against the data', async () => {
  const profile = profileTable(reference, { toolVersion: 'test' });
  const exact = renderJson(analyzeDrift({ reference, recent }));
  assert.equal(renderJson(await analyzeDriftAgainstProfile({ reference: profile, recent })), exact);
});

test('a compact profile marks sketched KS results approximate, and each D is within its stated bound', async () => {
  const profile = profileTable(reference, {
    toolVersion: 'test',
    mode: 'compact',
    maxRankError: 0.002,
  });
  const exact = analyzeDrift({ reference, recent });
  const approximate = await analyzeDriftAgainstProfile({ reference: profile, recent });
  for (const name of ['x', 'y']) {
    const a = approximate.features.find((f) => f.name === name);
    const e = exact.features.find((f) => f.name === name);
    assert.ok(a?.approximate && e, name);
    assert.ok(a.approximate.rankErrorBound <= 0.002);
    assert.ok(
      Math.abs(a.statistic - e.statistic) <= a.approximate.rankErrorBound,
      `${name}: |${a.statistic} - ${e.statistic}| <= ${a.approximate.rankErrorBound}`,
    );
    assert.equal(a.drifted, e.drifted, `${name} drift verdict`);
  }
  // Six distinct room counts are kept exactly: that KS is exact and not marked.
  const rooms = approximate.features.find((f) => f.name === 'rooms');
  assert.equal(rooms?.approximate, undefined);
  assert.equal(rooms?.statistic, exact.features.find((f) => f.name === 'rooms')?.statistic);
  assert.equal(approximate.severity, exact.severity);
  assert.equal(approximate.referenceRows, 30_000);
});
