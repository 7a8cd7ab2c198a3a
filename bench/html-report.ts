/**
 * Measures the HTML report of the benchmark data (1,000,000 reference rows x 20
 * features, 200,000 recent rows with a prediction column; see generate.ts) and of the
 * example data: the file's size, the time to write it, and the time headless Chromium
 * (Debian's chromium via puppeteer-core, every network request blocked) takes from
 * navigation start to the `load` event, median of 5 opens in one browser.
 *
 * Usage: `npx node bench/html-report.ts` (generates bench/out/ first when missing).
 * Budgets (issue 10): the benchmark report under 5 MB and open in under 2 s; the
 * example report under 1 MB.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/helpers/browser.ts';
import { generateBenchData } from './generate.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'bench/out');
if (!existsSync(join(outDir, 'recent.csv'))) await generateBenchData(outDir);

const cases = [
  {
    name: 'benchmark (1M + 200k rows, 20 features)',
    output: join(outDir, 'report.html'),
    budgetBytes: 5 * 1024 * 1024,
    args: [
      '--reference-data',
      join(outDir, 'reference.csv'),
      '--recent-data',
      join(outDir, 'recent.csv'),
      '--prediction-column',
      'prediction',
      '--exclude-columns',
      'target',
    ],
  },
  {
    name: 'examples/data (2,000 + 600 rows, 6 features, regression)',
    output: join(outDir, 'example-report.html'),
    budgetBytes: 1024 * 1024,
    args: [
      '--reference-data',
      'examples/data/reference.csv',
      '--recent-data',
      'examples/data/recent.csv',
      '--recent-predictions',
      'examples/data/predictions.npy',
      '--recent-actuals',
      'examples/data/actuals.npy',
      '--baseline-metrics',
      'examples/data/baseline-metrics.json',
      '--exclude-columns',
      'price',
    ],
  },
];

const browser = await launchBrowser();
try {
  for (const c of cases) {
    const eventLog = `${c.output}.events.db`;
    rmSync(eventLog, { force: true });
    const started = performance.now();
    execFileSync(
      process.execPath,
      [
        'bin/drift-sentinel.js',
        'check',
        ...c.args,
        '--event-log',
        eventLog,
        '--format',
        'html',
        '--output',
        c.output,
      ],
      { cwd: root, stdio: 'inherit' },
    );
    const writeSeconds = (performance.now() - started) / 1000;
    const bytes = statSync(c.output).size;
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const opened = await browser.openFile(c.output);
      const problems = opened.allProblems();
      if (problems.length > 0) throw new Error(`${c.output}: ${problems.join('; ')}`);
      loads.push(opened.loadMs);
      await opened.page.close();
    }
    loads.sort((a, b) => a - b);
    const median = loads[2];
    console.log(
      `${c.name}: ${(bytes / 1024 / 1024).toFixed(2)} MB (budget ${c.budgetBytes / 1024 / 1024} MB, ${bytes <= c.budgetBytes ? 'ok' : 'OVER'}), check + write ${writeSeconds.toFixed(2)} s, open in Chromium median ${median.toFixed(0)} ms (min ${loads[0].toFixed(0)}, max ${loads[4].toFixed(0)}; budget 2000 ms, ${median < 2000 ? 'ok' : 'OVER'})`,
    );
  }
} finally {
  await browser.close();
}
