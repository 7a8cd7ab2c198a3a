/**
 * The text encoding of data files. CSV is parsed as UTF-8 bytes (the fast path: no
 * decoding, only a validity check with the native `buffer.isUtf8`). Any other
 * encoding must be declared (`encoding` option) and is transcoded to UTF-8 with
 * `TextDecoder`, chunk by chunk, before parsing.
 *
 * Undeclared non-UTF-8 data is refused, never guessed: read as UTF-8, a Latin-1 `é`
 * would become U+FFFD, so `café` and `cafè` would merge into one category and a real
 * shift would read as none. A UTF-16 file is named as such (byte order mark, or NUL
 * bytes at every other position) instead of failing later as one long field.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../shared/input-error.ts';

const HOW_TO_DECLARE =
  "set the encoding option (--encoding in the CLI, 'encoding' in the action) to the file's encoding, or convert the file to UTF-8";

/** Where to find the byte's line if the data turns out invalid: re-reads from the start. */
export type LineOfOffset = (offset: number) => Promise<number>;

/**
 * Yields the chunks as UTF-8 bytes: unchanged (after checking) when `encoding` is
 * UTF-8 or absent, transcoded otherwise. Throws an InputError naming `source` for a
 * UTF-16 file read as UTF-8, for invalid UTF-8 (with its line and byte offset), and
 * for bytes invalid in a declared UTF-16 encoding.
 */
export async function* utf8Chunks(
  chunks: AsyncIterable<Buffer>,
  options: { source: string; encoding?: string; lineOf: LineOfOffset },
): AsyncGenerator<Buffer> {
  const encoding = (options.encoding ?? 'utf-8').toLowerCase();
  if (encoding === 'utf-8' || encoding === 'utf8') {
    yield* checkedUtf8(chunks, options.source, options.lineOf);
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  let offset = 0;
  try {
    for await (const chunk of chunks) {
      const text = decoder.decode(chunk, { stream: true });
      offset += chunk.length;
      if (text.length > 0) yield Buffer.from(text, 'utf8');
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield Buffer.from(rest, 'utf8');
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new InputError(
      `${options.source}: not valid ${encoding} text in the bytes before offset ${offset} (${error.message}); expected text in the declared encoding ${encoding}.`,
    );
  }
}

async function* checkedUtf8(
  chunks: AsyncIterable<Buffer>,
  source: string,
  lineOf: LineOfOffset,
): AsyncGenerator<Buffer> {
  let offset = 0; // bytes of the stream before `chunk`
  let tail = Buffer.alloc(0); // an incomplete sequence at the end of the previous chunk
  let first = true;
  for await (const chunk of chunks) {
    if (first) {
      first = false;
      refuseUtf16(chunk, source);
    }
    // Complete the previous chunk's cut sequence with this chunk's first bytes.
    let start = 0;
    if (tail.length > 0 && sequenceLength(tail[0]) - tail.length > chunk.length) {
      // A chunk shorter than the rest of the cut sequence (the end of a gzip stream).
      tail = Buffer.concat([tail, chunk]);
      offset += chunk.length;
      yield chunk;
      continue;
    }
    if (tail.length > 0) {
      const need = Math.min(sequenceLength(tail[0]) - tail.length, chunk.length);
      const joined = Buffer.concat([tail, chunk.subarray(0, need)]);
      if (!isUtf8(joined)) await invalid(joined, offset - tail.length, source, lineOf);
      start = need;
    }
    const end = chunk.length - incompleteTailLength(chunk, start);
    if (!isUtf8(chunk.subarray(start, end))) {
      await invalid(chunk.subarray(start, end), offset + start, source, lineOf);
    }
    tail = Buffer.from(chunk.subarray(end));
    offset += chunk.length;
    yield chunk;
  }
  if (tail.length > 0) await invalid(tail, offset - tail.length, source, lineOf);
}

/** A UTF-16 file read as UTF-8: name the encoding instead of parsing NUL-riddled text. */
function refuseUtf16(head: Buffer, source: string): void {
  let found: string | undefined;
  if (head[0] === 0xff && head[1] === 0xfe) found = 'UTF-16LE (byte order mark FF FE)';
  else if (head[0] === 0xfe && head[1] === 0xff) found = 'UTF-16BE (byte order mark FE FF)';
  else {
    // ASCII text in UTF-16 has a NUL in every other byte; UTF-8 text has none.
    const pairs = Math.min(head.length >> 1, 512);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < pairs; i++) {
      if (head[2 * i] === 0) evenZeros++;
      if (head[2 * i + 1] === 0) oddZeros++;
    }
    if (pairs >= 4 && oddZeros > pairs * 0.3 && evenZeros === 0) {
      found = 'UTF-16LE (no byte order mark, but a NUL byte after most characters)';
    } else if (pairs >= 4 && evenZeros > pairs * 0.3 && oddZeros === 0) {
      found = 'UTF-16BE (no byte order mark, but a NUL byte before most characters)';
    }
  }
  if (found) {
    const label = found.startsWith('UTF-16LE') ? 'utf-16le' : 'utf-16be';
    throw new InputError(
      `${source}: the file is ${found}, not UTF-8; expected UTF-8 text. Set the encoding option to ${label} (--encoding ${label}, or encoding: ${label} in the action), or convert the file to UTF-8.`,
    );
  }
}

/** Length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc0) return 2;
  return 1;
}

/** Bytes at the end of `chunk` (after `start`) that begin a sequence the chunk cuts. */
function incompleteTailLength(chunk: Buffer, start: number): number {
  for (let back = 1; back <= 3 && chunk.length - back >= start; back++) {
    const byte = chunk[chunk.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation: look further back
    return byte >= 0xc0 && sequenceLength(byte) > back ? back : 0;
  }
  return 0;
}

/** Throws the message for the first invalid sequence in `bytes`, which start at `offset`. */
async function invalid(
  bytes: Buffer,
  offset: number,
  source: string,
  lineOf: LineOfOffset,
): Promise<never> {
  const at = offset + firstInvalidUtf8(bytes);
  const local = at - offset;
  const shown = [...bytes.subarray(local, local + 4)]
    .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
    .join(' ');
  throw new InputError(
    `${source}: invalid UTF-8 at line ${await lineOf(at)}, byte offset ${at} (bytes ${shown}); expected UTF-8 text. If the file is in another encoding (Latin-1, Windows-1252, UTF-16...), ${HOW_TO_DECLARE}.`,
  );
}

/** Index of the first byte that does not start a valid UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (n === 0 || i + n > bytes.length) return i;
    for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong 3- and 4-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    const second = bytes[i + 1];
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    ) {
      return i;
    }
    i += n;
  }
  return bytes.length;
}
