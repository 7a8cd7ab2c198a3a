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

test('against an exact profile, messy data gives the report of the data: set-aside columns, findings, prediction drift', async () => {
  const { parseCsv } = await import('../../src/data/parse-csv.ts');
  const { decodeProfile, encodeProfile } = await import('../../src/engines/profile-codec.ts');
  const r = seededRandom(43);
  const side = (rows: number, offset: number, shift: number, missing: number) => {
    const lines = ['order_id,created_at,x,plan,pred'];
    for (let i = 0; i < rows; i++) {
      const day = `2024-03-${String(1 + Math.floor((offset + i) / 400)).padStart(2, '0')}`;
      const x = r() < missing ? 'NULL' : normalSample(r, 1)[0].toFixed(4);
      const plan = r() < 0.5 ? 'basic' : r() < 0.5 ? 'plus' : 'pro';
      lines.push(`${offset + i},${day},${x},${plan},${normalSample(r, 1, shift)[0].toFixed(4)}`);
    }
    return parseCsv(`${lines.join('\n')}\n`, {
      source: offset === 0 ? 'reference.csv' : 'recent.csv',
    });
  };
  const messyReference = side(3000, 0, 0, 0.01);
  const messyRecent = side(800, 3000, 0.6, 0.3);
  const input = { recent: messyRecent, predictionColumn: 'pred' };
  const fromData = analyzeDrift({ ...input, reference: messyReference });
  const profile = decodeProfile(
    encodeProfile(profileTable(messyReference, { toolVersion: 'test' })),
    'reference.profile',
  );
  const fromProfile = analyzeDriftAgainstProfile({ ...input, reference: profile });
  assert.deepEqual(
    fromProfile.setAside.map((c) => c.name),
    ['order_id', 'created_at'],
  );
  assert.equal(fromProfile.predictionDrift.drifted, true);
  assert.equal(fromProfile.dataQuality[0].kind, 'missing_share');
  assert.equal(fromProfile.reason, fromData.reason);
  assert.equal(fromProfile.severity, fromData.severity);
  assert.deepEqual(fromProfile.setAside, fromData.setAside);
  assert.deepEqual(fromProfile.dataQuality, fromData.dataQuality);
  const { referenceSource: fromProfileSource, ...profileDrift } = fromProfile.predictionDrift;
  const { referenceSource: fromDataSource, ...dataDrift } = fromData.predictionDrift;
  assert.deepEqual(profileDrift, dataDrift);
  assert.equal(fromProfileSource, "reference.csv column 'pred' (saved profile)");
  assert.equal(fromDataSource, "reference.csv column 'pred'");
});
