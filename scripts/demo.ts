/**
 * `npm run demo`: a week of a repository that uses drift-sentinel, played in about ten
 * seconds against a local GitHub (the test emulator) and Azurite, on the bundled
 * example data. Prints what a workflow author would see: job summaries, the PR
 * comment, the retraining dispatch, the retraining run, and the event log answering
 * the quick reference's queries in the sqlite3 shell.
 *
 * Every step runs the committed bundle `dist/index.js` as a child process, exactly as
 * a runner runs the action; the steps are those of test/e2e/week-of-checks.test.ts
 * (both play test/e2e/loop-steps.ts). Starts and stops everything itself and exits
 * non-zero when a step did not do what it should.
 *
 * Options: --full prints summaries, comments and query answers uncut;
 * --save-log PATH keeps the downloaded event log (try `sqlite3 PATH` afterwards).
 */
import { copyFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  RETRAIN_WORKFLOW,
  playWeek,
  querySqlite,
  startLoop,
  stepProblems,
} from '../test/e2e/loop-steps.ts';
import type { Loop, LoopRun, QueryAnswer, WeekStep } from '../test/e2e/loop-steps.ts';

const { values: options } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    'save-log': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log('Usage: npm run demo [-- --full] [-- --save-log events.db]');
  process.exit(0);
}

const WIDTH = Math.max(80, process.stdout.isTTY ? process.stdout.columns : 160);
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[22m` : text);
const red = (text: string) => (color ? `\x1b[31m${text}\x1b[39m` : text);
const green = (text: string) => (color ? `\x1b[32m${text}\x1b[39m` : text);

function cut(line: string, width = WIDTH): string {
  return options.full || line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

function heading(title: string): void {
  console.log(`\n${bold(`━━ ${title} ${'━'.repeat(Math.max(3, WIDTH - title.length - 5))}`)}`);
}

function subheading(text: string): void {
  console.log(`\n  ${bold(text)}`);
}

/** Prints lines indented under a bar, cut to the terminal and to `maxLines` (unless --full). */
function block(lines: string[], maxLines: number): void {
  const shown = options.full ? lines : lines.slice(0, maxLines);
  for (const line of shown) console.log(cut(`    │ ${line}`));
  const hidden = lines.length - shown.length;
  if (hidden > 0) console.log(dim(`    │ … ${hidden} more line${hidden > 1 ? 's' : ''}`));
}

/** The head of a Markdown summary: everything before its first section heading. */
function summaryHead(markdown: string, stopAt: RegExp): string[] {
  const lines = markdown.trim().split('\n');
  const end = lines.findIndex((line, i) => i > 0 && stopAt.test(line));
  const head = end < 0 ? lines : lines.slice(0, end);
  while (head.at(-1) === '') head.pop();
  return head.filter((line, i, all) => line !== '' || all[i - 1] !== '');
}

/** Not in the quick reference: the columns its `SELECT *` rows hide past the terminal's edge, and the checks. */
const LOOK_CLOSER = [
  'SELECT triggered_at, trigger_type, status, execution_successful, improvement_r2_percent, training_duration_seconds, estimated_cost FROM model_retraining_events ORDER BY triggered_at;',
  'SELECT checked_at, event_name, severity, drift_type, triggered, run_id FROM drift_checks ORDER BY checked_at;',
];

function printAnswer(answer: QueryAnswer): void {
  console.log(`\n  ${bold(`sqlite> ${answer.sql}`)}`);
  for (const line of answer.table.trimEnd().split('\n')) console.log(cut(`  ${line}`));
}

function runLine(run: LoopRun): void {
  const exit = run.exitCode === 0 ? green('exit 0') : red(`exit ${run.exitCode}`);
  console.log(
    `\n  ▸ ${bold(run.label)} ${dim(`· run ${run.runId} · ${run.eventName} · ${(run.elapsedMs / 1000).toFixed(1)} s ·`)} ${exit}`,
  );
}

function outputsLine(run: LoopRun, names: string[]): void {
  const shown = names.filter((n) => run.outputs[n] !== undefined && run.outputs[n] !== '');
  console.log(`    outputs: ${shown.map((n) => `${n}=${run.outputs[n]}`).join('  ')}`);
}

function logLine(run: LoopRun): void {
  const restored =
    run.restored.length === 0
      ? 'nothing to restore (first run)'
      : `merged ${run.restored.map((id) => `#${id}`).join(', ')}`;
  console.log(
    `    event log: ${restored}; uploaded ${run.uploaded.map((id) => `#${id}`).join(', ') || 'nothing'}`,
  );
}

function detectSummary(run: LoopRun): void {
  console.log(dim('    job summary (head):'));
  block(summaryHead(run.summary, /^#{2,4} /), 14);
}

function dispatchRequest(run: LoopRun): void {
  const request = run.requests.find(
    (r) => r.method === 'POST' && /\/actions\/workflows\/[^/]+\/dispatches$/.test(r.path),
  );
  if (!request) return;
  console.log(dim('    the dispatch, as GitHub received it:'));
  const body = JSON.stringify(request.body, null, 2).split('\n');
  block([`POST ${request.path}  → HTTP ${request.status}`, ...body], 16);
}

/** The summary lines that say which guard held and why (and a stale-reference warning). */
function guardLines(summary: string): string[] {
  return summary
    .split('\n')
    .filter((line) => /held back|still describe the model|marked lost/.test(line))
    .map((line) =>
      line
        .replace(/^> /, '')
        .replace(/\\(.)/g, '$1')
        .replace(/\u200b/g, ''),
    )
    .flatMap((line) => wrap(line, WIDTH - 8));
}

/** The summary's sentence about guards a forced or more severe check passed. */
function passedGuardLines(summary: string): string[] {
  const match = /Guards: [^\n]*/.exec(summary.replace(/\\(.)/g, '$1').replace(/\u200b/g, ''));
  return match ? wrap(match[0], WIDTH - 8) : [];
}

/** Words of `text` in lines of at most `width` characters: the guards' reasons are read whole. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function trainerLines(run: LoopRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) =>
      /train\.mjs|^\$ |Retraining (event|failed)|Attempt \d|^::error::|New baseline/.test(line),
    );
}

async function printStep(step: WeekStep, loop: Loop): Promise<void> {
  heading(step.title);
  switch (step.kind) {
    case 'quiet-checks':
      for (const run of step.runs) {
        runLine(run);
        outputsLine(run, ['severity', 'confidence', 'dispatched']);
        logLine(run);
      }
      detectSummary(step.runs[1]);
      break;
    case 'drift-check':
      runLine(step.run);
      outputsLine(step.run, ['severity', 'drift-type', 'confidence', 'dispatched', 'event-id']);
      logLine(step.run);
      detectSummary(step.run);
      dispatchRequest(step.run);
      break;
    case 'retraining':
    case 'failed-retraining': {
      if (step.kind === 'failed-retraining') {
        runLine(step.forced);
        outputsLine(step.forced, ['severity', 'dispatched', 'event-id']);
        block(passedGuardLines(step.forced.summary), 6);
        console.log(
          `    dispatched ${RETRAIN_WORKFLOW} with drift-type=${String(step.dispatch.inputs['drift-type'])}`,
        );
      }
      const { run } = step;
      runLine(run);
      console.log(
        dim(
          `    ${RETRAIN_WORKFLOW} run for event ${String(step.dispatch.inputs['event-id'])}, train-command: ${run.inputs['train-command']}`,
        ),
      );
      outputsLine(run, ['status', 'promote', 'event-id']);
      logLine(run);
      console.log(dim('    step log (training):'));
      block(trainerLines(run), 8);
      console.log(dim('    job summary (head):'));
      block(summaryHead(run.summary, /^## Key metrics/), 22);
      break;
    }
    case 'pull-request': {
      runLine(step.run);
      outputsLine(step.run, ['severity', 'triggered', 'dispatched']);
      logLine(step.run);
      const [comment] = step.comments;
      subheading(
        `${step.comments.length} comment on pull request #${step.pullNumber}${comment ? ` by ${comment.user?.login}: ${comment.html_url}` : ''}`,
      );
      if (comment) block(summaryHead(comment.body ?? '', /^#{4} /), 14);
      break;
    }
    case 'held-in-flight':
    case 'held-running':
    case 'held-cooldown':
      runLine(step.run);
      outputsLine(step.run, [
        'severity',
        'dispatched',
        'decision',
        'suppressed-by',
        'blocking-event-id',
      ]);
      logLine(step.run);
      console.log(dim('    why nothing was dispatched (job summary):'));
      block(guardLines(step.run.summary), 16);
      break;
    case 'converged':
      console.log(dim('    the promote step of retrain.yml commits:'));
      block(step.promoted, 4);
      runLine(step.run);
      outputsLine(step.run, ['severity', 'confidence', 'dispatched', 'decision']);
      logLine(step.run);
      detectSummary(step.run);
      break;
    case 'race':
      runLine(step.forced);
      outputsLine(step.forced, ['severity', 'dispatched', 'event-id']);
      console.log(dim(`    (its ${RETRAIN_WORKFLOW} run never starts)`));
      for (const run of step.runs) {
        runLine(run);
        outputsLine(run, ['dispatched', 'suppressed-by', 'blocking-event-id']);
        logLine(run);
      }
      console.log(
        `\n    Both listed the artifacts before either uploaded (${step.heldListings} listings held until both arrived),`,
      );
      console.log(
        '    both found the retraining in flight, and force-retrain does not pass that guard:',
      );
      block(guardLines(step.runs[0].summary), 12);
      break;
    case 'lost':
      runLine(step.run);
      outputsLine(step.run, ['severity', 'dispatched', 'event-id']);
      logLine(step.run);
      block(
        step.run.summary
          .split('\n')
          .filter((line) => /marked lost|Dispatches held back/.test(line))
          .map((line) => line.replace(/^> /, ''))
          .flatMap((line) => wrap(line, WIDTH - 8)),
        12,
      );
      dispatchRequest(step.run);
      break;
    case 'event-log':
      console.log(
        `\n  Downloaded artifact #${step.artifactId} (GET /repos/${loop.emulator.owner}/${loop.emulator.repo}/actions/artifacts/${step.artifactId}/zip), events.db:`,
      );
      for (const answer of step.answers) printAnswer(answer);
      if (!options.full)
        console.log(dim('\n  (wide rows cut to the terminal; --full prints them whole)'));
      subheading('Beyond the quick reference: what the cut rows hide, and every check of the week');
      for (const sql of LOOK_CLOSER) printAnswer(await querySqlite(step.path, sql));
      if (options['save-log']) {
        copyFileSync(step.path, options['save-log']);
        console.log(
          `\n  Saved the event log to ${options['save-log']}: try sqlite3 ${options['save-log']}`,
        );
      }
      break;
  }
}

/** Plays and prints the week; returns how many problems it found. */
async function playAndPrint(loop: Loop, isInterrupted: () => boolean): Promise<number> {
  let problems = 0;
  let reachedLog = false;
  for await (const step of playWeek(loop)) {
    // A step cut short by Ctrl-C is not the action's problem: just wind down.
    if (isInterrupted()) return problems;
    await printStep(step, loop);
    reachedLog ||= step.kind === 'event-log';
    for (const problem of stepProblems(step)) {
      problems += 1;
      console.log(red(`\n  ✗ ${problem}`));
    }
  }
  if (!reachedLog) {
    problems += 1;
    console.log(red('\n  ✗ The week ended before the event log was read.'));
  }
  return problems;
}

const started = performance.now();
console.log(bold('drift-sentinel demo: one week of acme/house-prices'));
console.log(
  'Each step runs dist/index.js as a GitHub runner would, against a local GitHub emulator and Azurite.',
);
let loop: Loop | undefined;
let interrupted = false;
const interrupt = (signal: NodeJS.Signals) => {
  interrupted = true;
  console.error(`\n${signal}: stopping the running step, the emulator and Azurite.`);
  // Ending the running step lets the week below wind down to its own stop().
  void loop?.stop();
};
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);

let failed = 0;
try {
  loop = await startLoop();
  console.log(dim(`GitHub API ${loop.emulator.url} · Azurite ${loop.emulator.azurite?.blobUrl}`));
  if (!interrupted) failed = await playAndPrint(loop, () => interrupted);
} catch (error) {
  failed += 1;
  if (!interrupted)
    console.error(red(`\n✗ The week stopped: ${(error as Error).stack ?? String(error)}`));
} finally {
  await loop?.stop();
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (interrupted) {
  console.error(`Interrupted after ${seconds} s; nothing left running.`);
  process.exitCode = 130;
} else if (failed === 0) {
  console.log(green(`\n✓ The whole loop ran in ${seconds} s; emulator and Azurite stopped.`));
} else {
  console.log(
    red(
      `\n✗ ${failed} problem${failed > 1 ? 's' : ''} (${seconds} s); emulator and Azurite stopped.`,
    ),
  );
  process.exitCode = 1;
}
