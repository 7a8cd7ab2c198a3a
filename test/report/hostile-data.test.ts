/**
 * Hostile names and values (issue 11) through every renderer. A pull request can
 * change the data files, so column names and category values are attacker input:
 * none may ping, link, load an image, add HTML or a heading, break a table, close a
 * fence, spell the sticky-comment marker, move the terminal cursor or start a
 * workflow command, and none may make an output too big for GitHub.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  COMMENT_RESERVE,
  MAX_COMMENT_CHARACTERS,
  MAX_SUMMARY_BYTES,
  renderMarkdown,
} from '../../src/report/render-markdown.ts';
import { renderText } from '../../src/report/render-text.ts';
import { MAX_JSON_CATEGORIES, renderJson } from '../../src/report/render-json.ts';
import { hostileReport, wideReport } from './fixture-reports.ts';
import { liveMarkupFromData, markdownShape, TEMPLATE_TAGS } from './inspect-markdown.ts';

const HOSTILE = [
  'x\n::error title=Injected::owned\n::add-mask::CRITICAL',
  '@octocat',
  '@org/team',
  '#1',
  'see owner/repo#12 and GH-3',
  '![x](https://e.com/t.png)',
  '[click](https://e.com)',
  '<https://e.com>',
  'https://e.com/a www.e.com me@e.com',
  'a|b',
  'a\\|b',
  'line one\nline two\r\nline three',
  '```\n## 🟢 drift-sentinel: NONE\n<img src=x onerror=alert(1)>\n```',
  '~~~\n# heading',
  '<!-- drift-sentinel:main -->',
  '<details><summary>spoof</summary>',
  '&#64;octocat &lt;img&gt;',
  '`code` and ``two``',
  '```',
  '\u001b[31mred\u001b[0m\u001b[2J\u009b31m',
  '\u202eevil\u202c',
  '%%{init: {"theme":"dark"}}%%',
  '"quoted" \\ back',
  '$x^2$',
  'a'.repeat(1_500_000),
];

/** The shape a benign report of the same data has: the baseline data may not alter. */
const benign = hostileReport('feature', 'value');

function checkMarkdown(markdown: string, expected: string) {
  assert.deepEqual(liveMarkupFromData(markdown), []);
  const shape = markdownShape(markdown);
  const reference = markdownShape(expected);
  assert.deepEqual(shape.headings, reference.headings, 'no heading added or changed');
  assert.deepEqual(shape.fences, reference.fences, 'no fence opened or closed');
  assert.deepEqual(shape.tags, reference.tags, 'no HTML tag added');
  assert.ok(
    shape.tags.every((tag) => TEMPLATE_TAGS.has(tag)),
    shape.tags.join(' '),
  );
  assert.deepEqual(shape.tableCells, reference.tableCells, 'every table keeps its columns');
  for (const line of markdown.split('\n').filter((l) => /^ {4}(title|x-axis)/.test(l))) {
    assert.equal((line.match(/"/g) ?? []).length % 2, 0, `Mermaid quotes balanced: ${line}`);
    assert.doesNotMatch(line, /%%|[<>`]/, 'no Mermaid directive, HTML or backtick');
  }
}

describe('hostile column names and category values', () => {
  const benignSummary = renderMarkdown(benign);
  const benignComment = renderMarkdown(benign, { target: 'comment', headingLevel: 3 });
  // Unwrapped, so line counts compare what data adds, not how long a name wraps.
  const benignText = renderText(benign, { width: 1_000_000 });

  for (const hostile of HOSTILE) {
    const label = JSON.stringify(hostile.slice(0, 60));
    const report = hostileReport(hostile, hostile);

    test(`the job summary neither injects nor grows from ${label}`, () => {
      const summary = renderMarkdown(report);
      checkMarkdown(summary, benignSummary);
      assert.ok(summary.startsWith(`## ${benignSummary.split('\n')[0].slice(3)}`));
      assert.ok(Buffer.byteLength(summary) < 64 * 1024, `${Buffer.byteLength(summary)} bytes`);
    });

    test(`the PR comment neither injects nor grows from ${label}`, () => {
      const comment = renderMarkdown(report, { target: 'comment', headingLevel: 3 });
      checkMarkdown(comment, benignComment);
      assert.ok(comment.length < 64 * 1024 - COMMENT_RESERVE, `${comment.length} characters`);
    });

    test(`the terminal report shows ${label} without a control character or a workflow command`, () => {
      const text = renderText(report, { width: 1_000_000 });
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      for (const line of text.split('\n')) assert.doesNotMatch(line, /^\s*::/);
      assert.equal(text.split('\n').length, benignText.split('\n').length, 'no line added');
    });

    test(`the JSON report keeps ${label} faithfully or cut with its length`, () => {
      const json = JSON.parse(renderJson(report));
      const names = json.features.map((f: { name: string }) => f.name);
      assert.ok(names.includes(hostile), 'feature names are data, kept as they are');
      const categorical = json.features.find((f: { type: string }) => f.type === 'categorical');
      const shown = categorical.newCategories.find((v: string) =>
        v.startsWith(hostile.slice(0, 20)),
      );
      if (hostile.length <= 1000) assert.equal(shown, hostile);
      else assert.match(shown, /… \(1,500,000 characters\)$/);
    });
  }

  test('a 50 MB cell is cut to a few characters in every Markdown and text output', () => {
    const cell = 'v'.repeat(50 * 1024 * 1024);
    const report = hostileReport('amount', cell);
    const summary = renderMarkdown(report);
    assert.ok(summary.length < 20_000, `${summary.length} characters`);
    assert.match(summary, /… \(52,428,800 characters\)/);
    assert.ok(renderText(report).length < 5_000);
    assert.ok(renderJson(report).length < 20_000);
  });
});

describe('size limits by construction', () => {
  // 700 features with long names: far more than a comment holds.
  const wide = (() => {
    const names = Array.from({ length: 700 }, (_, i) => `feature_${i}_${'x'.repeat(50)}`);
    return { names, report: wideReport(names) };
  })();

  test('a PR comment of 700 features stays under 65,536 characters, keeps the verdict and the charts, and says what it cut', () => {
    const comment = renderMarkdown(wide.report, { target: 'comment' });
    assert.ok(comment.length <= MAX_COMMENT_CHARACTERS - COMMENT_RESERVE, `${comment.length}`);
    assert.match(comment.split('\n')[0], /drift-sentinel: /);
    assert.match(comment, /```mermaid/);
    assert.match(comment, /more features are not listed here/);
    // Tables go first: the collapsed statistics are cut entirely before the list.
    assert.doesNotMatch(comment, /Test statistics/);
    assert.equal((comment.match(/^```/gm) ?? []).length % 2, 0);
  });

  test('a job summary of 700 features holds them all when they fit in 1 MiB', () => {
    const summary = renderMarkdown(wide.report);
    assert.ok(Buffer.byteLength(summary) <= MAX_SUMMARY_BYTES);
    assert.doesNotMatch(summary, /not listed here/);
    for (const name of wide.names.slice(0, 5)) assert.ok(summary.includes(name));
  });

  test('a job summary whose footer alone exceeds 1 MiB drops the footer, not the verdict', () => {
    const summary = renderMarkdown(wide.report, { footer: 'x'.repeat(MAX_SUMMARY_BYTES) });
    assert.ok(Buffer.byteLength(summary) <= MAX_SUMMARY_BYTES);
    assert.match(summary, /drift-sentinel: /);
  });

  test('the JSON report lists at most 1,000 new categories and gives the full count', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `id-${i}`);
    const report = wideReport(['id'], many);
    const feature = JSON.parse(renderJson(report)).features.find(
      (f: { name: string }) => f.name === 'id#cat',
    );
    assert.equal(feature.newCategories.length, MAX_JSON_CATEGORIES);
    assert.equal(feature.newCategoryCount, 3000);
  });
});

test('no rendered Markdown holds a data-derived mention, fence, HTML tag, link or marker (property)', () => {
  const fragment = fc.oneof(
    fc.constantFrom(
      '@',
      'octocat',
      '#',
      '1',
      '`',
      '```',
      '~~~',
      '<',
      '>',
      '!',
      '[',
      ']',
      '(',
      ')',
      '|',
      '\n',
      '\r',
      ':',
      '/',
      'www.',
      'https://',
      '<!--',
      '-->',
      ' drift-sentinel:main ',
      '\\',
      '&',
      ';',
      '%%',
      '"',
      ' ',
      'img',
      '<img src=x>',
      '## ',
      '\u001b',
      '$',
    ),
    fc.string({ maxLength: 3 }),
  );
  const hostile = fc
    .array(fragment, { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join(''));
  const expectedSummary = renderMarkdown(benign);
  fc.assert(
    fc.property(hostile, hostile, (name, value) => {
      const summary = renderMarkdown(hostileReport(name, value));
      assert.deepEqual(liveMarkupFromData(summary), []);
      const shape = markdownShape(summary);
      const reference = markdownShape(expectedSummary);
      assert.deepEqual(shape.fences, reference.fences);
      assert.deepEqual(shape.headings.length, reference.headings.length);
      assert.ok(
        shape.tags.every((tag) => TEMPLATE_TAGS.has(tag)),
        shape.tags.join(' '),
      );
      assert.deepEqual(shape.tableCells, reference.tableCells);
    }),
    { numRuns: 150 },
  );
});
