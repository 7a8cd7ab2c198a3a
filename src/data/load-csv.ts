import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { CsvOptions } from './csv-options.ts';
import { CsvStreamParser } from './csv-stream-parser.ts';
import { utf8Chunks } from './decode-text-chunks.ts';
import { decompressedTooLarge, maxDecompressedBytes } from './decompression-limit.ts';
import { fileInputError } from './file-input-error.ts';
import { InputError } from '../shared/input-error.ts';
import type { Table } from '../shared/table.ts';

/** 1 MiB reads: large enough that per-chunk overhead vanishes, small enough to stay in cache. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads the CSV file at `path` into a column-wise {@link Table}, streaming it so the file
 * is never held as one string. Gzip files (`.csv.gz`, or any file starting with the gzip
 * magic bytes) are decompressed on the fly with node:zlib. Types, missing values and
 * errors are those of {@link parseCsv}; a missing or unreadable file is an `InputError`
 * naming the path.
 *
 * @example
 * (await loadCsv('test/fixtures/data/quoted.csv')).rowCount; // => 3
 */
export async function loadCsv(path: string, options: CsvOptions = {}): Promise<Table> {
  const first = await loadCsvOnce(path, options, []);
  if (first.columnsToReparse.length === 0) return first.table;
  // Rare: a column of labels held numbers before them. Read again so labels keep their text.
  return (await loadCsvOnce(path, options, first.columnsToReparse)).table;
}

async function loadCsvOnce(path: string, options: CsvOptions, labels: readonly string[]) {
  const source = options.source ?? path;
  const totalBytes = await fileSize(path);
  const gzip = await isGzip(path);
  const parser = new CsvStreamParser({
    source,
    categorical: options.categorical,
    numeric: options.numeric,
    naValues: options.naValues,
    delimiter: options.delimiter,
    labels,
    // Compressed size says little about row count; let the columns double instead.
    expectedBytes: gzip ? undefined : totalBytes,
  });
  const { file, chunks } = openChunks(path, gzip);
  const limit = gzip ? maxDecompressedBytes() : Infinity;
  let decompressed = 0;
  try {
    for await (const chunk of utf8Chunks(chunks, textOptions(path, source, gzip, options))) {
      decompressed += chunk.length;
      if (decompressed > limit) throw decompressedTooLarge(source, limit, 'CSV');
      parser.write(chunk);
      options.onProgress?.(file.bytesRead, totalBytes);
    }
  } catch (error) {
    file.destroy();
    throw readError(source, path, error);
  }
  return parser.end();
}

/** How utf8Chunks decodes this file, and how it finds the line of a bad byte (read again). */
function textOptions(path: string, source: string, gzip: boolean, options: CsvOptions) {
  return {
    source,
    encoding: options.encoding,
    lineOf: async (offset: number) => {
      let line = 1;
      let seen = 0;
      const { file, chunks } = openChunks(path, gzip);
      try {
        for await (const chunk of chunks as AsyncIterable<Buffer>) {
          const upto = Math.min(chunk.length, offset - seen);
          for (let i = chunk.indexOf(0x0a); i >= 0 && i < upto; i = chunk.indexOf(0x0a, i + 1)) {
            line++;
          }
          seen += chunk.length;
          if (seen >= offset) break;
        }
      } finally {
        file.destroy();
      }
      return line;
    },
  };
}

/** The file's bytes in 1 MiB chunks, decompressed when it is gzip. */
function openChunks(path: string, gzip: boolean) {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const chunks: Readable = gzip ? file.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : file;
  if (gzip) file.on('error', (error) => chunks.destroy(error));
  return { file, chunks };
}

/** A failure while reading: the parser's own InputError, corrupt gzip, or a file error. */
function readError(source: string, path: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) {
    return new InputError(
      `${source}: the gzip data is corrupt (${(error as Error).message}); expected a valid .gz file.`,
    );
  }
  return fileInputError(path, error);
}

async function fileSize(path: string): Promise<number> {
  try {
    const handle = await open(path, 'r');
    try {
      return (await handle.stat()).size;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileInputError(path, error);
  }
}

/**
 * The column names of a CSV file's header, reading only as far as the header goes
 * (decompressing `.csv.gz`). Empty when the file has no complete header: loading it
 * then reports why.
 */
export async function readCsvHeader(
  path: string,
  options: CsvOptions = {},
): Promise<readonly string[]> {
  const parser = new CsvStreamParser({ source: path, delimiter: options.delimiter });
  const gzip = await isGzip(path);
  const { file, chunks } = openChunks(path, gzip);
  try {
    for await (const chunk of utf8Chunks(chunks, textOptions(path, path, gzip, options))) {
      parser.write(chunk);
      if (parser.columnNames !== null) return parser.columnNames;
    }
    return [];
  } catch (error) {
    throw readError(path, path, error);
  } finally {
    file.destroy();
  }
}

/** Whether the file starts with the gzip magic bytes 1f 8b (RFC 1952), whatever its name. */
async function isGzip(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const magic = Buffer.alloc(2);
      await handle.read(magic, 0, 2, 0);
      return magic[0] === 0x1f && magic[1] === 0x8b;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileInputError(path, error);
  }
}
