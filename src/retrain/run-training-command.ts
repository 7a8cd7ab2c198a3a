/**
 * Runs the team's training command: a shell command, with a timeout, its output
 * streamed line by line, and the drift-sentinel variables in its environment.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

/** Options of {@link runTrainingCommand}. */
export interface TrainingCommandOptions {
  /** Shell command line (`sh -c` on Unix, `cmd.exe /d /s /c` on Windows). */
  command: string;
  /** Working directory; default the current one. */
  cwd?: string;
  /** Variables added to this process's environment, e.g. the `DRIFT_SENTINEL_*` ones. */
  env: Record<string, string>;
  /** The command is stopped after this long. */
  timeoutMs: number;
  /** After the timeout's SIGTERM, SIGKILL follows this much later. Default 10 s. */
  killGraceMs?: number;
  /** Receives every output line as it arrives. */
  log: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** How the command ended. */
export interface TrainingCommandResult {
  /** Exit code, or null when a signal ended it. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Wall time from start to exit. */
  durationSeconds: number;
}

/** Longest delay a Node timer holds. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `command` in a shell and resolves when it has exited and its output is drained;
 * never rejects for a failing command (the result says how it ended), only when it
 * cannot be started at all.
 *
 * On timeout the whole process group gets SIGTERM, then SIGKILL after `killGraceMs`:
 * killing only the shell would leave the actual training process (`python train.py`)
 * running and holding the output pipes open. Hence `detached: true`, which makes the
 * shell the leader of a new group. Windows has no process groups; there the shell
 * alone is killed.
 */
export function runTrainingCommand(
  options: TrainingCommandOptions,
): Promise<TrainingCommandResult> {
  const windows = process.platform === 'win32';
  const started = performance.now();
  const child = spawn(options.command, {
    shell: true,
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: !windows,
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (windows || child.pid === undefined) child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };

  let timedOut = false;
  let killTimer: NodeJS.Timeout | undefined;
  // Node fires a timer beyond 2^31 - 1 ms (24.8 days) after 1 ms instead; a longer
  // timeout means "no practical limit", not "stop at once".
  const timeout = setTimeout(
    () => {
      timedOut = true;
      killGroup('SIGTERM');
      killTimer = setTimeout(() => killGroup('SIGKILL'), options.killGraceMs ?? 10_000);
    },
    Math.min(options.timeoutMs, MAX_TIMER_MS),
  );

  for (const stream of ['stdout', 'stderr'] as const) {
    createInterface({ input: child[stream], crlfDelay: Infinity }).on('line', (line) =>
      options.log(line, stream),
    );
  }

  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timeout);
      clearTimeout(killTimer);
      reject(new Error(`Cannot start the training command: ${error.message}`, { cause: error }));
    });
    child.once('exit', () => {
      // Leftover background children of the command would keep the pipes (and 'close') open.
      if (!windows) killGroup('SIGKILL');
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(timeout);
      clearTimeout(killTimer);
      resolve({
        exitCode,
        signal,
        timedOut,
        durationSeconds: (performance.now() - started) / 1000,
      });
    });
  });
}
