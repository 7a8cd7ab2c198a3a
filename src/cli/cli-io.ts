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

/** An output stream as the CLI sees it: a terminal has a width and may take colour. */
export type CliStream = NodeJS.WritableStream & {
  isTTY?: boolean;
  columns?: number;
  hasColors?: () => boolean;
};

export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** The environment, for NO_COLOR and FORCE_COLOR. Default process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Whether to colour what goes to `stream`. NO_COLOR (any non-empty value,
 * https://no-color.org) turns colour off; FORCE_COLOR turns it on even when piped
 * (`0` or `false` turns it off), as Node and most tools read it; otherwise colour
 * only on a terminal that says it has colours and is not `TERM=dumb`.
 */
export function useColor(stream: CliStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  if (!stream.isTTY || env.TERM === 'dumb') return false;
  return stream.hasColors ? stream.hasColors() : true;
}

/** Columns to wrap a report to: the terminal's width, or 80 when piped. */
export function outputWidth(stream: CliStream): number {
  return stream.isTTY && stream.columns && stream.columns > 0 ? stream.columns : 80;
}

/** A one-line progress indicator on a terminal; see {@link progressLine}. */
export interface ProgressLine {
  /** Redraws the line with the bytes read so far of `file` (at most 10 times a second). */
  update(file: string, read: number, total: number): void;
  /** Redraws the line with `text` (at most 10 times a second), e.g. `testing features: 3 of 21`. */
  show(text: string): void;
  /**
   * Erases the line, if drawn. Call before anything else is written to the stream
   * (an error included), or the message lands after the indicator on the same line.
   */
  clear(): void;
}

/**
 * A progress line drawn with a carriage return and erased with `ESC [ K`, for the
 * loading of large files. Undefined when `stream` is not a terminal: a log gets no
 * carriage returns.
 */
export function progressLine(stream: CliStream): ProgressLine | undefined {
  if (!stream.isTTY) return undefined;
  const state = new Map<string, [number, number]>();
  let last = 0;
  let lastShown = 0;
  let drawn = false;
  const draw = (text: string) => {
    stream.write(`\r${text}\x1b[K`);
    drawn = true;
  };
  return {
    show(text) {
      const now = Date.now();
      if (now - lastShown < 100) return;
      lastShown = now;
      draw(text);
    },
    update(file, read, total) {
      state.set(file, [read, total]);
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      let sumRead = 0;
      let sumTotal = 0;
      for (const [r, t] of state.values()) {
        sumRead += r;
        sumTotal += t;
      }
      const pct = sumTotal > 0 ? Math.floor((100 * sumRead) / sumTotal) : 0;
      draw(`loading data: ${pct}% of ${Math.round(sumTotal / 1e6).toLocaleString('en-US')} MB`);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
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
