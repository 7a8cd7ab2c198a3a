/** What every CLI command shares: its streams, its exit codes, and where the event log lives. */
import { stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { defaultOf } from '../options/read-options.ts';
import { InputError } from '../shared/input-error.ts';

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

/**
 * Refuses an output path that cannot be written, before the work that would fill it:
 * a directory, or a file in a directory that does not exist (Node would throw EISDIR
 * or ENOENT with a stack trace after the whole analysis).
 *
 * @param option how the user spelled it, e.g. `--output`.
 */
export async function checkOutputPath(path: string, option: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new InputError(
      `${option} ${path} is a directory. Expected a file path, such as ${join(path, 'report.json')}.`,
    );
  }
  const directory = dirname(resolve(path));
  const parent = await stat(directory).catch(() => undefined);
  if (!parent) {
    throw new InputError(
      `${option} ${path}: the directory ${directory} does not exist. Create it first (mkdir -p ${directory}) or name a file in an existing directory.`,
    );
  }
  if (!parent.isDirectory()) {
    throw new InputError(`${option} ${path}: ${directory} is a file, not a directory.`);
  }
}

/** Writes an output file, turning a failure (permissions, a full disk) into an InputError naming the path. */
export async function writeOutputFile(
  path: string,
  content: string | Uint8Array,
  option: string,
): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new InputError(
      `${option} ${path}: cannot write the file (${(error as Error).message}).`,
      {
        cause: error,
      },
    );
  }
}
