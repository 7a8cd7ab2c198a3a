/**
 * Property tests over generated hostile names and values, through every renderer and
 * the log: whatever the data, rendered Markdown (summary and comment) holds no live
 * mention, reference, link, image, HTML tag, fence or sticky-comment marker from data;
 * the terminal report and log lines hold no control character and no line starting a
 * workflow command; the JSON report parses and keeps the name. fast-check shrinks a
 * failure to the smallest hostile string.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { renderJson } from '../../src/report/render-json.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { renderText } from '../../src/report/render-text.ts';
import { logLine, markdownCode, markdownText } from '../../src/report/escape.ts';
import { hostileReport } from '../report/fixture-reports.ts';
import { TEMPLATE_TAGS, liveMarkupFromData, markdownShape } from '../report/inspect-markdown.ts';

/** Pieces of markup an attacker would combine, plus arbitrary Unicode. */
const fragment = fc.oneof(
  fc.constantFrom(
    '@',
    'octocat',
    '@org/team',
    '#',
    '12',
    'GH-3',
    '`',
    '```',
    '~~~',
    '<',
    '>',
    '</',
    '!',
    '[',
    ']',
    '(',
    ')',
    '|',
    '\n',
    '\r\n',
    '\u2028',
    ':',
    '::',
    '::error::',
    '::add-mask::',
    '/',
    'www.',
    'https://',
    'mailto:',
    '<!--',
    '-->',
    '<!-- drift-sentinel:default -->',
    'drift-sentinel:main',
    '\\',
    '&',
    '&#64;',
    ';',
    '%%',
    '"',
    ' ',
    '<img src=x>',
    '<details>',
    '## ',
    '> [!NOTE]',
    '\u001b[2J',
    '\u009b',
    '\u202e',
    '$',
    '*',
    '_',
    '~',
    '\u200b',
  ),
  fc.string({ maxLength: 4, unit: 'grapheme' }),
);
const hostile = fc.array(fragment, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));

/** Controls other than the newline, C1 controls and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const BENIGN = hostileReport('feature', 'value');
const SHAPES = {
  summary: markdownShape(renderMarkdown(BENIGN)),
  comment: markdownShape(renderMarkdown(BENIGN, { target: 'comment', headingLevel: 3 })),
};

test('no rendered summary or comment holds a data-derived mention, link, HTML tag, fence, heading or marker (property)', () => {
  fc.assert(
    fc.property(hostile, hostile, (name, value) => {
      const report = hostileReport(name, value);
      for (const [target, markdown] of [
        ['summary', renderMarkdown(report)],
        ['comment', renderMarkdown(report, { target: 'comment', headingLevel: 3 })],
      ] as const) {
        assert.deepEqual(liveMarkupFromData(markdown), [], target);
        assert.doesNotMatch(markdown, /<!--\s*drift-sentinel:/, `${target}: no marker`);
        const shape = markdownShape(markdown);
        assert.deepEqual(shape.fences, SHAPES[target].fences, `${target}: fences`);
        assert.deepEqual(
          shape.headings.length,
          SHAPES[target].headings.length,
          `${target}: headings`,
        );
        assert.deepEqual(shape.tableCells, SHAPES[target].tableCells, `${target}: table columns`);
        assert.ok(
          shape.tags.every((tag) => TEMPLATE_TAGS.has(tag)),
          `${target}: tags ${shape.tags.join(' ')}`,
        );
      }
    }),
    { numRuns: 120 },
  );
});

test('the terminal report, the JSON report and log lines stay inert for any name (property)', () => {
  fc.assert(
    fc.property(hostile, hostile, (name, value) => {
      const report = hostileReport(name, value);
      const text = renderText(report);
      assert.doesNotMatch(text, CONTROLS);
      for (const line of text.split('\n')) assert.doesNotMatch(line, /^\s*::/);
      const json = JSON.parse(renderJson(report)) as { features: { name: string }[] };
      assert.ok(
        json.features.some((f) => f.name === name),
        'JSON keeps names as data',
      );
      const log = logLine(`drift-sentinel: ${report.reason} ${name} ${value}`);
      assert.equal(log.split(/\r\n|\r|\n/).length, 1, 'one log line');
      assert.doesNotMatch(log, /::/);
    }),
    { numRuns: 120 },
  );
});

test('markdownText and markdownCode never let a marker, a mention or a fence through for any string (property)', () => {
  fc.assert(
    fc.property(hostile, (text) => {
      for (const rendered of [
        markdownText(text),
        markdownCode(text),
        markdownCode(text, { inTable: true }),
      ]) {
        assert.doesNotMatch(rendered, /<!--/);
        assert.doesNotMatch(rendered, /\n|\r/);
        assert.deepEqual(liveMarkupFromData(rendered), []);
      }
    }),
    { numRuns: 500 },
  );
});
