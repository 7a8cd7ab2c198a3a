/**
 * The Markdown reports as a person sees them on GitHub: converted by a GFM renderer
 * (marked, gfm on), Mermaid blocks drawn by Mermaid from node_modules (a local file,
 * no network), in Debian's headless Chromium at a 760 px comment width, in GitHub's
 * light and dark colours. Fails on any Mermaid parse error, console error or request,
 * on anything wider than the comment column, on a chart colour below 3:1 contrast
 * against the page, on a chart without its legend, and on drift markers under an
 * insufficient-data heading.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { computeKeyMetrics } from '../../src/events/key-metrics.ts';
import { renderKeyMetricsMarkdown } from '../../src/report/render-key-metrics.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { GITHUB_BACKGROUNDS } from '../../src/report/mermaid-charts.ts';
import { type HeadlessBrowser, chromiumAvailable, launchBrowser } from '../helpers/browser.ts';
import { contrastRatio } from '../helpers/contrast.ts';
import {
  driftReport,
  insufficientReport,
  noneReport,
  shiftedReport,
  wideReport,
} from './fixture-reports.ts';

const require = createRequire(import.meta.url);
/**
 * Mermaid as GitHub may run it: 11 (the `mermaid` dev dependency) in both themes, and
 * the majors around it (npm aliases `mermaid-10`, `mermaid-12`) in the light theme.
 * Legends are drawn from 11.10 on; 10 ignores the option and must still parse.
 */
const MERMAID_VERSIONS = [
  { name: '11', module: 'mermaid', themes: ['light', 'dark'], legend: true },
  { name: '10', module: 'mermaid-10', themes: ['light'], legend: false },
  { name: '12', module: 'mermaid-12', themes: ['light'], legend: true },
] as const;
const mermaidUrl = (module: string) =>
  pathToFileURL(require.resolve(`${module}/dist/mermaid.min.js`)).href;
/** The width of a pull-request comment's body on github.com at a common window size. */
const COMMENT_WIDTH = 760;

const drift = driftReport();
const trend = computeKeyMetrics(
  [],
  Array.from({ length: 30 }, (_, i) => ({
    // 30 six-hourly checks, and the first three within one minute.
    checkedAt: new Date(Date.UTC(2026, 4, 1, i < 3 ? 0 : 6 * i, 0, i < 3 ? i : 0)).toISOString(),
    severity: ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'][i % 5],
  })),
  { now: new Date('2026-05-15T00:00:00.000Z') },
);
const situations: Record<string, string> = {
  'drift comment': renderMarkdown(drift, { target: 'comment', headingLevel: 3, dispatches: false }),
  'drift summary': renderMarkdown(drift, { footer: renderKeyMetricsMarkdown(trend) }),
  'none comment': renderMarkdown(noneReport(), { target: 'comment', headingLevel: 3 }),
  'insufficient comment': renderMarkdown(insufficientReport(), {
    target: 'comment',
    headingLevel: 3,
  }),
  'shifted comment (3 SD price shift, 12 long categories)': renderMarkdown(shiftedReport(), {
    target: 'comment',
    headingLevel: 3,
  }),
  'wide comment (700 features)': renderMarkdown(
    wideReport(Array.from({ length: 700 }, (_, i) => `feature_${i}_${'x'.repeat(50)}`)),
    { target: 'comment', headingLevel: 3 },
  ),
};

/** GitHub's Markdown body, roughly: its font, table cells and code, in a 760 px column. */
function page(markdown: string, theme: 'light' | 'dark', mermaid: string): string {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang !== 'mermaid') return false;
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        return `<pre class="mermaid">${escaped}</pre>`;
      },
    },
  });
  const html = marked.parse(markdown) as string;
  const bg = GITHUB_BACKGROUNDS[theme];
  const fg = theme === 'light' ? '#1f2328' : '#e6edf3';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; background: ${bg}; color: ${fg}; }
    .markdown-body { width: ${COMMENT_WIDTH}px; box-sizing: border-box; padding: 16px;
      font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
      overflow-wrap: break-word; }
    .markdown-body table { display: block; width: max-content; max-width: 100%;
      overflow: auto; border-spacing: 0; border-collapse: collapse; }
    .markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d1d9e0; }
    .markdown-body code { font: 85% ui-monospace, SFMono-Regular, Menlo, monospace;
      padding: .2em .4em; white-space: break-spaces; }
  </style></head><body><div class="markdown-body">${html}</div>
  <script src="${mermaid}"></script></body></html>`;
}

/**
 * What the test reads from the page, as a script for `page.evaluate`: draws each
 * Mermaid block on its own (as GitHub draws each in its own frame), opens every
 * `<details>`, and measures.
 */
const MEASURE = `(async () => {
  const m = window.mermaid;
  m.initialize({ startOnLoad: false, theme: 'THEME' });
  const parseErrors = [];
  const nodes = [...document.querySelectorAll('pre.mermaid')];
  for (const [index, node] of nodes.entries()) {
    try {
      const { svg } = await m.render('chart-' + index, node.textContent);
      node.innerHTML = svg;
    } catch (error) {
      parseErrors.push('block ' + (index + 1) + ': ' + (error.message || error));
    }
  }
  for (const d of document.querySelectorAll('details')) d.open = true;
  const body = document.querySelector('.markdown-body');
  const right = body.getBoundingClientRect().right;
  const overflowing = [...body.querySelectorAll('table, pre, svg, p, li')]
    .filter((e) => e.getBoundingClientRect().right > right + 0.5 || e.scrollWidth > e.clientWidth + 1)
    .map((e) => e.tagName + ': ' + e.scrollWidth + ' px in ' + e.clientWidth + ' px: ' + (e.textContent || '').slice(0, 80));
  const plotFills = [...document.querySelectorAll('svg g[class*="plot"] rect, svg g[class*="plot"] path')]
    .map((e) => (e.getAttribute('fill') === 'none' ? e.getAttribute('stroke') : e.getAttribute('fill')))
    .filter((c) => c && c !== 'none');
  const legends = [...document.querySelectorAll('pre.mermaid svg')].map((svg) =>
    [...svg.querySelectorAll('g.legend text, g[class*="legend"] text')].map((t) => t.textContent || ''));
  // axis labels that overprint their neighbour (bottom axis: side by side; left: stacked)
  const overlaps = [];
  const intersect = (a, b) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  for (const svg of document.querySelectorAll('pre.mermaid svg')) {
    for (const axis of ['bottom-axis', 'left-axis']) {
      const boxes = [...svg.querySelectorAll('g.' + axis + ' g.label text')].map((t) => ({
        text: t.textContent,
        box: t.getBoundingClientRect(),
      }));
      for (let i = 1; i < boxes.length; i++)
        if (intersect(boxes[i].box, boxes[i - 1].box))
          overlaps.push(boxes[i - 1].text + ' / ' + boxes[i].text);
    }
  }
  const axisLabels = [...document.querySelectorAll('pre.mermaid svg g.label text')].map(
    (t) => t.textContent,
  );
  return {
    parseErrors,
    overlaps,
    axisLabels,
    svgCount: nodes.filter((n) => n.querySelector('svg')).length,
    pageScrollWidth: document.documentElement.scrollWidth,
    overflowing,
    plotFills: [...new Set(plotFills)],
    legends,
    text: body.innerText,
  };
})()`;

interface Rendered {
  parseErrors: string[];
  overlaps: string[];
  axisLabels: string[];
  svgCount: number;
  pageScrollWidth: number;
  overflowing: string[];
  plotFills: string[];
  legends: string[][];
  text: string;
}

let browser: HeadlessBrowser;

describe(
  'the Markdown reports rendered as GitHub renders them',
  { skip: !chromiumAvailable() },
  () => {
    before(async () => {
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
    });

    async function render(markdown: string, theme: 'light' | 'dark', mermaid: string) {
      const opened = await browser.openHtml(page(markdown, theme, mermaid), {
        width: 900,
        height: 900,
      });
      try {
        // Runs in the page (plain JavaScript: this project type-checks without the DOM).
        const rendered = (await opened.page.evaluate(
          MEASURE.replace('THEME', theme === 'light' ? 'default' : 'dark'),
        )) as Rendered;
        return { rendered, problems: opened.allProblems() };
      } finally {
        await opened.page.close();
      }
    }

    for (const [name, markdown] of Object.entries(situations)) {
      for (const version of MERMAID_VERSIONS)
        for (const theme of version.themes) {
          test(`the ${name} draws every chart with Mermaid ${version.name}, fits ${COMMENT_WIDTH} px and keeps 3:1 contrast in GitHub ${theme}`, async () => {
            const { rendered, problems } = await render(
              markdown,
              theme,
              mermaidUrl(version.module),
            );
            assert.deepEqual(rendered.parseErrors, [], 'Mermaid parses every block');
            assert.deepEqual(problems, [], 'no console error, page error or request');
            const blocks = (markdown.match(/^```mermaid$/gm) ?? []).length;
            assert.equal(rendered.svgCount, blocks, 'one drawing per Mermaid block');
            assert.deepEqual(rendered.overflowing, [], 'nothing wider than the comment column');
            assert.deepEqual(rendered.overlaps, [], 'no x-axis label overprints its neighbour');
            // The overflow bins' labels are drawn as written, `< a` and `> b`.
            for (const label of markdown.match(/(?<=")[<>] [^"]+(?=")/g) ?? [])
              assert.ok(rendered.axisLabels.includes(label), `axis label ${label}`);
            assert.ok(rendered.pageScrollWidth <= 900, `page ${rendered.pageScrollWidth} px wide`);
            for (const fill of rendered.plotFills) {
              const ratio = contrastRatio(fill, GITHUB_BACKGROUNDS[theme]);
              assert.ok(
                ratio >= 3,
                `${fill} on ${GITHUB_BACKGROUNDS[theme]}: ${ratio.toFixed(2)}:1`,
              );
            }
            if (blocks > 0)
              assert.ok(rendered.plotFills.length > 0, 'the chart colours were found');
            for (const legend of rendered.legends)
              if (version.legend) assert.ok(legend.length >= 2, `legend ${legend.join(', ')}`);
            if (name.startsWith('insufficient')) {
              assert.match(rendered.text, /insufficient data, no verdict/);
              assert.doesNotMatch(rendered.text, /⚠️|drifted|very strong|🟢/);
            }
            if (name === 'drift comment') {
              assert.doesNotMatch(rendered.text, /retraining triggered/i);
              assert.match(rendered.text, /pull requests never dispatch/);
            }
          });
        }
    }
  },
);
