/**
 * Times the CSV tokenizer on one record holding a single very long field, fed in the
 * 1 MiB chunks loadCsv reads, to show that parsing is linear in the length of a field
 * (issue 11: a 100 MB field used to take 10x the time of a 25 MB one, because the cut
 * record was rescanned for every chunk). Prints one JSON line per case; the ratio of
 * the 100 MB time to the 25 MB time should be about 4.
 *
 * Usage: `npx node bench/long-field.ts [megabytes...]` (default 25 100)
 */
import { CsvStreamParser } from '../src/data/csv-stream-parser.ts';

const CHUNK_BYTES = 1 << 20;
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(25, 100);

function fieldFile(megabytes: number, quoted: boolean): Buffer {
  const length = megabytes * 1_000_000;
  const bytes = Buffer.alloc(length + 4, 'x');
  bytes.write('v\n', 0, 'latin1');
  if (quoted) {
    bytes[2] = 0x22;
    bytes[length + 2] = 0x22;
  }
  bytes[length + 3] = 0x0a;
  return bytes;
}

function time(bytes: Buffer): number {
  const started = performance.now();
  const parser = new CsvStreamParser({ source: 'bench' });
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    parser.write(bytes.subarray(offset, offset + CHUNK_BYTES));
  }
  const { table } = parser.end();
  if (table.rowCount !== 1) throw new Error(`expected 1 row, got ${table.rowCount}`);
  return (performance.now() - started) / 1000;
}

for (const quoted of [false, true]) {
  const seconds = sizes.map((megabytes) => time(fieldFile(megabytes, quoted)));
  console.log(
    JSON.stringify({
      field: quoted ? 'quoted' : 'unquoted',
      megabytes: sizes,
      seconds: seconds.map((s) => Number(s.toFixed(3))),
      ratioLastToFirst: Number((seconds[seconds.length - 1] / seconds[0]).toFixed(2)),
    }),
  );
}
