import { type ColumnReading, CsvColumnBuilder } from './csv-column-builder.ts';
import { InputError } from '../shared/input-error.ts';
import { isMissingCellBytes, MissingCellMarkers } from './missing-cell.ts';
import { parseDecimalCommaCell, parseNumberCell } from './parse-decimal.ts';
import type { Table } from '../shared/table.ts';

const COMMA = 0x2c;
const TAB = 0x09;
const SEMICOLON = 0x3b;
const PIPE = 0x7c;
/** Sniffed separators, in the order that breaks ties. */
const SNIFFED = [COMMA, TAB, SEMICOLON, PIPE] as const;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const INITIAL_CAPACITY = 1024;
const POWERS_OF_TEN = new Float64Array(23).map((_, k) => Number(`1e${k}`));

/** Settings of one {@link CsvStreamParser} run. */
export interface CsvStreamParserSettings {
  /** Name used in messages. */
  source: string;
  categorical?: readonly string[];
  numeric?: readonly string[];
  /**
   * Columns that held both numbers and other text in an earlier parse: read as labels,
   * then typed by the share rule of csv-column-type.ts (unlike `categorical`).
   */
  labels?: readonly string[];
  /** Missing-value markers on top of the defaults of missing-cell.ts (`na-values`). */
  naValues?: readonly string[];
  /** Size of the whole input when known, so columns are allocated once instead of doubling. */
  expectedBytes?: number;
  /** The field separator, or `auto` (default): told from the header line (sniffDelimiter). */
  delimiter?: CsvDelimiter;
}

/** Field separators a data file may use; `auto` picks one from the header line. */
export const CSV_DELIMITERS = ['auto', 'comma', 'semicolon', 'tab', 'pipe'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The byte of each delimiter other than `auto`. */
const DELIMITER_BYTES: Record<Exclude<CsvDelimiter, 'auto'>, number> = {
  comma: COMMA,
  semicolon: SEMICOLON,
  tab: TAB,
  pipe: PIPE,
};

/**
 * The separator of a file from its header line (after any blank lines): the most
 * frequent of comma, tab, semicolon and pipe outside quotes (ties in that order), comma
 * when none occurs (a one-column file); undefined while the header line has not ended
 * and more bytes may come. pandas reads only commas unless told; Excel in many locales
 * writes semicolons (with decimal commas), and `.tsv` exports tabs, so a header is
 * enough to tell them apart without an option.
 */
export function sniffDelimiter(bytes: Uint8Array, final: boolean): number | undefined {
  const counts = new Map<number, number>(SNIFFED.map((b) => [b, 0]));
  let i = 0;
  while (i < bytes.length && (bytes[i] === LF || bytes[i] === CR)) i++;
  let quoted = false;
  let ended = false;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (!quoted && (b === LF || b === CR)) {
      ended = true;
      break;
    } else if (!quoted && counts.has(b)) counts.set(b, (counts.get(b) as number) + 1);
  }
  if (!ended && !final) return undefined;
  let best: number = COMMA;
  let bestCount = 0;
  for (const b of SNIFFED) {
    const count = counts.get(b) as number;
    if (count > bestCount) [best, bestCount] = [b, count];
  }
  return best;
}

/** What a finished parse returns. */
export interface CsvParseResult {
  table: Table;
  /**
   * Columns that turned out categorical after holding numbers: their number cells were
   * not kept as text, so the caller parses again with these as `labels`.
   */
  columnsToReparse: string[];
}

/**
 * An RFC 4180 CSV tokenizer that works on UTF-8 bytes and writes every cell straight
 * into its column's typed array: no row objects, no per-cell strings for numbers.
 *
 * Why not a library: on a 193 MB numeric file udsv's chunk API reached 75 MB/s (csv-parse
 * about 20 MB/s), while the check of ~240 MB must finish in ~3.5 s including the
 * statistics; this parser reads the same file at the rate recorded in bench/README.md.
 *
 * Feed it chunks with {@link write} and call {@link end}. A record cut by a chunk
 * boundary is kept and parsed again once the rest arrives, so chunk sizes never change
 * the result. Supports quoted fields with embedded commas, `""` escapes and line breaks,
 * CRLF/LF/CR line ends, a UTF-8 byte order mark, and blank lines (skipped, as pandas does).
 */
export class CsvStreamParser {
  private readonly source: string;
  private readonly forcedCategorical: ReadonlySet<string>;
  private readonly forcedNumeric: ReadonlySet<string>;
  private readonly labels: ReadonlySet<string>;
  private readonly markers: MissingCellMarkers;
  /**
   * Whether the fused number scan may store a plain number without looking at it again:
   * not when a user's marker is itself a number (`-999`), which must read as missing.
   */
  private readonly fastNumbers: boolean;
  private readonly expectedBytes: number;
  /** The separator's byte; undefined until sniffed from the header line. */
  private delimiter: number | undefined;
  /** Bytes of the record cut by the last chunk boundary, plus chunks received since. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /**
   * Parse again only once this many bytes are pending. The cut record was scanned to its
   * end without finding where it ends, so rescanning it for every 1 MiB chunk would cost
   * O(field length²) (a 100 MB field took 16 s). Waiting until the pending bytes double
   * bounds the total rescanning by twice the field length, and the result is the same,
   * since a record's parse does not depend on where chunks start.
   */
  private retryAt = 0;
  /** Reused by joinPending. */
  private joined: Buffer = Buffer.alloc(0);
  private startOfInput = true;
  private consumed = 0;
  /** Physical line (1-based) where the next record starts. */
  private line = 1;
  private header: string[] | null = null;
  private columns: CsvColumnBuilder[] = [];
  private rowCount = 0;
  private capacity = INITIAL_CAPACITY;
  /** Line breaks seen inside quoted fields of the record being parsed. */
  private breaksInRecord = 0;

  constructor(settings: CsvStreamParserSettings) {
    this.source = settings.source;
    this.forcedCategorical = new Set(settings.categorical ?? []);
    this.forcedNumeric = new Set(settings.numeric ?? []);
    this.labels = new Set(settings.labels ?? []);
    this.markers = new MissingCellMarkers(settings.naValues ?? []);
    this.fastNumbers = !(settings.naValues ?? []).some((marker) => {
      const value = parseNumberCell(Buffer.from(marker, 'utf8'));
      return value === value;
    });
    this.expectedBytes = settings.expectedBytes ?? 0;
    const delimiter = settings.delimiter ?? 'auto';
    this.delimiter = delimiter === 'auto' ? undefined : DELIMITER_BYTES[delimiter];
    for (const name of this.forcedCategorical) {
      if (this.forcedNumeric.has(name)) {
        throw new InputError(
          `${this.source}: column "${name}" is listed as both categorical and numeric; expected one of them.`,
        );
      }
    }
  }

  /** Column names, once the header has been read; `null` before. */
  get columnNames(): readonly string[] | null {
    return this.header;
  }

  /** Parses every complete record in `chunk` and keeps the incomplete tail for later. */
  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    const view = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.pendingBytes + view.length < this.retryAt) {
      // Copied: the caller may reuse its buffer once write returns.
      this.pending.push(Buffer.from(view));
      this.pendingBytes += view.length;
      return;
    }
    let bytes = this.pending.length === 0 ? view : this.joinPending(view);
    this.pending = [];
    this.pendingBytes = 0;
    if (this.startOfInput) {
      if (bytes.length < 3) {
        this.keepTail(bytes, 0);
        return;
      }
      this.startOfInput = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const used = this.parse(bytes, false);
    this.consumed += used;
    this.keepTail(bytes, used);
  }

  /**
   * The pending bytes followed by `view`, in a buffer reused for every chunk. A fresh
   * Buffer.concat per 1 MiB chunk cost ~0.45 s on the 233 MB benchmark (mostly page
   * faults of new memory); parse keeps no view of its input (labels are copied into the
   * columns' arenas, the cut tail by keepTail), so the buffer can be overwritten next time.
   */
  private joinPending(view: Buffer): Buffer {
    const length = this.pendingBytes + view.length;
    if (this.joined.length < length) {
      this.joined = Buffer.allocUnsafeSlow(Math.max(length, 2 * this.joined.length));
    }
    let offset = 0;
    for (const part of this.pending) {
      this.joined.set(part, offset);
      offset += part.length;
    }
    this.joined.set(view, offset);
    return this.joined.subarray(0, length);
  }

  private keepTail(bytes: Buffer, used: number): void {
    this.retryAt = 0;
    if (used >= bytes.length) return;
    const tail = Buffer.from(bytes.subarray(used));
    this.pending = [tail];
    this.pendingBytes = tail.length;
    this.retryAt = 2 * tail.length;
  }

  /** Parses what is left and returns the table. */
  end(): CsvParseResult {
    let bytes = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    if (this.startOfInput && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bytes = bytes.subarray(3);
    }
    this.parse(bytes, true);
    if (this.header === null) {
      throw new InputError(
        `${this.source}: the file is empty; expected a header row and data rows.`,
      );
    }
    if (this.rowCount === 0) {
      throw new InputError(
        `${this.source}: the header has no data rows below it; expected at least one row.`,
      );
    }
    const columns = this.columns.map((column) => column.finish(this.rowCount));
    return {
      table: { source: this.source, rowCount: this.rowCount, columns },
      columnsToReparse: this.columns.filter((c) => c.lostNumbers).map((c) => c.name),
    };
  }

  /**
   * Parses records from `bytes` and returns how many bytes were used: all of them when
   * `final`, else up to the start of the first record that is not complete yet.
   */
  private parse(bytes: Buffer, final: boolean): number {
    if (this.delimiter === undefined) {
      this.delimiter = sniffDelimiter(bytes, final);
      // The header line has not ended: keep every byte until it has.
      if (this.delimiter === undefined) return 0;
    }
    const SEP = this.delimiter;
    const n = bytes.length;
    let i = 0;
    for (;;) {
      const recordStart = i;
      if (i >= n) return n;
      // Blank lines carry no record; pandas skips them too.
      let c = bytes[i];
      if (c === LF || c === CR) {
        if (c === CR && i + 1 >= n && !final) return recordStart;
        i += c === CR && bytes[i + 1] === LF ? 2 : 1;
        this.line++;
        continue;
      }
      if (this.header !== null && this.rowCount === this.capacity) this.grow(this.consumed + i);
      const headerCells: string[] | null = this.header === null ? [] : null;
      this.breaksInRecord = 0;
      let field = 0;
      for (;;) {
        let start = i;
        let end: number;
        let escaped = false;
        if (i < n && bytes[i] === QUOTE) {
          let j = i + 1;
          for (;;) {
            j = bytes.indexOf(QUOTE, j);
            if (j < 0 || (j + 1 >= n && !final)) {
              if (!final) return recordStart;
              this.failUnterminated(field, headerCells);
            }
            if (j + 1 < n && bytes[j + 1] === QUOTE) {
              escaped = true;
              j += 2;
              continue;
            }
            break;
          }
          start = i + 1;
          end = j;
          for (let k = start; k < end; k++) {
            const b = bytes[k];
            if (b === LF || (b === CR && bytes[k + 1] !== LF)) this.breaksInRecord++;
          }
          i = j + 1;
          if (i < n) {
            c = bytes[i];
            if (c !== SEP && c !== LF && c !== CR) this.failAfterQuote(field, headerCells, c);
          }
        } else {
          // Fast path, fused with the scan: a plain decimal of at most 15 digits is exact
          // as m / 10^k (see parse-decimal.ts), and it is most cells of a numeric file.
          let negative = false;
          c = i < n ? bytes[i] : 0;
          if (c === 0x2d || c === 0x2b) {
            negative = c === 0x2d;
            i++;
          }
          let mantissa = 0;
          const integerStart = i;
          while (i < n) {
            c = bytes[i] - 0x30;
            if (c < 0 || c > 9) break;
            mantissa = mantissa * 10 + c;
            i++;
          }
          let digits = i - integerStart;
          let scale = 0;
          if (i < n && bytes[i] === 0x2e) {
            const fractionStart = ++i;
            while (i < n) {
              c = bytes[i] - 0x30;
              if (c < 0 || c > 9) break;
              mantissa = mantissa * 10 + c;
              i++;
            }
            scale = i - fractionStart;
            digits += scale;
          }
          c = i < n ? bytes[i] : SEP;
          if (
            digits > 0 &&
            digits <= 15 &&
            (c === SEP || c === LF || c === CR) &&
            (i < n || final) &&
            headerCells === null &&
            field < this.columns.length &&
            this.fastNumbers
          ) {
            const column = this.columns[field];
            if (column.kind === 'numeric') {
              const magnitude = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
              column.values[this.rowCount] = negative ? -magnitude : magnitude;
              column.sawNumber = true;
              field++;
              if (i >= n) break;
              if (c === SEP) {
                i++;
                continue;
              }
              if (c === CR) {
                if (i + 1 >= n && !final) return recordStart;
                i += bytes[i + 1] === LF ? 2 : 1;
              } else {
                i++;
              }
              break;
            }
          }
          while (i < n) {
            c = bytes[i];
            if (c === SEP || c === LF || c === CR) break;
            i++;
          }
          if (i >= n && !final) return recordStart;
          end = i;
        }
        if (headerCells !== null) {
          let name = bytes.toString('utf8', start, end);
          if (escaped) name = name.replaceAll('""', '"');
          headerCells.push(name);
        } else if (field < this.columns.length) {
          this.cell(this.columns[field], bytes, start, end, escaped);
        }
        field++;
        if (i >= n) break;
        c = bytes[i];
        if (c === SEP) {
          i++;
          // A comma that ends the input still opens one last, empty field.
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) return recordStart;
          i += bytes[i + 1] === LF ? 2 : 1;
        } else {
          i++;
        }
        break;
      }
      if (headerCells !== null) this.acceptHeader(headerCells);
      else this.acceptRecord(field);
      this.line += 1 + this.breaksInRecord;
    }
  }

  private cell(
    column: CsvColumnBuilder,
    bytes: Buffer,
    start: number,
    end: number,
    escaped: boolean,
  ): void {
    const row = this.rowCount;
    if (
      !escaped &&
      (isMissingCellBytes(bytes, start, end) ||
        (this.markers.size > 0 && this.markers.matches(bytes, start, end)))
    ) {
      column.setMissing(row);
      return;
    }
    // A cell with an escaped quote is text; 1e999 overflows to Infinity as in pandas.
    let value = escaped || !column.readsNumbers ? NaN : parseNumberCell(bytes, start, end);
    // In a file not separated by commas, a comma in a number is its decimal point.
    if (value !== value && this.delimiter !== COMMA && !escaped && column.readsNumbers) {
      value = parseDecimalCommaCell(bytes, start, end);
    }
    if (column.kind === 'numeric') {
      if (value === value) {
        column.setNumber(row, value);
        return;
      }
      const text = this.text(bytes, start, end, escaped);
      if (column.forcedNumeric) {
        throw new InputError(
          `${this.source}: row ${row + 1} (line ${this.line}), column "${column.name}": ` +
            `${JSON.stringify(text)} is not a number; the column was declared numeric.`,
        );
      }
      column.setNonNumber(row, text);
      return;
    }
    if (value === value) column.numberLabels++;
    if (escaped) column.setLabel(row, this.text(bytes, start, end, escaped));
    else column.setLabelBytes(row, bytes, start, end);
  }

  private text(bytes: Buffer, start: number, end: number, escaped: boolean): string {
    const text = bytes.toString('utf8', start, end);
    return escaped ? text.replaceAll('""', '"') : text;
  }

  private acceptRecord(fields: number): void {
    if (fields !== this.columns.length) {
      throw new InputError(
        `${this.source}: row ${this.rowCount + 1} (line ${this.line}) has ${fields} field${fields === 1 ? '' : 's'}, ` +
          `expected ${this.columns.length} as in the header.`,
      );
    }
    this.rowCount++;
  }

  private acceptHeader(cells: string[]): void {
    const positions = new Map<string, number>();
    const names = cells.map((cell, index) => {
      // pandas names a blank header cell (the index column of `to_csv()`) this way.
      const name = cell === '' ? `Unnamed: ${index}` : cell;
      const earlier = positions.get(name);
      if (earlier !== undefined) {
        throw new InputError(
          `${this.source}: column name "${name}" appears twice in the header, at columns ` +
            `${earlier + 1} and ${index + 1}; expected unique names.`,
        );
      }
      positions.set(name, index);
      return name;
    });
    for (const [option, listed] of [
      ['categorical', this.forcedCategorical],
      ['numeric', this.forcedNumeric],
    ] as const) {
      for (const name of listed) {
        if (!positions.has(name)) {
          throw new InputError(
            `${this.source}: the ${option} option names column "${name}", which is not in the header; ` +
              `expected one of ${names.map((x) => `"${x}"`).join(', ')}.`,
          );
        }
      }
    }
    this.header = names;
    this.columns = names.map(
      (name) => new CsvColumnBuilder(name, this.capacity, this.readingOf(name)),
    );
  }

  private readingOf(name: string): ColumnReading {
    if (this.forcedCategorical.has(name)) return 'categorical';
    if (this.forcedNumeric.has(name)) return 'numeric';
    return this.labels.has(name) ? 'labels' : 'auto';
  }

  private grow(bytesSoFar: number): void {
    let capacity = this.capacity * 2;
    if (this.expectedBytes > 0 && bytesSoFar > 0) {
      // The rows so far tell the bytes per row; size for the whole input plus 5%.
      const estimate = Math.ceil((this.expectedBytes / bytesSoFar) * this.rowCount * 1.05);
      capacity = Math.max(capacity, estimate);
    }
    for (const column of this.columns) column.grow(capacity);
    this.capacity = capacity;
  }

  private where(field: number, headerCells: string[] | null): string {
    if (headerCells !== null) return `header (line ${this.line}), column ${field + 1}`;
    const name = this.columns[field]?.name;
    return `row ${this.rowCount + 1} (line ${this.line}), column ${name === undefined ? field + 1 : `"${name}"`}`;
  }

  private failUnterminated(field: number, headerCells: string[] | null): never {
    throw new InputError(
      `${this.source}: ${this.where(field, headerCells)}: a quoted field is never closed; ` +
        `expected a closing '"' (unterminated quote).`,
    );
  }

  private failAfterQuote(field: number, headerCells: string[] | null, byte: number): never {
    throw new InputError(
      `${this.source}: ${this.where(field, headerCells)}: unexpected ${JSON.stringify(String.fromCharCode(byte))} ` +
        `after a closing quote; expected ${JSON.stringify(String.fromCharCode(this.delimiter ?? COMMA))} or the end of the line (write "" for a quote inside a quoted field).`,
    );
  }
}
