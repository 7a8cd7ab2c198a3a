/**
 * Whether a check dispatches retraining: a pure decision over the report, the inputs
 * and the run, so every case is tested in-process with a table (test/action/decide-dispatch.test.ts).
 */
import type { DriftReport } from '../detect/drift-report.ts';
import type { ActionSettings } from './input-helper.ts';
import type { RunContext } from './run-context.ts';

/** Why a dispatch did or did not happen, for the summary, the outputs and the log. */
export interface DispatchDecision {
  readonly dispatch: boolean;
  /** One sentence for the summary's next step and the step log. */
  readonly why: string;
  /** The check reached retrain-on (or was forced) without passing the drift threshold. */
  readonly forced: boolean;
}

/** The inputs the decision reads. */
export type DispatchSettings = Pick<ActionSettings, 'forceRetrain' | 'retrainWorkflow' | 'config'>;

/** The run facts the decision reads. */
export type DispatchRun = Pick<RunContext, 'isPullRequest' | 'canDispatch' | 'eventName'>;

export function decideDispatch(
  report: Pick<DriftReport, 'triggered' | 'severity'>,
  settings: DispatchSettings,
  run: DispatchRun,
): DispatchDecision {
  const forced = settings.forceRetrain && !report.triggered;
  const wanted = report.triggered || settings.forceRetrain;
  const no = (why: string): DispatchDecision => ({ dispatch: false, why, forced });
  if (!wanted) {
    return no(
      `No retraining: severity ${report.severity} is below retrain-on ${settings.config.retrainOn}.`,
    );
  }
  const because = forced
    ? 'Retraining was forced'
    : `Severity ${report.severity} reached retrain-on ${settings.config.retrainOn}`;
  if (run.isPullRequest) {
    return no(
      `${because}, but pull-request runs never dispatch retraining (their data is not merged yet); it will run after merge or on the next schedule.`,
    );
  }
  if (!run.canDispatch) {
    return no(`${because}, but '${run.eventName}' events do not dispatch retraining.`);
  }
  if (!settings.retrainWorkflow) {
    return no(`${because}, but no 'retrain-workflow' input is set: nothing to dispatch.`);
  }
  return { dispatch: true, why: `${because}: dispatching ${settings.retrainWorkflow}.`, forced };
}
