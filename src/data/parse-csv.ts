import type { CsvOptions } from './csv-options.ts';
import { CsvStreamParser } from './csv-stream-parser.ts';
import type { Table } from '../shared/table.ts';

export type { CsvOptions } from './csv-options.ts';

/**
 * Parses CSV text or UTF-8 bytes (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180) into a
 * column-wise {@link Table}. The first row is the header. A column is numeric when at
 * least 90% of its non-missing cells are decimal numbers (spaces around them trimmed),
 * its other cells then counted as `invalid`; otherwise categorical (csv-column-type.ts).
 * `options` can force either. Missing cells (empty, pandas' default markers such as
 * `NA`, `nan`, `NULL`, `#N/A`, `None`: missing-cell.ts, and `options.naValues`) become
 * `NaN` or code `-1` and are counted per column.
 *
 * Throws `InputError` for an empty input, a header without rows, a duplicate column
 * name, a row with the wrong number of fields, an unterminated quote, or a non-number
 * cell in a column forced numeric.
 *
 * @example
 * parseCsv('x,y\n1,a\nNA,b\n').columns[0]; // => { kind: 'numeric', name: 'x', values: Float64Array [1, NaN], missing: 1 }
 */
export function parseCsv(input: string | Uint8Array, options: CsvOptions = {}): Table {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const source = options.source ?? 'csv';
  const run = (labels: readonly string[]) => {
    const parser = new CsvStreamParser({
      source,
      categorical: options.categorical,
      numeric: options.numeric,
      naValues: options.naValues,
      delimiter: options.delimiter,
      labels,
    });
    parser.write(bytes);
    return parser.end();
  };
  const first = run([]);
  if (first.columnsToReparse.length === 0) return first.table;
  return run(first.columnsToReparse).table;
}
