/**
 * The key that names one model in the event log, so the guards of decide-dispatch.ts
 * look only at that model's retrainings. Pure; the action passes what it knows.
 *
 * A check dispatches `retrain-workflow` on `retrain-ref` (or the default branch), and
 * the retraining run it starts is that workflow on that ref: both derive the same
 * `retrain.yml@main`, so a repository with one model needs no `model` input, and one
 * with several models (several retraining workflows) gets one key per workflow.
 */

/** `retrain.yml` from `.github/workflows/retrain.yml`, `main` from `refs/heads/main`. */
function shortName(workflow: string, ref: string): string {
  const file = workflow.split('/').at(-1) ?? workflow;
  const branch = ref.replace(/^refs\/(heads|tags)\//, '');
  return branch ? `${file}@${branch}` : file;
}

/**
 * The model key of a check: the `model` input, else `<retrain-workflow>@<ref>`, else
 * empty (a check without a retrain workflow dispatches nothing and guards nothing).
 *
 * @example
 * checkModelKey({ model: '', retrainWorkflow: 'retrain.yml', ref: 'main' }); // => 'retrain.yml@main'
 */
export function checkModelKey(options: {
  model: string;
  retrainWorkflow: string;
  /** `retrain-ref`, or the default branch when that is empty. */
  ref: string;
}): string {
  if (options.model) return options.model;
  if (!options.retrainWorkflow) return '';
  return shortName(options.retrainWorkflow, options.ref);
}

/**
 * The model key of a retraining run: the `model` input, else the running workflow as
 * `GITHUB_WORKFLOW_REF` names it (`owner/repo/.github/workflows/retrain.yml@refs/heads/main`).
 *
 * @example
 * retrainModelKey({ model: '', workflowRef: 'acme/app/.github/workflows/retrain.yml@refs/heads/main' });
 * // => 'retrain.yml@main'
 */
export function retrainModelKey(options: { model: string; workflowRef: string }): string {
  if (options.model) return options.model;
  const at = options.workflowRef.lastIndexOf('@');
  if (at < 0) return shortName(options.workflowRef, '');
  return shortName(options.workflowRef.slice(0, at), options.workflowRef.slice(at + 1));
}
