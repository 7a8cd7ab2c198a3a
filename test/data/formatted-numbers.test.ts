import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseCsv } from '../../src/data/parse-csv.ts';
import { detectNumberFormat, parseFormattedNumber } from '../../src/data/formatted-numbers.ts';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { seededRandom } from '../helpers/random.ts';

test('parseFormattedNumber matches the documented example', () => {
  assert.equal(parseFormattedNumber('($1,234.50)', { decimal: '.' }), -1234.5);
});

test('currency, percent, grouped and accounting numbers read as the numbers they write', () => {
  const dot = { decimal: '.' } as const;
  const comma = { decimal: ',' } as const;
  const cases: Array<[string, { decimal: '.' | ',' }, number]> = [
    ['$1,234.56', dot, 1234.56],
    ['$ 1,234.56', dot, 1234.56],
    ['-$5.25', dot, -5.25],
    ['$-5.25', dot, -5.25],
    ['($5.25)', dot, -5.25],
    ['(1,000)', dot, -1000],
    ['12.5%', dot, 12.5],
    ['12.5 %', dot, 12.5],
    ['-0.75%', dot, -0.75],
    ['£1,000,000', dot, 1_000_000],
    ["1'234.5", dot, 1234.5],
    ['1.234,56 €', comma, 1234.56],
    ['€3,50', comma, 3.5],
    ['1 234,5', comma, 1234.5],
    ['1\u202f234,5 €', comma, 1234.5],
    ['1,234', dot, 1234],
    ['1,234', comma, 1.234],
    ['  $7  ', dot, 7],
    ['.5%', dot, 0.5],
  ];
  for (const [label, format, expected] of cases) {
    assert.equal(parseFormattedNumber(label, format), expected, label);
  }
  for (const label of [
    '$',
    '12 kg',
    'A12',
    '1.2.3',
    '50%-60%',
    '($5',
    '$5)',
    '-$-5',
    '2024-01-01',
    'n/a',
  ]) {
    assert.ok(Number.isNaN(parseFormattedNumber(label, dot)), label);
  }
});

test('a column is read as formatted numbers only when most labels are, with the decimal separator its labels show', () => {
  assert.deepEqual(detectNumberFormat(['$1,234.50', '$12.00', '$3.10']), { decimal: '.' });
  assert.deepEqual(detectNumberFormat(['1.234,50 €', '12,00 €', '1.000 €']), { decimal: ',' });
  // `1,234` tells nothing: grouped beside `1,313,750`, a decimal comma or a thousands
  // separator on its own (the column stays text).
  assert.deepEqual(detectNumberFormat(['1,234', '2,500', '1,313,750']), { decimal: '.' });
  assert.deepEqual(detectNumberFormat(['$1,234', '$2,500']), { decimal: '.' });
  assert.equal(detectNumberFormat(['1,234', '2,500', '13,750']), undefined);
  assert.deepEqual(detectNumberFormat(['12%', '7.5%', '100%']), { decimal: '.' });
  // Codes, words, ranges and bare numbers (the CSV reader's own) make no format.
  assert.equal(detectNumberFormat(['A12', 'B7', 'C3']), undefined);
  assert.equal(detectNumberFormat(['12', '7.5', '100']), undefined);
  assert.equal(detectNumberFormat(['10-20%', '20-30%', '30-40%']), undefined);
  assert.equal(
    detectNumberFormat(['$5', '$6', 'free', 'call us', 'n/a', 'soon', '$8', '$9', '$1', '$2']),
    undefined,
  );
});

/** A CSV of `rows` prices and discounts as a spreadsheet exports them. */
function exportedCsv(rows: number, seed: number, priceScale: number): string {
  const random = seededRandom(seed);
  const lines = ['order,price,discount,amount'];
  for (let i = 0; i < rows; i++) {
    const price = (50 + random() * 100) * priceScale;
    const text = price.toLocaleString('en-US', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    lines.push(`${i},"$${text}",${(random() * 30).toFixed(1)}%,${(random() * 10).toFixed(3)}`);
  }
  return lines.join('\n') + '\n';
}

test('prices and percentages written for people are numeric columns, and a doubling of prices is found', () => {
  const reference = parseCsv(exportedCsv(2000, 1, 1), { source: 'reference.csv' });
  const price = reference.columns.find((c) => c.name === 'price');
  const discount = reference.columns.find((c) => c.name === 'discount');
  assert.equal(price?.kind, 'numeric');
  assert.equal(discount?.kind, 'numeric');
  assert.ok(price?.kind === 'numeric' && price.values.every((v) => v >= 50 && v <= 150));
  // Prices above 1,000 carry a thousands separator inside the quotes.
  const recent = parseCsv(exportedCsv(2000, 2, 10), { source: 'recent.csv' });
  const report = analyzeDrift({ reference, recent });
  const priceResult = report.features.find((f) => f.name === 'price');
  assert.equal(priceResult?.test, 'ks');
  assert.equal(priceResult?.drifted, true);
  assert.equal(priceResult?.statistic, 1);
  assert.equal(report.features.find((f) => f.name === 'discount')?.drifted, false);
});
