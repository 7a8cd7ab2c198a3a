/** What every CLI command shares: its streams, its exit codes, and where the event log lives. */
import { defaultOf } from '../options/read-options.ts';

export const EXIT_OK = 0;
/** `check`: --fail-on reached; `retrain`: training failed. */
export const EXIT_FAIL_ON = 1;
export const EXIT_BAD_INPUT = 2;

/** The event log of the CLI, relative to the working directory. */
export const DEFAULT_EVENT_LOG: string = defaultOf('eventLog')!;

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}
