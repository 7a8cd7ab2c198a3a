/**
 * The action: reads inputs once and runs the check (run-detect.ts) or the retraining
 * executor (run-retrain.ts). The only try/catch that fails the step lives here.
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { InputError } from '../shared/input-error.ts';
import { MAX_LOG_LINE_LENGTH, logLine, truncate } from '../report/escape.ts';
import { createGitHubClient } from '../github/octokit.ts';
import { confineFileInputs, parseActionInputs } from './input-helper.ts';
import { runContext } from './run-context.ts';

export async function run(): Promise<void> {
  try {
    const settings = parseActionInputs((name) => core.getInput(name));
    await confineFileInputs(settings, {
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      runnerTemp: process.env.RUNNER_TEMP,
    });
    const octokit = createGitHubClient({
      token: settings.githubToken,
      log: (message) => core.info(logLine(message)),
    });
    const ctx = runContext(context);
    // Loaded on demand: the artifact and storage clients are most of the bundle, and
    // an invalid input should fail fast without evaluating them.
    if (settings.mode === 'retrain') {
      const { runRetrain } = await import('./run-retrain.ts');
      await runRetrain(settings, ctx, octokit);
    } else {
      const { runDetect } = await import('./run-detect.ts');
      await runDetect(settings, ctx, octokit);
    }
  } catch (error) {
    // A message can quote a cell, and a cell can be 50 MB: cut it to a readable length.
    core.setFailed(truncate(failureMessage(error), MAX_LOG_LINE_LENGTH));
  }
}

/** Errors JavaScript itself raises: they mean a bug in drift-sentinel, never bad input. */
const PROGRAMMING_ERRORS = [
  TypeError,
  ReferenceError,
  RangeError,
  SyntaxError,
  EvalError,
  URIError,
];

/**
 * What the failed step says. Bad input, a refused dispatch or a failed upload is
 * explained by its message alone; a programming error (a `TypeError`...) keeps its
 * stack, since that is what a bug report needs.
 */
export function failureMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error instanceof InputError) return error.message;
  const isBug = PROGRAMMING_ERRORS.some((kind) => error instanceof kind);
  return isBug ? (error.stack ?? `${error.name}: ${error.message}`) : error.message;
}
