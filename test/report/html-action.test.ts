/**
 * The bundled action's HTML report: uploaded with the real @actions/artifact client to
 * the loopback GitHub emulator (blobs in Azurite) as `drift-sentinel-report`, linked
 * from the job summary, and the page inside the artifact opens offline in headless
 * Chromium with the trend of every check the event log holds.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DefaultArtifactClient } from '@actions/artifact';
import { publishHtmlReport } from '../../src/action/publish-html-report.ts';
import { insufficientReport } from './fixture-reports.ts';
import { startGitHubEmulator } from '../emulator/github-emulator.ts';
import type { GitHubEmulator } from '../emulator/github-emulator.ts';
import { readZip } from '../emulator/zip-archive.ts';
import {
  DRIFTED_EXAMPLE,
  RETRAIN_INPUTS,
  describeRun,
  runBundledAction,
} from '../action/run-bundled-action.ts';
import { type HeadlessBrowser, launchBrowser } from '../helpers/browser.ts';

describe('the bundled action uploads the HTML report', () => {
  let emulator: GitHubEmulator;
  let browser: HeadlessBrowser;
  let tempRoot: string;

  before(async () => {
    emulator = await startGitHubEmulator();
    emulator.addWorkflow('retrain.yml', { inputs: RETRAIN_INPUTS });
    browser = await launchBrowser();
    tempRoot = mkdtempSync(join(tmpdir(), 'action-html-'));
  });
  after(async () => {
    await browser.close();
    await emulator.stop();
    rmSync(tempRoot, { recursive: true, force: true });
  });

  test('two scheduled checks: the second report artifact is linked from the summary and draws both checks offline', async () => {
    const inputs = {
      ...DRIFTED_EXAMPLE,
      'retrain-workflow': 'retrain.yml',
      model: 'html-report-test',
    };
    for (const round of [1, 2]) {
      const run = await runBundledAction({ emulator, eventName: 'schedule', inputs, tempRoot });
      assert.equal(run.exitCode, 0, describeRun(run));
      const reports = emulator.artifacts.filter(
        (a) => a.name === 'drift-sentinel-report' && a.uploaded,
      );
      assert.equal(reports.length, round, 'one report artifact per run');
      const artifact = reports[round - 1];
      const link = `/actions/runs/${artifact.runId}/artifacts/${artifact.id}`;
      assert.ok(
        run.summary.includes(`[drift-sentinel-report](`) && run.summary.includes(link),
        `the summary links ${link}:\n${run.summary.slice(-3000)}`,
      );
      const files = readZip(await emulator.artifactContent(artifact.id));
      assert.deepEqual([...files.keys()], ['drift-sentinel-report.html']);
      const html = files.get('drift-sentinel-report.html')!;
      assert.ok(html.length < 1024 * 1024, `${html.length} bytes`);
      if (round === 1) continue;

      const page = join(tempRoot, 'report.html');
      writeFileSync(page, html);
      const opened = await browser.openFile(page);
      try {
        assert.deepEqual(opened.allProblems(), []);
        const title = await opened.page.$eval('#history h2', (h) => h.textContent ?? '');
        assert.match(title, /^Over time: 2 checks, /);
        assert.match(
          await opened.page.$eval('h1', (h) => h.textContent ?? ''),
          /^drift-sentinel: (HIGH|CRITICAL)$/,
        );
        const charts = await opened.page.$$eval('figure.chart', (figures) =>
          figures.map((figure) => figure.getAttribute('data-chart')),
        );
        for (const expected of ['severity-trend', 'drift-share', 'predicted-vs-actual']) {
          assert.ok(charts.includes(expected), `${expected} in ${charts.join(', ')}`);
        }
      } finally {
        await opened.page.close();
      }
    }
  });

  test('when the artifact cannot be uploaded the page is still written and the error names the artifact', async () => {
    // Outside a runner the real client has no ACTIONS_RUNTIME_TOKEN and refuses to upload.
    const saved = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    try {
      const published = await publishHtmlReport(
        { report: insufficientReport() },
        {
          artifactClient: new DefaultArtifactClient(),
          directory: tempRoot,
          key: 'nightly',
          retentionDays: 7,
          runUrl: 'https://github.com/o/r/actions/runs/1',
        },
      );
      assert.equal(published.artifactName, 'drift-sentinel-report-nightly');
      assert.equal(published.url, undefined);
      assert.match(
        published.error ?? '',
        /^The HTML report could not be uploaded as the artifact drift-sentinel-report-nightly: .*ACTIONS_RUNTIME_TOKEN/,
      );
      assert.match(readFileSync(published.path, 'utf8'), /^<!doctype html>/);
    } finally {
      if (saved !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = saved;
    }
  });
});
