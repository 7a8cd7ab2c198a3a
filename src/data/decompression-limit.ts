/**
 * How much decompressed data one input may produce. Inputs can come from a pull
 * request, and a few MB of gzip, zstd or brotli can expand to terabytes: past this
 * limit the read stops with an InputError naming the input, instead of the process
 * running out of memory. Half of the memory this process may use (the container's
 * limit when it has one, else the machine's): the loaded columns take about as many
 * bytes as the text they were read from, so an input past it could not be checked
 * here anyway. `DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES` sets it lower (or higher).
 */
import { totalmem } from 'node:os';
import { InputError } from '../shared/input-error.ts';

/** The variable that overrides the limit, in bytes. */
export const MAX_DECOMPRESSED_BYTES_VARIABLE = 'DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES';

/** The limit, in bytes. */
export function maxDecompressedBytes(env: NodeJS.ProcessEnv = process.env): number {
  const set = env[MAX_DECOMPRESSED_BYTES_VARIABLE];
  if (set !== undefined && set !== '') {
    const bytes = Number(set);
    if (!(Number.isInteger(bytes) && bytes > 0)) {
      throw new InputError(
        `Invalid ${MAX_DECOMPRESSED_BYTES_VARIABLE} '${set}'. Expected a whole number of bytes above 0, such as 4294967296.`,
      );
    }
    return bytes;
  }
  // constrainedMemory is the cgroup limit, or a huge number when there is none.
  return Math.floor(Math.min(totalmem(), process.constrainedMemory()) / 2);
}

/** The limit as messages name it: `4.0 GiB (DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES, ...)`. */
export function describeLimit(limit: number): string {
  return `${describeBytes(limit)} (${MAX_DECOMPRESSED_BYTES_VARIABLE}, by default half of this machine's memory)`;
}

/** The error for `source` decompressing past `limit` bytes. */
export function decompressedTooLarge(source: string, limit: number, what = 'data'): InputError {
  return new InputError(
    `${source}: the compressed ${what} expands to more than ${describeLimit(limit)}; expected an input that fits here.`,
  );
}

/** Whether `error` is zlib's refusal to produce more than `maxOutputLength` bytes. */
export function isOutputLimitError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/** `2.0 GiB`, `512.0 KiB`: a size for people. */
export function describeBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
