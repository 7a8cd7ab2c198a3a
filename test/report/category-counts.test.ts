/**
 * A categorical feature with more new and vanished categories than the check keeps
 * (MAX_KEPT_CATEGORIES): every renderer counts all of them, not the kept ones.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import { MAX_KEPT_CATEGORIES } from '../../src/detect/feature-tests.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { MAX_JSON_CATEGORIES, renderJson } from '../../src/report/render-json.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { renderHtml } from '../../src/report/render-html.ts';

const NEW = MAX_KEPT_CATEGORIES + 700;
const VANISHED = MAX_KEPT_CATEGORIES + 400;

/** Each label twice: half the values distinct, so the column is a feature, not an id. */
const twice = (prefix: string, n: number) =>
  Array.from({ length: 2 * n }, (_, i) => `${prefix}${i >> 1}`);

function report() {
  return analyzeDrift({
    reference: tableFromColumns({ sku: twice('old', VANISHED) }, 'reference.csv'),
    recent: tableFromColumns({ sku: twice('new', NEW) }, 'recent.csv'),
  });
}

const formatted = (n: number) => new Intl.NumberFormat('en-US').format(n);

test('the JSON report lists the first categories and counts them all', () => {
  const json = JSON.parse(renderJson(report()));
  const [sku] = json.features;
  assert.equal(json.setAside.length, 0);
  assert.equal(sku.newCategories.length, Math.min(MAX_JSON_CATEGORIES, MAX_KEPT_CATEGORIES));
  assert.equal(sku.newCategoryCount, NEW);
  assert.equal(sku.vanishedCategoryCount, VANISHED);
  assert.equal(sku.newCategories[0], 'new0');
});

test('the Markdown report says how many more categories there are, counting all of them', () => {
  const markdown = renderMarkdown(report());
  assert.match(markdown, new RegExp(`and ${formatted(NEW - 5)} more`));
  assert.match(markdown, new RegExp(`and ${formatted(VANISHED - 5)} more`));
});

test('the HTML report says how many more categories there are, counting all of them', async () => {
  const html = await renderHtml({ report: report() });
  assert.ok(html.includes(`and ${formatted(NEW - 10)} more`));
  assert.ok(html.includes(`and ${formatted(VANISHED - 10)} more`));
});
