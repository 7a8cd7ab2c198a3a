// The page callbacks below run in the browser; the project tsconfig has no DOM library.
/// <reference lib="dom" />
/**
 * The HTML report as a person sees it: opened in Debian's headless Chromium with every
 * network request blocked, failing on any failed request, console error, page error or
 * chart that draws nothing, and with the search and sort of the feature list driven
 * through the DOM.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { runCli } from '../../src/cli/main.ts';
import { tableFromColumns } from '../../src/data/table-from-values.ts';
import { analyzeDrift } from '../../src/detect/analyze-drift.ts';
import type { DriftCheckInput } from '../../src/shared/drift-check-input.ts';
import { resolveDetectionConfig } from '../../src/detect/detection-config.ts';
import { buildModelViews } from '../../src/report/html/model-views.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import type { HistoryCheck, HtmlReportInput } from '../../src/report/render-html.ts';
import { type HeadlessBrowser, type OpenedPage, launchBrowser } from '../helpers/browser.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';
import { hostileReport, insufficientReport } from './fixture-reports.ts';

let browser: HeadlessBrowser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

const config = resolveDetectionConfig({});

/** Six numeric features (two shifted), one categorical, a target in the reference, a regressor. */
function regressionInput(): DriftCheckInput {
  const random = seededRandom(21);
  const rows = 600;
  const reference: Record<string, unknown[]> = {};
  const recent: Record<string, unknown[]> = {};
  for (const [k, name] of ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'].entries()) {
    reference[name] = normalSample(random, rows, 10 * k, 3);
    recent[name] = normalSample(random, rows, 10 * k + (k < 2 ? 3 : 0), 3);
  }
  reference.city = Array.from({ length: rows }, (_, i) => ['Oslo', 'Lima', 'Pune'][i % 3]);
  recent.city = Array.from({ length: rows }, (_, i) => ['Oslo', 'Lima', 'Kyiv'][i % 3]);
  // The model's outputs on the reference data, for prediction drift.
  reference.prediction = normalSample(random, rows, 300, 40);
  const actuals = Float64Array.from(normalSample(random, rows, 300, 40));
  const predictions = actuals.map((a, i) => a + 20 + ((i % 7) - 3) * 6);
  return {
    reference: tableFromColumns(reference, 'reference.csv'),
    recent: tableFromColumns(recent, 'recent.csv'),
    modelOutputs: { predictions, actuals },
    baseline: { r2: 0.95, rmse: 10 },
    predictionColumn: 'prediction',
  };
}

function history(severities: readonly string[]): HistoryCheck[] {
  return severities.map((severity, i) => ({
    checkedAt: new Date(Date.UTC(2026, 10, 20 + i, 6)).toISOString(),
    severity,
    featuresTested: 7,
    featuresDrifted: [0, 0, 1, 2, 3][i % 5],
    eventName: 'schedule',
    triggered: severity === 'HIGH',
  }));
}

function regressionReportInput(): HtmlReportInput {
  const input = regressionInput();
  const report = analyzeDrift(input, config);
  return {
    report,
    history: history(['NONE', 'NONE', 'LOW', 'MEDIUM', report.severity]),
    modelViews: buildModelViews(input.modelOutputs, report.metrics.task),
    generatedAt: new Date('2026-12-07T06:00:00Z'),
    toolVersion: '0.1.0',
  };
}

/**
 * Every chart of the page: its name, how many data marks its SVG draws and its size on
 * screen. ECharts tags the shapes of a series `ecmeta_ssr_type="chart"` (legend and axes
 * are tagged otherwise or not at all); a mark counts when it covers an area (a bar of
 * height 0 does not) or, for a line, has a length. A chart without data draws its axes
 * and legend but no mark. The feature charts sit in collapsed rows, so every row is
 * opened first.
 */
async function charts(page: Page) {
  await page.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
  return page.$$eval('figure.chart', (figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const marks = svg
        ? Array.from(svg.querySelectorAll<SVGGraphicsElement>('[ecmeta_ssr_type="chart"]')).filter(
            (shape) => {
              const area = shape.getBBox();
              const filled = !['none', 'transparent', null].includes(shape.getAttribute('fill'));
              return filled ? area.width > 0 && area.height > 0 : area.width + area.height > 0;
            },
          ).length
        : 0;
      return {
        chart: figure.getAttribute('data-chart'),
        marks,
        width: box?.width ?? 0,
        height: box?.height ?? 0,
      };
    }),
  );
}

async function open(input: HtmlReportInput): Promise<OpenedPage> {
  const opened = await browser.openHtml(await renderHtml(input));
  assert.deepEqual(opened.allProblems(), [], 'the page loaded with problems');
  return opened;
}

async function visibleNames(page: Page): Promise<string[]> {
  return page.$$eval('#feature-list > details', (items) =>
    items.filter((item) => !item.hidden).map((item) => item.querySelector('.name')!.textContent!),
  );
}

describe('the HTML report in headless Chromium', () => {
  test('a drifted regression check opens offline with no problems and every chart draws', async () => {
    const input = regressionReportInput();
    const opened = await open(input);
    try {
      const { page } = opened;
      const drawn = await charts(page);
      const names = drawn.map((c) => c.chart);
      assert.equal(names.filter((n) => n === 'distribution').length, input.report.features.length);
      for (const expected of [
        'severity-trend',
        'drift-share',
        'prediction-drift',
        'predicted-vs-actual',
        'error-distribution',
      ]) {
        assert.ok(names.includes(expected), `a ${expected} chart: ${names.join(', ')}`);
      }
      const distributions = drawn.filter((c) => c.chart === 'distribution');
      input.report.features.forEach((f, i) => {
        const bars = [...f.distribution.reference, ...f.distribution.recent].filter((x) => x > 0);
        assert.ok(
          distributions[i].marks >= bars.length,
          `${f.name}: ${distributions[i].marks} marks`,
        );
      });
      for (const chart of drawn) {
        assert.ok(chart.marks >= 1, `${chart.chart} draws ${chart.marks} marks`);
        assert.ok(
          chart.width > 200 && chart.height > 100,
          `${chart.chart} is ${chart.width}x${chart.height}`,
        );
      }
      assert.deepEqual(opened.allProblems(), [], 'problems after opening every row');
      const heading = await page.$eval('h1', (h) => h.textContent);
      assert.equal(heading, `drift-sentinel: ${input.report.severity}`);
      const historyTitle = await page.$eval('#history h2', (h) => h.textContent);
      assert.equal(historyTitle, 'Over time: 5 checks, 2026-11-20 to 2026-11-24 (UTC)');
      // Every distribution chart has a legend naming both sides.
      const legends = await page.$$eval('figure[data-chart="distribution"] svg', (svgs) =>
        svgs.map((svg) => svg.textContent ?? ''),
      );
      assert.ok(legends.every((text) => text.includes('reference') && text.includes('recent')));
    } finally {
      await opened.page.close();
    }
  });

  test('searching filters the feature list by name and says how many features are shown', async () => {
    const opened = await open(regressionReportInput());
    try {
      const { page } = opened;
      const all = await visibleNames(page);
      assert.equal(all.length, 7);
      assert.equal(
        await page.$eval('#feature-count', (e) => e.textContent),
        '7 of 7 features shown',
      );
      await page.type('#feature-search', 'HARL');
      assert.deepEqual(await visibleNames(page), ['charlie']);
      assert.equal(
        await page.$eval('#feature-count', (e) => e.textContent),
        '1 of 7 features shown',
      );
      await page.$eval('#feature-search', (input) => {
        (input as HTMLInputElement).value = 'o';
        input.dispatchEvent(new Event('input'));
      });
      assert.deepEqual(
        new Set(await visibleNames(page)),
        new Set(all.filter((name) => name.includes('o'))),
      );
      await page.$eval('#feature-search', (input) => {
        (input as HTMLInputElement).value = 'no such feature';
        input.dispatchEvent(new Event('input'));
      });
      assert.deepEqual(await visibleNames(page), []);
      assert.equal(
        await page.$eval('#feature-count', (e) => e.textContent),
        '0 of 7 features shown',
      );
    } finally {
      await opened.page.close();
    }
  });

  test('sorting by name, adjusted p and effect size reorders the list; a second click reverses it', async () => {
    const input = regressionReportInput();
    const opened = await open(input);
    try {
      const { page } = opened;
      const byEffect = input.report.features.map((f) => f.name);
      assert.deepEqual(await visibleNames(page), byEffect, 'effect size, largest first, at load');
      await page.click('button[data-sort="name"]');
      const alphabetical = [...byEffect].sort((a, b) => a.localeCompare(b));
      assert.deepEqual(await visibleNames(page), alphabetical);
      assert.equal(
        await page.$eval('button[data-sort="name"]', (b) => b.getAttribute('aria-pressed')),
        'true',
      );
      await page.click('button[data-sort="name"]');
      assert.deepEqual(await visibleNames(page), [...alphabetical].reverse());
      await page.click('button[data-sort="p"]');
      const byP = [...input.report.features]
        .sort(
          (a, b) =>
            a.adjustedPValue - b.adjustedPValue ||
            byEffect.indexOf(a.name) - byEffect.indexOf(b.name),
        )
        .map((f) => f.name);
      assert.deepEqual(await visibleNames(page), byP);
      await page.click('button[data-sort="effect"]');
      assert.deepEqual(await visibleNames(page), byEffect);
      await page.click('button[data-sort="effect"]');
      // Smallest first; equal effects keep the report's order.
      const ascending = [...input.report.features]
        .sort(
          (a, b) =>
            a.effectSize - b.effectSize || byEffect.indexOf(a.name) - byEffect.indexOf(b.name),
        )
        .map((f) => f.name);
      assert.deepEqual(await visibleNames(page), ascending);
    } finally {
      await opened.page.close();
    }
  });

  test('the empty-chart check fails on a chart without data', async () => {
    const { distributionOverlaySvg } = await import('../../src/report/html/chart-svg.ts');
    const svg = distributionOverlaySvg({
      labels: ['a', 'b', 'c'],
      reference: [0, 0, 0],
      recent: [0, 0, 0],
      xTitle: 'category',
    });
    const opened = await browser.openHtml(
      `<!doctype html><meta charset="utf-8"><figure class="chart" data-chart="empty">${svg}</figure>`,
    );
    try {
      const [chart] = await charts(opened.page);
      assert.equal(chart.marks, 0);
      assert.ok(chart.width > 200, 'the axes are still drawn');
    } finally {
      await opened.page.close();
    }
  });

  test('an insufficient-data check has its own heading and no drift markers', async () => {
    const report = insufficientReport();
    assert.equal(report.status, 'insufficient_data');
    const opened = await open({ report });
    try {
      const { page } = opened;
      assert.equal(
        await page.$eval('h1', (h) => h.textContent),
        'drift-sentinel: insufficient data, no verdict',
      );
      assert.equal((await page.$$('.drifted')).length, 0);
      const statuses = await page.$$eval('#feature-list summary span:last-child', (spans) =>
        spans.map((s) => s.textContent),
      );
      assert.ok(
        statuses.length > 0 && statuses.every((s) => s === 'not decided' || s === 'skipped'),
      );
      const drawn = await charts(page);
      assert.ok(drawn.every((chart) => chart.marks >= 1));
    } finally {
      await opened.page.close();
    }
  });

  test('hostile column and category names show as text and load or run nothing', async () => {
    // Short enough to be shown in full (escape.ts cuts names at 64 characters).
    const name = '<img src=x onerror="owned=1"><script>owned=2</script>';
    const value = '"><svg onload="window.owned=3"><a href="https://e.com">x</a>';
    const opened = await open({ report: hostileReport(name, value) });
    try {
      const { page } = opened;
      await charts(page);
      assert.equal(await page.evaluate('window.owned'), undefined);
      assert.equal((await page.$$('main img, main script, main a[href^="http"]')).length, 0);
      const names = await visibleNames(page);
      assert.ok(names.includes(name), names.join(' | '));
      const schema = await page.$eval('#schema', (section) => section.textContent ?? '');
      assert.ok(schema.includes(`${name}#new`) && schema.includes(`${name}#gone`));
      // The category value reaches a chart's axis as text, not as markup.
      const axisText = await page.$$eval('figure[data-chart="distribution"] svg text', (texts) =>
        texts.map((t) => t.textContent ?? ''),
      );
      assert.ok(
        axisText.some((text) => text.startsWith('"><svg onload')),
        axisText.join(' | '),
      );
      assert.deepEqual(opened.allProblems(), []);
    } finally {
      await opened.page.close();
    }
  });

  test('a classification check shows the confusion matrix and per-class results', async () => {
    const random = seededRandom(5);
    const rows = 300;
    const x = normalSample(random, rows, 0, 1);
    const labels = ['cat', 'dog', 'fox'];
    const actuals = Float64Array.from({ length: rows }, (_, i) => i % 3);
    const predictions = actuals.map((a, i) => (i % 5 === 0 ? (a + 1) % 3 : a));
    const input: DriftCheckInput = {
      reference: tableFromColumns({ x }, 'reference.csv'),
      recent: tableFromColumns({ x: x.map((v) => v + 0.1) }, 'recent.csv'),
      modelOutputs: { predictions, actuals, labels },
      baseline: { accuracy: 0.95 },
    };
    const report = analyzeDrift(input, config);
    const opened = await open({
      report,
      modelViews: buildModelViews(input.modelOutputs, report.metrics.task),
    });
    try {
      const { page } = opened;
      const matrix = await page.$$eval('table.cm tbody tr', (trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => Number(td.textContent))),
      );
      assert.equal(
        matrix.flat().reduce((sum, n) => sum + n, 0),
        rows,
      );
      assert.equal(matrix.length, 3);
      const diagonal = matrix.reduce((sum, row, i) => sum + row[i], 0);
      assert.equal(diagonal, rows - rows / 5);
      const drawn = await charts(page);
      assert.ok(drawn.some((chart) => chart.chart === 'per-class' && chart.marks >= 6));
    } finally {
      await opened.page.close();
    }
  });

  test('drift-sentinel check --format html on the example data writes one file under 1 MB that opens offline in under 2 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-html-'));
    const output = join(dir, 'report.html');
    const stdout = Object.assign(new PassThrough(), { isTTY: false });
    const stderr = Object.assign(new PassThrough(), { isTTY: false });
    const data = 'examples/data';
    const code = await runCli(
      [
        'check',
        '--event-log',
        join(dir, 'events.db'),
        '--reference-data',
        `${data}/reference.csv`,
        '--recent-data',
        `${data}/recent.csv`,
        '--recent-predictions',
        `${data}/predictions.npy`,
        '--recent-actuals',
        `${data}/actuals.npy`,
        '--baseline-metrics',
        `${data}/baseline-metrics.json`,
        '--exclude-columns',
        'price',
        '--format',
        'html',
        '--output',
        output,
      ],
      { stdout, stderr },
    );
    assert.equal(code, 0);
    const bytes = statSync(output).size;
    assert.ok(bytes < 1024 * 1024, `${bytes} bytes`);
    assert.match(readFileSync(output, 'utf8'), /^<!doctype html>/);
    const opened = await browser.openFile(output);
    try {
      assert.deepEqual(opened.allProblems(), []);
      assert.ok(opened.loadMs < 2000, `loaded in ${opened.loadMs} ms`);
      const drawn = await charts(opened.page);
      assert.ok(drawn.length >= 6 && drawn.every((chart) => chart.marks >= 1));
      assert.equal(
        await opened.page.$eval('#history h2', (h) =>
          h.textContent?.startsWith('Over time: 1 check'),
        ),
        true,
      );
    } finally {
      await opened.page.close();
    }
  });

  test('drift-sentinel events --format html is refused with a message saying html is for check', async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: false });
    const stderr = Object.assign(new PassThrough(), { isTTY: false });
    const errors: Buffer[] = [];
    stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    const dir = mkdtempSync(join(tmpdir(), 'ds-html-events-'));
    const code = await runCli(
      ['events', '--event-log', join(dir, 'events.db'), '--format', 'html'],
      {
        stdout,
        stderr,
      },
    );
    assert.equal(code, 2);
    assert.match(
      Buffer.concat(errors).toString('utf8'),
      /--format html is a report of one check: use it with 'drift-sentinel check'/,
    );
  });
});
