import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chiSquareContingency } from '../../src/stats/chi-square-contingency.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface ContingencyCase {
  name: string;
  table: number[][];
  statistic: number;
  pValue: number;
  degreesOfFreedom: number;
  expected: number[][];
}

for (const reference of readVectors<ContingencyCase>('chi-square-contingency')) {
  test(`chiSquareContingency matches scipy.stats.chi2_contingency: ${reference.name}`, () => {
    const result = chiSquareContingency(reference.table);
    assert.equal(result.degreesOfFreedom, reference.degreesOfFreedom);
    assertClose(result.statistic, reference.statistic, 'statistic');
    assertClose(result.pValue, reference.pValue, 'pValue');
    assert.equal(result.expected.length, reference.expected.length);
    result.expected.forEach((row, i) => {
      assert.equal(row.length, reference.expected[i].length);
      row.forEach((e, j) => assertClose(e, reference.expected[i][j], `expected[${i}][${j}]`));
    });
  });
}

test('chiSquareContingency applies Yates correction to a 2x2 table, the documented example', () => {
  assert.deepEqual(
    chiSquareContingency([
      [10, 20],
      [30, 25],
    ]),
    {
      statistic: 2.706155303030302,
      pValue: 0.0999616438735349,
      degreesOfFreedom: 1,
      expected: [
        [14.117647058823529, 15.882352941176471],
        [25.88235294117647, 29.11764705882353],
      ],
    },
  );
});

test('chiSquareContingency does not apply Yates correction when dof > 1', () => {
  // Uncorrected Pearson statistic of [[10, 20, 5], [30, 25, 5]], computed by hand.
  const table = [
    [10, 20, 5],
    [30, 25, 5],
  ];
  const result = chiSquareContingency(table);
  const rows = [35, 60];
  const columns = [40, 45, 10];
  let pearson = 0;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 3; j++) {
      const e = (rows[i] * columns[j]) / 95;
      pearson += (table[i][j] - e) ** 2 / e;
    }
  }
  assert.equal(result.degreesOfFreedom, 2);
  assert.ok(Math.abs(result.statistic - pearson) < 1e-12 * pearson);
});

test('chiSquareContingency returns statistic 0, p 1 and dof 0 for a single category', () => {
  const result = chiSquareContingency([
    [5, 0],
    [7, 0],
  ]);
  assert.equal(result.statistic, 0);
  assert.equal(result.pValue, 1);
  assert.equal(result.degreesOfFreedom, 0);
});

test('chiSquareContingency rejects ragged, negative, non-finite and all-zero tables naming the cell', () => {
  assert.throws(() => chiSquareContingency([[1, 2], [3]]), /row 1 has 1 counts, expected 2/);
  assert.throws(
    () =>
      chiSquareContingency([
        [1, -2],
        [3, 4],
      ]),
    /row 0, column 1 is -2/,
  );
  assert.throws(
    () =>
      chiSquareContingency([
        [1, 2],
        [NaN, 4],
      ]),
    /row 1, column 0 is NaN/,
  );
  assert.throws(
    () =>
      chiSquareContingency([
        [0, 0],
        [0, 0],
      ]),
    /every count in the table is 0/,
  );
  assert.throws(() => chiSquareContingency([]), /empty table/);
});
