import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { renderText } from '../../src/report/render-text.ts';
import { driftReport, insufficientReport, noneReport, wideReport } from './fixture-reports.ts';

/** Words of the report as written unwrapped, plus the words the stacked layout adds. */
function wordsOf(text: string): Set<string> {
  return new Set(stripVTControlCharacters(text).split(/\s+/).filter(Boolean));
}

const LAYOUT_WORDS = wordsOf(
  'observed: fires at: fired: reference → recent: effect: adj. p: drifted: ·',
);

const reports = {
  drift: driftReport(),
  none: noneReport(),
  insufficient: insufficientReport(),
  // 220 features with names long enough that the feature table cannot fit 80 columns.
  wide: wideReport(
    Array.from(
      { length: 220 },
      (_, i) => `customer_lifetime_value_estimate_${i}_${'x'.repeat(30)}`,
    ),
  ),
};

for (const [name, report] of Object.entries(reports)) {
  test(`the ${name} report at 80 columns has no line wider than 80 and no word or number broken`, () => {
    for (const maxFeatures of [50, 250]) {
      const narrow = renderText(report, { width: 80, maxFeatures });
      const wide = renderText(report, { width: 100_000, maxFeatures });
      const allowed = new Set([...wordsOf(wide), ...LAYOUT_WORDS]);
      for (const line of narrow.split('\n')) {
        assert.ok(stringWidth(line) <= 80, `${stringWidth(line)} columns: ${line}`);
      }
      for (const word of wordsOf(narrow)) {
        assert.ok(allowed.has(word), `"${word}" is a piece of a broken word or number`);
      }
    }
  });
}

test('a report of 220 features ends with the verdict, so it is on screen when scrolling stops', () => {
  const text = renderText(reports.wide, { width: 80 });
  const lines = text.trimEnd().split('\n');
  assert.ok(lines.length > 60, `${lines.length} lines`);
  assert.match(lines[0], /^drift-sentinel: (HIGH|CRITICAL|MEDIUM|LOW)/);
  assert.equal(lines.at(-1), lines[0]);
  assert.match(text, /\.\.\. 171 more \(use --format json\)/);
});

test('a short report does not repeat its verdict', () => {
  const lines = renderText(reports.none).trimEnd().split('\n');
  assert.equal(lines.filter((l) => l.startsWith('drift-sentinel:')).length, 1);
});

test('colour marks the severity and drifted features only when asked', () => {
  const plain = renderText(reports.drift, { color: false });
  assert.equal(plain, stripVTControlCharacters(plain));
  const coloured = renderText(reports.drift, { color: true });
  // eslint-disable-next-line no-control-regex -- ANSI escapes are what is tested
  assert.match(coloured, /\x1b\[1m.*\x1b\[31m.*CRITICAL/);
  // eslint-disable-next-line no-control-regex -- ANSI escapes are what is tested
  assert.match(coloured, /\x1b\[31mYES\x1b\[39m/);
  // Colour changes nothing but the escapes: the layout is the same.
  assert.equal(stripVTControlCharacters(coloured), plain);
});

test('counts carry thousands separators', () => {
  const text = renderText(reports.wide, { width: 80 });
  // 220 numeric + 1 categorical feature
  assert.match(text, /of 221 features drifted/);
  const big = wideReport(
    ['amount'],
    Array.from({ length: 12_345 }, () => 'basic'),
  );
  assert.match(renderText(big), /reference 12,345 rows · recent\s+12,345 rows/);
});

test('an insufficient-data report shows no drift markers', () => {
  const text = renderText(reports.insufficient);
  assert.match(text, /^drift-sentinel: insufficient data, no verdict/);
  assert.doesNotMatch(text, /YES|drifted|very strong/);
});
