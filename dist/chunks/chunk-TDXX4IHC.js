import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-GZRH5NJH.js";

// src/data/parse-baseline-metrics.ts
import { readFile } from "node:fs/promises";

// src/data/file-input-error.ts
function fileInputError(path, error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return new InputError(`${path}: file not found; expected an existing file.`);
    case "EACCES":
    case "EPERM":
      return new InputError(`${path}: permission denied; expected a readable file.`);
    case "EISDIR":
      return new InputError(`${path}: is a directory; expected a file.`);
    default:
      return error;
  }
}

// src/data/parse-baseline-metrics.ts
var ALLOWED_KEYS = ["r2", "rmse", "mae", "accuracy"];
var RULES = {
  r2: { ok: (x) => x <= 1, expected: "a finite number at most 1" },
  rmse: { ok: (x) => x >= 0, expected: "a finite number >= 0" },
  mae: { ok: (x) => x >= 0, expected: "a finite number >= 0" },
  accuracy: { ok: (x) => x >= 0 && x <= 1, expected: "a number between 0 and 1" }
};
function parseBaselineMetrics(text, source = "baseline metrics") {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source}: not valid JSON (${error.message}); expected an object such as {"r2": 0.87, "rmse": 4.2}.`
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError(
      `${source}: ${JSON.stringify(data)} is not a JSON object; expected an object such as {"r2": 0.87, "rmse": 4.2}.`
    );
  }
  const metrics = {};
  for (const [key, value] of Object.entries(data)) {
    if (!ALLOWED_KEYS.includes(key)) {
      throw new InputError(
        `${source}: unknown metric "${key}"; expected only ${ALLOWED_KEYS.join(", ")}.`
      );
    }
    const name = key;
    const rule = RULES[name];
    if (typeof value !== "number" || !Number.isFinite(value) || !rule.ok(value)) {
      throw new InputError(
        `${source}: "${name}" is ${JSON.stringify(value)}; expected ${rule.expected}.`
      );
    }
    metrics[name] = value;
  }
  return metrics;
}
async function loadBaselineMetrics(valueOrPath) {
  const trimmed = valueOrPath.trim();
  if (trimmed.startsWith("{")) return parseBaselineMetrics(trimmed);
  let text;
  try {
    text = await readFile(trimmed, "utf8");
  } catch (error) {
    throw fileInputError(trimmed, error);
  }
  return parseBaselineMetrics(text, trimmed);
}

// src/data/load-csv.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { open as open2 } from "node:fs/promises";
import { createGunzip } from "node:zlib";

// src/data/csv-column-builder.ts
var CsvColumnBuilder = class {
  name;
  /** Set by the `categorical` option: every cell is a label, numbers included. */
  forcedCategorical;
  /** Set by the `numeric` option: a non-number cell is an error instead of a switch. */
  forcedNumeric;
  kind;
  values;
  codes;
  categories = [];
  /** True when the column turned categorical after holding numbers. */
  lostNumbers = false;
  codeOf = /* @__PURE__ */ new Map();
  /** Whether any cell so far was a number (written by the parser's fast path too). */
  sawNumber = false;
  /**
   * @param sharedValues where to write numbers instead of a buffer of its own: a view of
   *   `capacity` rows of a shared buffer, when parts of one file are parsed in parallel.
   */
  constructor(name, capacity, forcedCategorical, forcedNumeric, sharedValues) {
    this.name = name;
    this.forcedCategorical = forcedCategorical;
    this.forcedNumeric = forcedNumeric;
    this.kind = forcedCategorical ? "categorical" : "numeric";
    this.values = forcedCategorical ? new Float64Array(0) : sharedValues ?? new Float64Array(capacity);
    this.codes = forcedCategorical ? new Int32Array(capacity) : new Int32Array(0);
  }
  setNumber(row, value) {
    this.values[row] = value;
    this.sawNumber = true;
  }
  setMissing(row) {
    if (this.kind === "numeric") this.values[row] = NaN;
    else this.codes[row] = -1;
  }
  setLabel(row, label) {
    let code = this.codeOf.get(label);
    if (code === void 0) {
      code = this.categories.length;
      this.categories.push(label);
      this.codeOf.set(label, code);
    }
    this.codes[row] = code;
  }
  /** Switches a numeric column to categorical; rows before `row` become missing. */
  becomeCategorical(row) {
    this.kind = "categorical";
    this.lostNumbers = this.sawNumber;
    this.codes = new Int32Array(this.values.length);
    this.codes.fill(-1, 0, row);
    this.values = new Float64Array(0);
  }
  grow(capacity) {
    if (this.kind === "numeric") {
      const values = new Float64Array(capacity);
      values.set(this.values);
      this.values = values;
    } else {
      const codes = new Int32Array(capacity);
      codes.set(this.codes);
      this.codes = codes;
    }
  }
  /**
   * The finished column of `rowCount` rows. With `keepCapacity` the values stay a view
   * of the whole buffer, whose spare room the merge of file parts fills in place.
   */
  finish(rowCount, keepCapacity = false) {
    const trim = (array) => !keepCapacity && array.length > rowCount * 1.1 ? array.slice(0, rowCount) : array.subarray(0, rowCount);
    if (this.kind === "numeric") {
      const values = trim(this.values);
      let missing2 = 0;
      for (let i = 0; i < rowCount; i++) if (values[i] !== values[i]) missing2++;
      return { kind: "numeric", name: this.name, values, missing: missing2 };
    }
    const codes = trim(this.codes);
    let missing = 0;
    for (let i = 0; i < rowCount; i++) if (codes[i] < 0) missing++;
    return { kind: "categorical", name: this.name, codes, categories: this.categories, missing };
  }
};

// src/data/missing-cell.ts
function isMissingCellText(text) {
  return text === "" || text === "NA" || text === "NaN" || text === "null" || text === "None";
}
var N = 78;
var A = 65;
var a = 97;
var u = 117;
var l = 108;
var n = 110;
var o = 111;
var e = 101;
function isMissingCellBytes(bytes, start, end) {
  const length = end - start;
  if (length === 0) return true;
  if (length === 2) return bytes[start] === N && bytes[start + 1] === A;
  if (length === 3) {
    return bytes[start] === N && bytes[start + 1] === a && bytes[start + 2] === N;
  }
  if (length === 4) {
    const first = bytes[start];
    if (first === n) {
      return bytes[start + 1] === u && bytes[start + 2] === l && bytes[start + 3] === l;
    }
    if (first === N) {
      return bytes[start + 1] === o && bytes[start + 2] === n && bytes[start + 3] === e;
    }
  }
  return false;
}

// src/data/parse-decimal.ts
function parseDecimal(bytes, start, end) {
  let i = start;
  if (i >= end) return NaN;
  let negative = false;
  let c = bytes[i];
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let exponent = 0;
  for (; i < end; i++) {
    c = bytes[i] - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
    if (mantissa !== 0) significant++;
  }
  if (i < end && bytes[i] === 46) {
    for (i++; i < end; i++) {
      c = bytes[i] - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      if (mantissa !== 0) significant++;
      exponent--;
    }
  }
  if (digits === 0) return NaN;
  if (i < end && (bytes[i] | 32) === 101) {
    i++;
    let exponentNegative = false;
    if (i < end && (bytes[i] === 45 || bytes[i] === 43)) {
      exponentNegative = bytes[i] === 45;
      i++;
    }
    let written = 0;
    let value = 0;
    for (; i < end; i++) {
      c = bytes[i] - 48;
      if (c < 0 || c > 9) break;
      if (value < 1e5) value = value * 10 + c;
      written++;
    }
    if (written === 0) return NaN;
    exponent += exponentNegative ? -value : value;
  }
  if (i !== end) return NaN;
  if (significant <= 15 && exponent >= -22 && exponent <= 22) {
    const magnitude = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
    return negative ? -magnitude : magnitude;
  }
  let text = "";
  for (let k = start; k < end; k++) text += String.fromCharCode(bytes[k]);
  return Number(text);
}
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

// src/data/csv-stream-parser.ts
var COMMA = 44;
var QUOTE = 34;
var LF = 10;
var CR = 13;
var INITIAL_CAPACITY = 1024;
var POWERS_OF_TEN2 = new Float64Array(23).map((_, k) => Number(`1e${k}`));
var CsvStreamParser = class {
  source;
  forcedCategorical;
  forcedNumeric;
  expectedBytes;
  pending = null;
  startOfInput = true;
  consumed = 0;
  /** Physical line (1-based) where the next record starts. */
  line = 1;
  header = null;
  columns = [];
  rowCount = 0;
  capacity = INITIAL_CAPACITY;
  /** Line breaks seen inside quoted fields of the record being parsed. */
  breaksInRecord = 0;
  isPart;
  shared;
  /** Whether any field was quoted: a part boundary is only known to be safe if not. */
  sawQuotedField = false;
  constructor(settings) {
    this.source = settings.source;
    this.forcedCategorical = new Set(settings.categorical ?? []);
    this.forcedNumeric = new Set(settings.numeric ?? []);
    this.expectedBytes = settings.expectedBytes ?? 0;
    for (const name of this.forcedCategorical) {
      if (this.forcedNumeric.has(name)) {
        throw new InputError(
          `${this.source}: column "${name}" is listed as both categorical and numeric; expected one of them.`
        );
      }
    }
    this.isPart = settings.header !== void 0;
    this.shared = settings.shared;
    if (this.shared !== void 0) this.capacity = this.shared.rowCount;
    if (settings.header !== void 0) {
      this.startOfInput = false;
      this.acceptHeader([...settings.header]);
    }
  }
  /** Column names, once the header has been read; `null` before. */
  get columnNames() {
    return this.header;
  }
  /** Parses every complete record in `chunk` and keeps the incomplete tail for later. */
  write(chunk) {
    if (chunk.length === 0) return;
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.pending !== null) bytes = Buffer.concat([this.pending, bytes]);
    this.pending = null;
    if (this.startOfInput) {
      if (bytes.length < 3) {
        this.pending = bytes;
        return;
      }
      this.startOfInput = false;
      if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
    }
    const used = this.parse(bytes, false);
    this.consumed += used;
    if (used < bytes.length) this.pending = Buffer.from(bytes.subarray(used));
  }
  /** Parses what is left and returns the table. */
  end() {
    let bytes = this.pending ?? Buffer.alloc(0);
    this.pending = null;
    if (this.startOfInput && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
      bytes = bytes.subarray(3);
    }
    this.parse(bytes, true);
    if (this.header === null) {
      throw new InputError(
        `${this.source}: the file is empty; expected a header row and data rows.`
      );
    }
    if (this.rowCount === 0 && !this.isPart) {
      throw new InputError(
        `${this.source}: the header has no data rows below it; expected at least one row.`
      );
    }
    const columns = this.columns.map((column) => column.finish(this.rowCount, this.isPart));
    return {
      table: { source: this.source, rowCount: this.rowCount, columns },
      columnsToReparse: this.columns.filter((c) => c.lostNumbers).map((c) => c.name)
    };
  }
  /**
   * Parses records from `bytes` and returns how many bytes were used: all of them when
   * `final`, else up to the start of the first record that is not complete yet.
   */
  parse(bytes, final) {
    const n2 = bytes.length;
    let i = 0;
    for (; ; ) {
      const recordStart = i;
      if (i >= n2) return n2;
      let c = bytes[i];
      if (c === LF || c === CR) {
        if (c === CR && i + 1 >= n2 && !final) return recordStart;
        i += c === CR && bytes[i + 1] === LF ? 2 : 1;
        this.line++;
        continue;
      }
      if (this.header !== null && this.rowCount === this.capacity) this.grow(this.consumed + i);
      const headerCells = this.header === null ? [] : null;
      this.breaksInRecord = 0;
      let field = 0;
      for (; ; ) {
        let start = i;
        let end;
        let escaped = false;
        if (i < n2 && bytes[i] === QUOTE) {
          this.sawQuotedField = true;
          let j = i + 1;
          for (; ; ) {
            j = bytes.indexOf(QUOTE, j);
            if (j < 0 || j + 1 >= n2 && !final) {
              if (!final) return recordStart;
              this.failUnterminated(field, headerCells);
            }
            if (j + 1 < n2 && bytes[j + 1] === QUOTE) {
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
            if (b === LF || b === CR && bytes[k + 1] !== LF) this.breaksInRecord++;
          }
          i = j + 1;
          if (i < n2) {
            c = bytes[i];
            if (c !== COMMA && c !== LF && c !== CR) this.failAfterQuote(field, headerCells, c);
          }
        } else {
          let negative = false;
          c = i < n2 ? bytes[i] : 0;
          if (c === 45 || c === 43) {
            negative = c === 45;
            i++;
          }
          let mantissa = 0;
          const integerStart = i;
          while (i < n2) {
            c = bytes[i] - 48;
            if (c < 0 || c > 9) break;
            mantissa = mantissa * 10 + c;
            i++;
          }
          let digits = i - integerStart;
          let scale = 0;
          if (i < n2 && bytes[i] === 46) {
            const fractionStart = ++i;
            while (i < n2) {
              c = bytes[i] - 48;
              if (c < 0 || c > 9) break;
              mantissa = mantissa * 10 + c;
              i++;
            }
            scale = i - fractionStart;
            digits += scale;
          }
          c = i < n2 ? bytes[i] : COMMA;
          if (digits > 0 && digits <= 15 && (c === COMMA || c === LF || c === CR) && (i < n2 || final) && headerCells === null && field < this.columns.length) {
            const column = this.columns[field];
            if (column.kind === "numeric") {
              const magnitude = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN2[scale];
              column.values[this.rowCount] = negative ? -magnitude : magnitude;
              column.sawNumber = true;
              field++;
              if (i >= n2) break;
              if (c === COMMA) {
                i++;
                continue;
              }
              if (c === CR) {
                if (i + 1 >= n2 && !final) return recordStart;
                i += bytes[i + 1] === LF ? 2 : 1;
              } else {
                i++;
              }
              break;
            }
          }
          while (i < n2) {
            c = bytes[i];
            if (c === COMMA || c === LF || c === CR) break;
            i++;
          }
          if (i >= n2 && !final) return recordStart;
          end = i;
        }
        if (headerCells !== null) {
          let name = bytes.toString("utf8", start, end);
          if (escaped) name = name.replaceAll('""', '"');
          headerCells.push(name);
        } else if (field < this.columns.length) {
          this.cell(this.columns[field], bytes, start, end, escaped);
        }
        field++;
        if (i >= n2) break;
        c = bytes[i];
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n2 && !final) return recordStart;
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
  cell(column, bytes, start, end, escaped) {
    const row = this.rowCount;
    if (!escaped && isMissingCellBytes(bytes, start, end)) {
      column.setMissing(row);
      return;
    }
    if (column.kind === "numeric") {
      const value = escaped ? NaN : parseDecimal(bytes, start, end);
      if (value - value === 0) {
        column.setNumber(row, value);
        return;
      }
      const text = this.text(bytes, start, end, escaped);
      if (column.forcedNumeric) {
        throw new InputError(
          `${this.source}: row ${row + 1} (line ${this.line}), column "${column.name}": ${JSON.stringify(text)} is not a finite number; the column was declared numeric.`
        );
      }
      column.becomeCategorical(row);
    }
    column.setLabel(row, this.text(bytes, start, end, escaped));
  }
  text(bytes, start, end, escaped) {
    const text = bytes.toString("utf8", start, end);
    return escaped ? text.replaceAll('""', '"') : text;
  }
  acceptRecord(fields) {
    if (fields !== this.columns.length) {
      throw new InputError(
        `${this.source}: row ${this.rowCount + 1} (line ${this.line}) has ${fields} field${fields === 1 ? "" : "s"}, expected ${this.columns.length} as in the header.`
      );
    }
    this.rowCount++;
  }
  acceptHeader(cells) {
    const positions = /* @__PURE__ */ new Map();
    const names = cells.map((cell, index) => {
      const name = cell === "" ? `Unnamed: ${index}` : cell;
      const earlier = positions.get(name);
      if (earlier !== void 0) {
        throw new InputError(
          `${this.source}: column name "${name}" appears twice in the header, at columns ${earlier + 1} and ${index + 1}; expected unique names.`
        );
      }
      positions.set(name, index);
      return name;
    });
    for (const [option, listed] of [
      ["categorical", this.forcedCategorical],
      ["numeric", this.forcedNumeric]
    ]) {
      for (const name of listed) {
        if (!positions.has(name)) {
          throw new InputError(
            `${this.source}: the ${option} option names column "${name}", which is not in the header; expected one of ${names.map((x) => `"${x}"`).join(", ")}.`
          );
        }
      }
    }
    this.header = names;
    this.columns = names.map(
      (name, index) => new CsvColumnBuilder(
        name,
        this.capacity,
        this.forcedCategorical.has(name),
        this.forcedNumeric.has(name),
        this.sharedValues(index)
      )
    );
  }
  sharedValues(index) {
    const buffer = this.shared?.buffers[index];
    if (this.shared === void 0 || buffer === null || buffer === void 0) return void 0;
    return new Float64Array(buffer, this.shared.rowBase * 8, this.shared.rowCount);
  }
  grow(bytesSoFar) {
    if (this.shared !== void 0) {
      throw new Error(
        `${this.source}: part has more than the ${this.shared.rowCount} rows counted.`
      );
    }
    let capacity = this.capacity * 2;
    if (this.expectedBytes > 0 && bytesSoFar > 0) {
      const estimate = Math.ceil(this.expectedBytes / bytesSoFar * this.rowCount * 1.05);
      capacity = Math.max(capacity, estimate);
    }
    for (const column of this.columns) column.grow(capacity);
    this.capacity = capacity;
  }
  where(field, headerCells) {
    if (headerCells !== null) return `header (line ${this.line}), column ${field + 1}`;
    const name = this.columns[field]?.name;
    return `row ${this.rowCount + 1} (line ${this.line}), column ${name === void 0 ? field + 1 : `"${name}"`}`;
  }
  failUnterminated(field, headerCells) {
    throw new InputError(
      `${this.source}: ${this.where(field, headerCells)}: a quoted field is never closed; expected a closing '"' (unterminated quote).`
    );
  }
  failAfterQuote(field, headerCells, byte) {
    throw new InputError(
      `${this.source}: ${this.where(field, headerCells)}: unexpected ${JSON.stringify(String.fromCharCode(byte))} after a closing quote; expected ',' or the end of the line (write "" for a quote inside a quoted field).`
    );
  }
};

// src/data/csv-worker-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function workerScript() {
  const candidates = import.meta.url.endsWith(".ts") ? ["./csv-worker.ts"] : ["./csv-worker.js", "../csv-worker.js"];
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}
var CsvWorkerPool = class {
  size = Math.max(1, Math.min(availableParallelism(), 4));
  idle = [];
  queue = [];
  started = 0;
  script = workerScript();
  get available() {
    return this.script !== null && this.size > 1;
  }
  get parallelism() {
    return this.size;
  }
  /** Runs `request` on the next free worker; the result type follows the request kind. */
  run(request) {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }
  dispatch() {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (worker === void 0) {
        if (this.started >= this.size || this.script === null) return;
        worker = new Worker(this.script);
        worker.unref();
        this.started++;
      }
      this.runOn(worker, this.queue.shift());
    }
  }
  runOn(worker, job) {
    const onMessage = (reply) => {
      worker.off("error", onError);
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(reply.message));
    };
    const onError = (error) => {
      worker.off("message", onMessage);
      this.started--;
      this.dispatch();
      job.reject(error);
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.ref();
    worker.postMessage(job.request);
  }
};
var csvWorkerPool = new CsvWorkerPool();

// src/data/load-csv-in-parts.ts
import { open } from "node:fs/promises";

// src/data/csv-file-part.ts
import { createReadStream } from "node:fs";
var CHUNK_BYTES = 1 << 20;
async function countCsvRange(range) {
  let lineBreaks = 0;
  let hasQuote = false;
  let last = -1;
  if (range.end > range.start) {
    const stream = createReadStream(range.path, {
      start: range.start,
      end: range.end - 1,
      highWaterMark: CHUNK_BYTES
    });
    for await (const chunk of stream) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lineBreaks++;
      hasQuote ||= chunk.includes(34);
      last = chunk[chunk.length - 1];
    }
  }
  return { lineBreaks, endsWithLineBreak: last === 10, hasQuote };
}
async function parseCsvFilePart(task) {
  const parser = new CsvStreamParser({
    source: task.path,
    header: task.header,
    categorical: task.categorical,
    numeric: task.numeric,
    shared: task.shared
  });
  if (task.end > task.start) {
    const stream = createReadStream(task.path, {
      start: task.start,
      end: task.end - 1,
      highWaterMark: CHUNK_BYTES
    });
    for await (const chunk of stream) parser.write(chunk);
  }
  return parser.end();
}

// src/data/merge-csv-parts.ts
function mergeCsvParts(source, parts, reparse) {
  const rowCount = parts.reduce((sum, part) => sum + part.rowCount, 0);
  const names = parts[0].columns.map((column) => column.name);
  const lost = names.filter((name, j) => {
    if (reparse.has(name)) return true;
    const columns2 = parts.map((part) => part.columns[j]);
    const anyCategorical = columns2.some((column) => column.kind === "categorical");
    return anyCategorical && columns2.some((column, k) => column.kind === "numeric" && column.missing < parts[k].rowCount);
  });
  if (lost.length > 0) return { columnsToReparse: lost };
  const columns = names.map((name, j) => {
    const column = mergeColumn(
      name,
      parts.map((part) => part.columns[j]),
      rowCount
    );
    for (const part of parts) part.columns[j] = column;
    return column;
  });
  return { table: { source, rowCount, columns } };
}
function mergeColumn(name, columns, rowCount) {
  const missing = columns.reduce((sum, column) => sum + column.missing, 0);
  if (columns.every((column) => column.kind === "numeric")) {
    const values = extend(columns[0].values, rowCount);
    let offset2 = columns[0].values.length;
    for (const column of columns.slice(1)) {
      const inPlace = column.values.buffer === values.buffer && column.values.byteOffset === values.byteOffset + offset2 * 8;
      if (!inPlace) values.set(column.values, offset2);
      offset2 += column.values.length;
    }
    return { kind: "numeric", name, values, missing };
  }
  const first = columns[0];
  const codes = first.kind === "categorical" ? extend(first.codes, rowCount) : new Int32Array(rowCount);
  const categories = [];
  const codeOf = /* @__PURE__ */ new Map();
  let offset = 0;
  for (const column of columns) {
    if (column === first && first.kind === "categorical") {
      first.categories.forEach((label, code) => codeOf.set(label, code));
      categories.push(...first.categories);
      offset += first.codes.length;
      continue;
    }
    if (column.kind === "numeric") {
      codes.fill(-1, offset, offset + column.values.length);
      offset += column.values.length;
      continue;
    }
    const renumber = column.categories.map((label) => {
      let code = codeOf.get(label);
      if (code === void 0) {
        code = categories.length;
        categories.push(label);
        codeOf.set(label, code);
      }
      return code;
    });
    for (let i = 0; i < column.codes.length; i++) {
      const code = column.codes[i];
      codes[offset + i] = code < 0 ? -1 : renumber[code];
    }
    offset += column.codes.length;
  }
  return { kind: "categorical", name, codes, categories, missing };
}
function extend(array, length) {
  const room = (array.buffer.byteLength - array.byteOffset) / array.BYTES_PER_ELEMENT;
  if (room >= length) {
    const Constructor2 = array.constructor;
    return new Constructor2(array.buffer, array.byteOffset, length);
  }
  const Constructor = array.constructor;
  const grown = new Constructor(length);
  grown.set(array);
  return grown;
}

// src/data/load-csv-in-parts.ts
var inThisThread = { count: countCsvRange, parse: parseCsvFilePart };
var WINDOW_BYTES = 1 << 16;
var HEADER_BYTES = 1 << 20;
async function loadCsvInParts(path, options, partCount, runner = inThisThread) {
  const source = options.source ?? path;
  const handle = await open(path, "r");
  let header;
  const bounds = [];
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(Math.min(size, HEADER_BYTES));
    await handle.read(head, 0, head.length, 0);
    const headerEnd = head.indexOf(10) + 1;
    if (headerEnd <= 0 || headerEnd >= size || head.subarray(0, headerEnd).includes(34)) {
      return null;
    }
    const parser = new CsvStreamParser({
      source,
      categorical: options.categorical,
      numeric: options.numeric
    });
    parser.write(head.subarray(0, headerEnd));
    if (parser.columnNames === null) return null;
    header = parser.columnNames;
    bounds.push(headerEnd);
    const window = Buffer.alloc(WINDOW_BYTES);
    for (let k = 1; k < partCount; k++) {
      const target = headerEnd + Math.floor((size - headerEnd) * k / partCount);
      if (target <= bounds[bounds.length - 1]) continue;
      const { bytesRead } = await handle.read(window, 0, WINDOW_BYTES, target);
      const newline = window.subarray(0, bytesRead).indexOf(10);
      if (newline >= 0 && target + newline + 1 < size) bounds.push(target + newline + 1);
    }
    bounds.push(size);
  } finally {
    await handle.close();
  }
  const ranges = bounds.slice(1).map((end, k) => ({ path, start: bounds[k], end }));
  let counts;
  try {
    counts = await Promise.all(ranges.map((range) => runner.count(range)));
  } catch {
    return null;
  }
  if (counts.some((count) => count.hasQuote)) return null;
  const rowCounts = counts.map((count) => count.lineBreaks + (count.endsWithLineBreak ? 0 : 1));
  return parseRanges(source, header, ranges, rowCounts, options, runner, /* @__PURE__ */ new Set());
}
async function parseRanges(source, header, ranges, rowCounts, options, runner, forcedCategorical) {
  const categorical = [...options.categorical ?? [], ...forcedCategorical];
  const totalRows = rowCounts.reduce((sum, rows) => sum + rows, 0);
  if (totalRows === 0) return null;
  const buffers = header.map(
    (name) => categorical.includes(name) ? null : new SharedArrayBuffer(totalRows * 8)
  );
  let rowBase = 0;
  const tasks = ranges.map((range, k) => {
    const task = {
      ...range,
      header,
      categorical,
      numeric: options.numeric,
      shared: { buffers, rowBase, rowCount: rowCounts[k] }
    };
    rowBase += rowCounts[k];
    return task;
  });
  let results;
  try {
    results = await Promise.all(tasks.map((task) => runner.parse(task)));
  } catch {
    return null;
  }
  if (results.some((result, k) => result.table.rowCount !== rowCounts[k])) return null;
  const merged = mergeCsvParts(
    source,
    results.map((result) => result.table),
    new Set(results.flatMap((result) => result.columnsToReparse))
  );
  if ("table" in merged) return merged.table;
  const next = /* @__PURE__ */ new Set([...forcedCategorical, ...merged.columnsToReparse]);
  return parseRanges(source, header, ranges, rowCounts, options, runner, next);
}

// src/data/load-csv.ts
var CHUNK_BYTES2 = 1 << 20;
var PARALLEL_MIN_BYTES = 16 << 20;
async function loadCsv(path, options = {}) {
  const threads = Math.min(options.threads ?? 1, csvWorkerPool.parallelism);
  if (threads > 1 && csvWorkerPool.available && options.onProgress === void 0) {
    const size = await fileSize(path);
    if (size >= PARALLEL_MIN_BYTES && !await isGzip(path)) {
      const table = await loadCsvInParts(path, options, threads, {
        count: (range) => csvWorkerPool.run({ kind: "count", range }),
        parse: (task) => csvWorkerPool.run({ kind: "parse", task })
      });
      if (table !== null) return table;
    }
  }
  const first = await loadCsvOnce(path, options, options.categorical);
  if (first.columnsToReparse.length === 0) return first.table;
  const categorical = [...options.categorical ?? [], ...first.columnsToReparse];
  return (await loadCsvOnce(path, options, categorical)).table;
}
async function loadCsvOnce(path, options, categorical) {
  const source = options.source ?? path;
  const totalBytes = await fileSize(path);
  const gzip = await isGzip(path);
  const parser = new CsvStreamParser({
    source,
    categorical,
    numeric: options.numeric,
    // Compressed size says little about row count; let the columns double instead.
    expectedBytes: gzip ? void 0 : totalBytes
  });
  const file = createReadStream2(path, { highWaterMark: CHUNK_BYTES2 });
  const chunks = gzip ? file.pipe(createGunzip({ chunkSize: CHUNK_BYTES2 })) : file;
  if (gzip) file.on("error", (error) => chunks.destroy(error));
  try {
    for await (const chunk of chunks) {
      parser.write(chunk);
      options.onProgress?.(file.bytesRead, totalBytes);
    }
  } catch (error) {
    file.destroy();
    if (error instanceof InputError) throw error;
    if (error.code?.startsWith("Z_")) {
      throw new InputError(
        `${source}: the gzip data is corrupt (${error.message}); expected a valid .gz file.`
      );
    }
    throw fileInputError(path, error);
  }
  return parser.end();
}
async function fileSize(path) {
  try {
    const handle = await open2(path, "r");
    try {
      return (await handle.stat()).size;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileInputError(path, error);
  }
}
async function isGzip(path) {
  try {
    const handle = await open2(path, "r");
    try {
      const magic = Buffer.alloc(2);
      await handle.read(magic, 0, 2, 0);
      return magic[0] === 31 && magic[1] === 139;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileInputError(path, error);
  }
}

// src/data/load-number-array.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/data/parse-csv.ts
function parseCsv(input, options = {}) {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const source = options.source ?? "csv";
  const run = (categorical) => {
    const parser = new CsvStreamParser({ source, categorical, numeric: options.numeric });
    parser.write(bytes);
    return parser.end();
  };
  const first = run(options.categorical);
  if (first.columnsToReparse.length === 0) return first.table;
  return run([...options.categorical ?? [], ...first.columnsToReparse]).table;
}

// src/data/parse-npy.ts
var ITEM_SIZES = { f8: 8, f4: 4, i8: 8, i4: 4, i2: 2, u1: 1, b1: 1 };
var SUPPORTED_NPY_DTYPES = [
  "<f8",
  ">f8",
  "<f4",
  ">f4",
  "<i8",
  ">i8",
  "<i4",
  ">i4",
  "<i2",
  ">i2",
  "|u1",
  "|b1"
];
var MAGIC = [147, 78, 85, 77, 80, 89];
function parseNpy(bytes, source) {
  if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw new InputError(
      `${source}: not a .npy file (the first bytes are not the magic "\\x93NUMPY"); expected a file written by numpy.save.`
    );
  }
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerStart;
  let headerLength;
  if (major === 1) {
    headerStart = 10;
    headerLength = view.getUint16(8, true);
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw truncated(source);
    headerStart = 12;
    headerLength = view.getUint32(8, true);
  } else {
    throw new InputError(
      `${source}: .npy format version ${major}.${bytes[7]} is not supported; expected 1.0, 2.0 or 3.0.`
    );
  }
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) throw truncated(source);
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(
    bytes.subarray(headerStart, dataStart)
  );
  const { descr, fortranOrder, shape } = parseHeader(header, source);
  const match = /^([<>|=])([a-z]\d+)$/.exec(descr);
  const code = match?.[2];
  if (match === null || code === void 0 || !(code in ITEM_SIZES)) {
    throw new InputError(
      `${source}: dtype '${descr}' is not supported; expected one of ${SUPPORTED_NPY_DTYPES.join(", ")}.`
    );
  }
  const typeCode = code;
  const littleEndian = match[1] !== ">";
  let length;
  if (shape.length === 1) length = shape[0];
  else if (shape.length === 2 && (shape[1] === 1 || shape[0] === 1)) length = shape[0] * shape[1];
  else {
    throw new InputError(
      `${source}: array shape (${shape.join(", ")}) is not a vector; expected (n,), (n, 1) or (1, n).`
    );
  }
  void fortranOrder;
  const itemSize = ITEM_SIZES[typeCode];
  const expectedBytes = length * itemSize;
  const actualBytes = bytes.length - dataStart;
  if (actualBytes !== expectedBytes) {
    throw new InputError(
      `${source}: the data holds ${actualBytes} bytes, expected ${expectedBytes} for shape (${shape.join(", ")}) of '${descr}' (${itemSize} bytes each); the file is truncated or corrupt.`
    );
  }
  const out = new Float64Array(length);
  const at = (i) => dataStart + i * itemSize;
  switch (typeCode) {
    case "f8":
      for (let i = 0; i < length; i++) out[i] = view.getFloat64(at(i), littleEndian);
      break;
    case "f4":
      for (let i = 0; i < length; i++) out[i] = view.getFloat32(at(i), littleEndian);
      break;
    case "i8":
      for (let i = 0; i < length; i++) out[i] = Number(view.getBigInt64(at(i), littleEndian));
      break;
    case "i4":
      for (let i = 0; i < length; i++) out[i] = view.getInt32(at(i), littleEndian);
      break;
    case "i2":
      for (let i = 0; i < length; i++) out[i] = view.getInt16(at(i), littleEndian);
      break;
    case "u1":
      for (let i = 0; i < length; i++) out[i] = bytes[at(i)];
      break;
    case "b1":
      for (let i = 0; i < length; i++) out[i] = bytes[at(i)] === 0 ? 0 : 1;
      break;
  }
  return out;
}
function truncated(source) {
  return new InputError(`${source}: the .npy header is truncated; expected a complete file.`);
}
function parseHeader(header, source) {
  const corrupt = (why) => new InputError(
    `${source}: the .npy header ${JSON.stringify(header.trim())} cannot be read (${why}); expected a dict with 'descr', 'fortran_order' and 'shape'.`
  );
  const body = /^\s*\{(.*)\}\s*$/s.exec(header)?.[1];
  if (body === void 0) throw corrupt("not a dict literal");
  const entry = /\s*'(\w+)'\s*:\s*('[^']*'|True|False|\([^)]*\))\s*(?:,|$)/y;
  const values = /* @__PURE__ */ new Map();
  let offset = 0;
  while (body.slice(offset).trim() !== "") {
    entry.lastIndex = offset;
    const found = entry.exec(body);
    if (found === null)
      throw corrupt(`unexpected text at ${JSON.stringify(body.slice(offset, offset + 20))}`);
    values.set(found[1], found[2]);
    offset = entry.lastIndex;
  }
  const descr = values.get("descr");
  const fortran = values.get("fortran_order");
  const shapeText = values.get("shape");
  if (descr === void 0 || !descr.startsWith("'"))
    throw corrupt("'descr' is missing or not a string");
  if (fortran !== "True" && fortran !== "False")
    throw corrupt("'fortran_order' is missing or not True/False");
  if (shapeText === void 0 || !shapeText.startsWith("("))
    throw corrupt("'shape' is missing or not a tuple");
  const shape = shapeText.slice(1, -1).split(",").map((part) => part.trim()).filter((part) => part !== "").map((part) => {
    if (!/^\d+L?$/.test(part))
      throw corrupt(`shape entry ${JSON.stringify(part)} is not a count`);
    return Number.parseInt(part, 10);
  });
  return { descr: descr.slice(1, -1), fortranOrder: fortran === "True", shape };
}

// src/data/load-number-array.ts
var NUMBER_ARRAY_EXTENSIONS = [".npy", ".csv", ".csv.gz", ".json"];
var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
async function loadNumberArray(path, options = {}) {
  const lower = path.toLowerCase();
  const extension = NUMBER_ARRAY_EXTENSIONS.find((ext) => lower.endsWith(ext));
  if (extension === void 0) {
    throw new InputError(
      `${path}: cannot tell the format from the file name; expected one of ${NUMBER_ARRAY_EXTENSIONS.join(", ")}.`
    );
  }
  let bytes;
  try {
    bytes = await readFile2(path);
  } catch (error) {
    throw fileInputError(path, error);
  }
  if (extension === ".npy") return parseNpy(bytes, path);
  if (extension === ".json") return parseJsonNumbers(bytes.toString("utf8"), path);
  if (extension === ".csv.gz") {
    const { gunzipSync } = await import("node:zlib");
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new InputError(`${path}: the gzip data is corrupt (${error.message}).`);
    }
  }
  return parseCsvNumbers(bytes, path, options.column);
}
function parseJsonNumbers(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source}: not valid JSON (${error.message}); expected an array of numbers.`
    );
  }
  if (!Array.isArray(data)) {
    throw new InputError(`${source}: the JSON is a ${typeof data}, expected an array of numbers.`);
  }
  const values = new Float64Array(data.length);
  data.forEach((item, index) => {
    if (item === null) values[index] = NaN;
    else if (typeof item === "number") values[index] = item;
    else {
      throw new InputError(
        `${source}: item ${index} is ${JSON.stringify(item)}, expected a number or null.`
      );
    }
  });
  return values;
}
function parseCsvNumbers(bytes, source, column) {
  const firstLineEnd = bytes.indexOf(10);
  const firstLine = bytes.toString("utf8", 0, firstLineEnd < 0 ? bytes.length : firstLineEnd).replace(/^\uFEFF/, "").trim();
  const headerless = column === void 0 && (DECIMAL.test(firstLine) || isMissingCellText(firstLine));
  if (headerless) return parseHeaderlessColumn(bytes.toString("utf8"), source);
  const table = parseCsv(bytes, { source, numeric: column === void 0 ? void 0 : [column] });
  const names = table.columns.map((c) => `"${c.name}"`).join(", ");
  let chosen = table.columns[0];
  if (column !== void 0) {
    chosen = table.columns.find((c) => c.name === column) ?? chosen;
  } else if (table.columns.length > 1) {
    throw new InputError(
      `${source}: the CSV has ${table.columns.length} columns (${names}); name the one to read.`
    );
  }
  if (chosen.kind !== "numeric") {
    throw new InputError(
      `${source}: column "${chosen.name}" holds text such as ${JSON.stringify(chosen.categories[0])}; expected numbers.`
    );
  }
  return chosen.values;
}
function parseHeaderlessColumn(text, source) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  const values = new Float64Array(lines.length);
  lines.forEach((raw, index) => {
    const cell = raw.trim();
    if (isMissingCellText(cell)) values[index] = NaN;
    else if (DECIMAL.test(cell) && Number.isFinite(Number(cell))) values[index] = Number(cell);
    else {
      throw new InputError(
        `${source}: line ${index + 1} is ${JSON.stringify(raw)}, expected one number per line (a header is allowed only on line 1).`
      );
    }
  });
  return values;
}

export {
  fileInputError,
  loadCsv,
  loadNumberArray,
  parseBaselineMetrics,
  loadBaselineMetrics
};
