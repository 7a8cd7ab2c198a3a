import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { driftReport, insufficientReport, noneReport, shiftedReport } from './fixture-reports.ts';

/** Columns of each GFM table header row in the Markdown. */
function tableWidths(markdown: string): number[] {
  return markdown
    .split('\n')
    .filter((line, i, lines) => /^\|(-+\|)+$/.test(lines[i + 1] ?? '') && line.startsWith('|'))
    .map((line) => line.split('|').length - 2);
}

test('insufficient data has its own heading and no drift marker, table or chart', () => {
  for (const target of ['summary', 'comment'] as const) {
    const markdown = renderMarkdown(insufficientReport(), { target });
    assert.match(markdown.split('\n')[0], /⚪ drift-sentinel: insufficient data, no verdict$/);
    assert.doesNotMatch(markdown, /⚠️|drifted|🟢|NONE|```mermaid|\|/);
  }
});

test('a check where nothing could be tested says so under its own heading', () => {
  const rows = 150;
  const report = analyzeDrift(
    {
      reference: tableFromColumns(
        { amount: Array.from({ length: rows }, (_, i) => (i * 37) % 11) },
        'r.csv',
      ),
      recent: tableFromColumns({ amount: Array.from({ length: rows }, () => '') }, 'n.csv'),
    },
    {},
  );
  const markdown = renderMarkdown(report);
  assert.match(markdown.split('\n')[0], /⚪ drift-sentinel: nothing could be checked$/);
  assert.match(markdown, /`amount`: no non-missing values in the recent data/);
  assert.doesNotMatch(markdown, /⚠️|```mermaid|### Signals/);
});

test('a NONE report is short: no chart, one line for the unchecked model signals, features collapsed', () => {
  const markdown = renderMarkdown(noneReport());
  assert.doesNotMatch(markdown, /```mermaid/);
  assert.equal((markdown.match(/not checked/g) ?? []).length, 1);
  assert.match(markdown, /<details><summary>All 3 features \(none drifted\)<\/summary>/);
  assert.ok(markdown.split('\n').length < 45, `${markdown.split('\n').length} lines`);
});

test('a PR comment never says retraining was triggered, since pull requests never dispatch', () => {
  const comment = renderMarkdown(driftReport(), { target: 'comment' });
  assert.doesNotMatch(comment, /retraining (triggered|due)/i);
  assert.match(
    comment,
    /retraining would be due \(CRITICAL ≥ HIGH\), but pull requests never dispatch/,
  );
  const summary = renderMarkdown(driftReport());
  // Whether it was dispatched is the action's "Next" line: the report says it is due.
  assert.match(summary, /retraining due \(CRITICAL ≥ HIGH\)/);
});

test('tables in the report have at most four columns, except the collapsed statistics', () => {
  const markdown = renderMarkdown(driftReport(), { target: 'comment' });
  const widths = tableWidths(markdown);
  assert.deepEqual(widths, [4, 3, 4, 6]);
  const statistics = markdown.slice(markdown.indexOf('<summary>Test statistics'));
  assert.deepEqual(tableWidths(statistics), [6]);
});

test('values are in the data’s own units: medians, category shares and error changes', () => {
  const markdown = renderMarkdown(driftReport());
  assert.match(markdown, /\| `age` \| median 42 → 48 \| KS D 0\.26 \| ⚠️ yes \|/);
  assert.match(markdown, /\| `plan` <sub>.*<\/sub> \| `basic` 60% → 35% \|/);
  assert.match(markdown, /\| Concept drift \| RMSE 0\.8 → 1\.5 \(\+87%\) \|/);
});

test('charts span both samples with overflow bins and name their series', () => {
  const markdown = renderMarkdown(shiftedReport());
  const price = markdown.slice(markdown.indexOf('title "price'));
  assert.match(price, /x-axis "price \(bins start at each label\)" \["＜ 100k", "100k", "150k"/);
  assert.match(price, /bar "reference" \[/);
  assert.match(price, /line "recent" \[/);
  assert.match(markdown, /xychart-beta horizontal\n {4}title "region/);
});
