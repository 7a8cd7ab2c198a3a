import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHI_SQUARE_TEST,
  FEATURE_TESTS,
  KS_TEST,
  MAX_KEPT_CATEGORIES,
  compareProfiles,
  describeFeatureTest,
  effectSizeSymbol,
  examineProfiles,
  featureTestFor,
  isSetAside,
} from '../../src/detect/feature-tests.ts';
import { resolveDetectionConfig } from '../../src/detect/detection-config.ts';
import { profileColumn } from '../../src/profile/profile-column.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { ksTest } from '../../src/stats/ks-test.ts';
import { chiSquareContingency } from '../../src/stats/chi-square-contingency.ts';
import { totalVariationDistance } from '../../src/stats/total-variation-distance.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

const config = resolveDetectionConfig();
const profileOf = (values: (number | string)[]) =>
  profileColumn(tableFromColumns({ x: values }, 't').columns[0]);

test('the KS test on two numeric profiles gives exactly ksTest on the raw values', () => {
  const random = seededRandom(3);
  const a = normalSample(random, 800);
  const b = normalSample(random, 300, 0.3);
  const result = KS_TEST.compare(profileOf(a) as never, profileOf(b) as never, config);
  const expected = ksTest(a, b);
  assert.equal(result.test, 'ks');
  assert.equal(result.statistic, expected.statistic);
  assert.equal(result.pValue, expected.pValue);
  assert.equal(result.effectSize, expected.statistic);
});

test('the chi-square test on two categorical profiles tests their contingency table', () => {
  const a = [...Array(60).fill('x'), ...Array(40).fill('y')];
  const b = [...Array(30).fill('x'), ...Array(50).fill('y'), ...Array(20).fill('z')];
  const result = compareProfiles(profileOf(a), profileOf(b), config);
  const table = [
    [60, 40, 0],
    [30, 50, 20],
  ];
  assert.equal(result.test, 'chi2');
  assert.equal(result.statistic, chiSquareContingency(table).statistic);
  assert.equal(result.effectSize, totalVariationDistance(table[0], table[1]));
  assert.deepEqual(result.newCategories, ['z']);
});

test('a numeric profile is not compared with a categorical one', () => {
  assert.throws(
    () => compareProfiles(profileOf([1, 2]), profileOf(['a']), config),
    /Column 'x' is numeric in the reference and categorical in the recent data/,
  );
});

test('each column kind has exactly one feature test, with an effect size in [0, 1]', () => {
  assert.equal(featureTestFor('numeric'), KS_TEST);
  assert.equal(featureTestFor('categorical'), CHI_SQUARE_TEST);
  assert.equal(new Set(FEATURE_TESTS.map((t) => t.id)).size, FEATURE_TESTS.length);
  for (const t of FEATURE_TESTS) assert.deepEqual(t.effectSize.range, [0, 1]);
});

test('a report reader finds a test and its effect size by the ids in the report', () => {
  assert.equal(describeFeatureTest('ks')?.label, 'Kolmogorov-Smirnov');
  assert.equal(describeFeatureTest('psi'), undefined);
  assert.equal(effectSizeSymbol('ks_d'), 'KS D');
  assert.equal(effectSizeSymbol('total_variation_distance'), 'TVD');
  assert.equal(effectSizeSymbol('unknown_measure'), 'unknown_measure');
});

/** A recent side that counts how often it is profiled. */
function countedProfile(values: (number | string)[]) {
  const calls = { count: 0 };
  const make = () => {
    calls.count++;
    return profileOf(values);
  };
  return { calls, make };
}

test('an identifier column is set aside on its reference profile without profiling or testing the recent side', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `u${i.toString(36)}-x`);
  const recent = countedProfile(Array.from({ length: 500 }, (_, i) => `v${i}`));
  const result = examineProfiles(profileOf(ids), recent.make, config);
  assert.equal(recent.calls.count, 0);
  assert.ok(isSetAside(result));
  assert.deepEqual(result, {
    name: 'x',
    setAside: {
      name: 'x',
      role: 'identifier',
      source: 'detected',
      reason: 'identifier: 100% unique values',
    },
  });
  assert.ok(!('newCategories' in result));
});

test('a time column is set aside with the time range of both sides, the recent side profiled once', () => {
  const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
  const recent = countedProfile(Array.from({ length: 60 }, (_, i) => day(100 + i)));
  const result = examineProfiles(
    profileOf(Array.from({ length: 60 }, (_, i) => day(i))),
    recent.make,
    config,
  );
  assert.equal(recent.calls.count, 1);
  assert.ok(isSetAside(result));
  assert.equal(result.setAside.role, 'time');
  assert.deepEqual(result.setAside.timeRange, {
    reference: { first: day(0), last: day(59) },
    recent: { first: day(100), last: day(159) },
  });
});

test('a feature column is examined exactly as compareProfiles compares it', () => {
  const a = [...Array(60).fill('x'), ...Array(40).fill('y')];
  const b = [...Array(30).fill('x'), ...Array(50).fill('y'), ...Array(20).fill('z')];
  const recent = countedProfile(b);
  const result = examineProfiles(profileOf(a), recent.make, config);
  assert.equal(recent.calls.count, 1);
  assert.ok(!isSetAside(result));
  assert.deepEqual(result, compareProfiles(profileOf(a), profileOf(b), config));
});

test('examining a numeric reference against a categorical recent side still fails naming the column', () => {
  assert.throws(
    () => examineProfiles(profileOf([1, 2]), () => profileOf(['a']), config),
    /Column 'x' is numeric in the reference and categorical in the recent data/,
  );
});

test('new and vanished categories are kept up to MAX_KEPT_CATEGORIES each, with their full count', () => {
  const twice = (prefix: string, n: number) =>
    Array.from({ length: 2 * n }, (_, i) => `${prefix}${i >> 1}`);
  const reference = profileOf([...twice('r', MAX_KEPT_CATEGORIES + 300), ...twice('both', 10)]);
  const recent = profileOf([...twice('n', MAX_KEPT_CATEGORIES + 500), ...twice('both', 10)]);
  const result = CHI_SQUARE_TEST.compare(reference as never, recent as never, config);
  assert.equal(result.newCategories?.length, MAX_KEPT_CATEGORIES);
  assert.equal(result.newCategoryCount, MAX_KEPT_CATEGORIES + 500);
  assert.deepEqual(result.newCategories?.slice(0, 3), ['n0', 'n1', 'n2']);
  assert.equal(result.vanishedCategories?.length, MAX_KEPT_CATEGORIES);
  assert.equal(result.vanishedCategoryCount, MAX_KEPT_CATEGORIES + 300);
  assert.equal(result.vanishedCategories?.at(-1), `r${MAX_KEPT_CATEGORIES - 1}`);
  // The test itself still sees every category.
  assert.equal(result.referenceCount, 2 * (MAX_KEPT_CATEGORIES + 310));
  assert.equal(result.recentCount, 2 * (MAX_KEPT_CATEGORIES + 510));
});

test('lists of new and vanished categories within the cap carry no count', () => {
  const result = compareProfiles(profileOf(['a', 'b', 'b']), profileOf(['b', 'c', 'c']), config);
  assert.deepEqual(result.newCategories, ['c']);
  assert.deepEqual(result.vanishedCategories, ['a']);
  assert.ok(!('newCategoryCount' in result));
  assert.ok(!('vanishedCategoryCount' in result));
});
