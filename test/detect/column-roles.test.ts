import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectColumnRole,
  isIdentifierName,
  isTimeName,
  timeRangeOf,
} from '../../src/detect/column-roles.ts';
import type { RoleOptions } from '../../src/detect/column-roles.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { profileColumn } from '../../src/profile/profile-column.ts';
import { seededRandom } from '../helpers/random.ts';

const DETECT: RoleOptions = { identifierColumns: [], detectRoles: true };

function roleOf(name: string, values: ArrayLike<unknown>, options = DETECT) {
  const table = tableFromColumns({ [name]: values }, 'data');
  const profile = profileColumn(table.columns[0]);
  return detectColumnRole(profile, profile, options);
}

const range = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));

test('identifier and time names are told from words that merely end in the same letters', () => {
  for (const name of [
    'id',
    'ID',
    'order_id',
    'customer-id',
    'customerId',
    'userID',
    'uuid',
    'row_number',
  ])
    assert.ok(isIdentifierName(name), name);
  for (const name of ['paid', 'valid', 'grid', 'hybrid', 'width', 'idle'])
    assert.ok(!isIdentifierName(name), name);
  for (const name of [
    'date',
    'timestamp',
    'ts',
    'created_at',
    'order_date',
    'eventTime',
    'updatedAt',
  ])
    assert.ok(isTimeName(name), name);
  for (const name of ['status', 'format', 'flat', 'update', 'lifetime_value', 'seat'])
    assert.ok(!isTimeName(name), name);
});

test('hex hashes and slash dates are recognised from content; their names do not matter', () => {
  const random = seededRandom(3);
  const hex = () =>
    Array.from({ length: 40 }, () => Math.floor(random() * 16).toString(16)).join('');
  assert.equal(
    roleOf('fingerprint', range(60, hex))?.reason,
    'identifier: hash-like hexadecimal values',
  );
  const dates = range(60, (i) => `${1 + (i % 28)}/${1 + (i % 12)}/2024`);
  const role = roleOf('when', dates);
  assert.equal(role?.reason, 'time: slash-separated date values (d/m/yyyy)');
  assert.deepEqual(role?.timeRange?.reference, { first: '1/1/2024', last: '24/12/2024' });
});

test('epoch milliseconds are a time column with ISO ranges', () => {
  const start = Date.UTC(2025, 0, 1);
  const role = roleOf(
    't',
    range(100, (i) => start + i * 1000),
  );
  assert.equal(role?.reason, 'time: epoch millisecond values');
  assert.deepEqual(timeRangeOf(profileColumn(tableFromColumns({ t: [start] }, 'd').columns[0])), {
    first: '2025-01-01T00:00:00.000Z',
    last: '2025-01-01T00:00:00.000Z',
  });
});

test('unique real numbers, sparse unique whole numbers and numbers written as text stay features', () => {
  const random = seededRandom(4);
  assert.equal(
    roleOf(
      'price',
      range(200, () => random() * 100),
    ),
    undefined,
  );
  assert.equal(
    roleOf(
      'income',
      range(200, () => Math.floor(random() * 1e7)),
    ),
    undefined,
  );
  assert.equal(
    roleOf(
      'weight',
      range(200, () => `${(random() * 90).toFixed(3).replace('.', ',')}`),
    ),
    undefined,
  );
  assert.equal(
    roleOf(
      'length',
      range(200, (i) => `${i * 7 + 0.5} cm`),
    ),
    undefined,
  );
});

test('a column with a repeating key name and few distinct values stays a feature; fewer than 50 values are not judged unique', () => {
  assert.equal(
    roleOf(
      'store_id',
      range(500, (i) => (i % 12) + 1),
    ),
    undefined,
  );
  assert.equal(
    roleOf(
      'city',
      range(30, (i) => `city-${i}`),
    ),
    undefined,
  );
  assert.equal(
    roleOf(
      'label',
      range(60, (i) => `free text ${i}`),
    )?.reason,
    'identifier: 100% unique values',
  );
});

test('with detection off only declared columns are set aside', () => {
  const rows = range(100, (i) => i);
  assert.equal(roleOf('row', rows, { identifierColumns: [], detectRoles: false }), undefined);
  assert.equal(
    roleOf('row', rows, { identifierColumns: ['row'], detectRoles: false })?.source,
    'declared',
  );
});

test('dates as exports write them are time columns with ranges in calendar order', () => {
  // Day 1..28 of months 1..6 of 2024, in each written form; the range is told from the
  // calendar, not from the text's order ('01-02-2024' sorts before '28-01-2024').
  const days = Array.from(
    { length: 168 },
    (_, i) => [1 + (i % 28), 1 + Math.floor(i / 28)] as const,
  );
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'];
  const cases: [string, (d: number, m: number) => string, string, string][] = [
    ['year first, slashes', (d, m) => `2024/${pad(m)}/${pad(d)}`, '2024/01/01', '2024/06/28'],
    ['day first, dashes', (d, m) => `${pad(d)}-${pad(m)}-2024`, '01-01-2024', '28-06-2024'],
    [
      'day first, dots, time',
      (d, m) => `${d}.${m}.2024 13:05`,
      '1.1.2024 13:05',
      '28.6.2024 13:05',
    ],
    [
      'month name first',
      (d, m) => `${month[m - 1]} ${pad(d)}, 2024`,
      'Jan 01, 2024',
      'Jun 28, 2024',
    ],
    ['day, month name', (d, m) => `${pad(d)}-${month[m - 1]}-2024`, '01-Jan-2024', '28-Jun-2024'],
  ];
  for (const [label, write, first, last] of cases) {
    const role = roleOf(
      'when',
      days.map(([d, m]) => write(d, m)),
    );
    assert.equal(role?.role, 'time', label);
    assert.match(role?.reason ?? '', /^time: written date values such as '/, label);
    assert.deepEqual(role?.timeRange?.reference, { first, last }, label);
  }
});

test('month-first slash dates are read as such once a second number exceeds 12', () => {
  const role = roleOf(
    'when',
    range(60, (i) => `${1 + (i % 12)}/${1 + (i % 28)}/2024`),
  );
  assert.equal(role?.reason, 'time: slash-separated date values (m/d/yyyy)');
  assert.deepEqual(role?.timeRange?.reference, { first: '1/1/2024', last: '12/24/2024' });
});

test('yyyymmdd whole numbers are a time column; numbers in that range with impossible days stay features', () => {
  const dates = range(100, (i) => 20240101 + (i % 28) + 100 * (i % 12));
  const role = roleOf('d', dates);
  assert.equal(role?.reason, 'time: yyyymmdd date numbers');
  assert.deepEqual(role?.timeRange?.reference, { first: '2024-01-01', last: '2024-12-28' });
  // 20,240,132 has day 32: a measurement that merely falls in the range.
  const random = seededRandom(9);
  const counts = range(100, () => 20_240_100 + Math.floor(random() * 64));
  assert.equal(roleOf('amount', counts), undefined);
});

test('a year column in row order is a time column; a model year in any order stays a feature', () => {
  const years = range(300, (i) => 2019 + Math.floor(i / 60));
  assert.equal(roleOf('year', years)?.reason, "time: name 'year' and values in row order");
  assert.equal(roleOf('fiscal_year', years)?.role, 'time');
  const random = seededRandom(11);
  const shuffled = range(300, () => 2000 + Math.floor(random() * 24));
  assert.equal(roleOf('model_year', shuffled), undefined);
  assert.ok(!isTimeName('years_of_service'));
});

test('timestamps with the zone forms databases write are a time column, ordered by the instant', () => {
  // PostgreSQL writes timestamptz as `+00` (or `-08` in a local zone), BigQuery as
  // ` UTC`, Snowflake as ` -0800`: repeated batch times that are not time columns would
  // be a categorical feature whose every recent value is new.
  const hours = Array.from({ length: 200 }, (_, i) => Math.floor(i / 10));
  const at = (h: number) =>
    `2024-03-${String(1 + Math.floor(h / 24)).padStart(2, '0')} ${String(h % 24).padStart(2, '0')}:00:00`;
  const forms: Array<[string, (h: number) => string]> = [
    ['PostgreSQL +hh', (h) => `${at(h)}+00`],
    ['PostgreSQL fractional +hh', (h) => `${at(h)}.123456+00`],
    ['BigQuery UTC', (h) => `${at(h)} UTC`],
    ['Snowflake -hhmm', (h) => `${at(h)}.000 -0800`],
    ['ISO +hh:mm', (h) => `${at(h).replace(' ', 'T')}+05:30`],
  ];
  for (const [label, write] of forms) {
    const role = roleOf('batch', hours.map(write));
    assert.equal(role?.role, 'time', label);
    assert.equal(role?.reason, 'time: ISO-8601 date or datetime values', label);
    assert.deepEqual(role?.timeRange?.reference, { first: write(0), last: write(19) }, label);
  }
  // Local times across the daylight-saving change (US, 2024-03-10): 01:30-08 is before
  // 03:15-07, and 03:15-07 is the later instant even though 01:30-08 sorts after it as text.
  const local = ['2024-03-10 03:15:00-07', '2024-03-10 01:30:00-08', '2024-03-10 01:45:00-08'];
  const dst = roleOf(
    'event_time',
    range(30, (i) => local[i % 3]),
  );
  assert.deepEqual(dst?.timeRange?.reference, {
    first: '2024-03-10 01:30:00-08',
    last: '2024-03-10 03:15:00-07',
  });
});

test('spreadsheet serial dates in a date-named column are a time column in any row order; durations in that range stay features', () => {
  const random = seededRandom(21);
  // 2024-01-01 is serial 45292; rows in no order, with times of day in a datetime column.
  const days = range(200, () => 45292 + Math.floor(random() * 366));
  const role = roleOf('order_date', days);
  assert.equal(role?.reason, "time: name 'order_date' and spreadsheet serial dates");
  const sorted = (days as number[]).toSorted((a, b) => a - b);
  const iso = (serial: number) =>
    new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  assert.deepEqual(role?.timeRange?.reference, { first: iso(sorted[0]), last: iso(sorted[199]) });
  assert.equal(iso(45292), '2024-01-01');
  const stamps = range(200, () => 45292 + random() * 30);
  assert.equal(roleOf('shippedAt', stamps)?.role, 'time');
  // A duration named like a time and a date-named count outside 1990-2099 are features.
  const milliseconds = range(200, () => 35_000 + Math.floor(random() * 30_000));
  assert.equal(roleOf('response_time', milliseconds), undefined);
  assert.equal(
    roleOf(
      'lead_date',
      range(200, () => Math.floor(random() * 60)),
    ),
    undefined,
  );
});

test('period labels (months, quarters, ISO weeks, as pandas writes a Period) are a time column ordered by their start', () => {
  const cases: Array<[string, (i: number) => string, string, string]> = [
    ['year-month', (i) => `2024-${String(1 + (i % 12)).padStart(2, '0')}`, '2024-01', '2024-12'],
    ['year/month', (i) => `2023/${1 + (i % 12)}`, '2023/1', '2023/12'],
    ['month/year', (i) => `${String(1 + (i % 12)).padStart(2, '0')}/2024`, '01/2024', '12/2024'],
    ['month name', (i) => `${['Jan', 'Feb', 'Mar', 'Oct'][i % 4]} 2024`, 'Jan 2024', 'Oct 2024'],
    ['pandas quarter', (i) => `${2023 + (i % 2)}Q${1 + (i % 4)}`, '2023Q1', '2024Q4'],
    ['quarter first', (i) => `Q${1 + (i % 4)} 2024`, 'Q1 2024', 'Q4 2024'],
    ['ISO week', (i) => `2024-W${String(1 + (i % 52)).padStart(2, '0')}`, '2024-W01', '2024-W52'],
  ];
  for (const [label, write, first, last] of cases) {
    const role = roleOf('period', range(120, write));
    assert.equal(role?.role, 'time', label);
    assert.match(role?.reason ?? '', /^time: period values such as '/, label);
    assert.deepEqual(role?.timeRange?.reference, { first, last }, label);
  }
  // Codes in the same shapes are not periods: a year outside 1900-2099, a month 13.
  for (const codes of [
    range(120, (i) => `1234-${1 + (i % 9)}`),
    range(120, (i) => `2024-${13 + (i % 9)}`),
  ]) {
    assert.notEqual(roleOf('code', codes)?.role, 'time', String(codes[0]));
  }
});

test('yyyymm month numbers are a time column with a month name or six distinct months; other numbers in the range stay features', () => {
  const months = range(120, (i) => 202301 + (i % 12) + (i % 24 >= 12 ? 100 : 0));
  const role = roleOf('value_ym', months);
  assert.equal(role?.reason, 'time: yyyymm month numbers');
  assert.deepEqual(role?.timeRange?.reference, { first: '2023-01', last: '2024-12' });
  assert.equal(
    roleOf(
      'month',
      range(60, (i) => 202407 + (i % 3)),
    )?.role,
    'time',
  );
  // Three months without a month name, and amounts that reach month 13, are features.
  assert.equal(
    roleOf(
      'amount',
      range(60, (i) => 202407 + (i % 3)),
    ),
    undefined,
  );
  const random = seededRandom(4);
  assert.equal(
    roleOf(
      'amount',
      range(200, () => 200_000 + Math.floor(random() * 2000)),
    ),
    undefined,
  );
});
