import { createRequire as __dsCreateRequire } from 'node:module'; const require = __dsCreateRequire(import.meta.url);

// src/engines/parquet-column-worker.ts
import { parentPort } from "node:worker_threads";

// src/shared/input-error.ts
var InputError = class extends Error {
  name = "InputError";
};

// src/data/load-parquet.ts
import { glob, open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync, zstdDecompressSync } from "node:zlib";

// src/data/decompression-limit.ts
import { totalmem } from "node:os";
var MAX_DECOMPRESSED_BYTES_VARIABLE = "DRIFT_SENTINEL_MAX_DECOMPRESSED_BYTES";
function maxDecompressedBytes(env = process.env) {
  const set = env[MAX_DECOMPRESSED_BYTES_VARIABLE];
  if (set !== void 0 && set !== "") {
    const bytes = Number(set);
    if (!(Number.isInteger(bytes) && bytes > 0)) {
      throw new InputError(
        `Invalid ${MAX_DECOMPRESSED_BYTES_VARIABLE} '${set}'. Expected a whole number of bytes above 0, such as 4294967296.`
      );
    }
    return bytes;
  }
  return Math.floor(Math.min(totalmem(), process.constrainedMemory()) / 2);
}
function describeLimit(limit) {
  return `${describeBytes(limit)} (${MAX_DECOMPRESSED_BYTES_VARIABLE}, by default half of this machine's memory)`;
}
function isOutputLimitError(error) {
  return error?.code === "ERR_BUFFER_TOO_LARGE";
}
function describeBytes(bytes) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

// node_modules/hyparquet/src/node.js
import { createReadStream, promises as fs } from "fs";

// node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
];
var Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT",
  "ALP"
];
var FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
];
var ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
];
var CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
];
var PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
];
var EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet/src/wkb.js
function wkbToGeojson(reader) {
  const flags = getFlags(reader);
  if (flags.type === 1) {
    return { type: "Point", coordinates: readPosition(reader, flags) };
  } else if (flags.type === 2) {
    return { type: "LineString", coordinates: readLine(reader, flags) };
  } else if (flags.type === 3) {
    return { type: "Polygon", coordinates: readPolygon(reader, flags) };
  } else if (flags.type === 4) {
    const points = [];
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)));
    }
    return { type: "MultiPoint", coordinates: points };
  } else if (flags.type === 5) {
    const lines = [];
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)));
    }
    return { type: "MultiLineString", coordinates: lines };
  } else if (flags.type === 6) {
    const polygons = [];
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)));
    }
    return { type: "MultiPolygon", coordinates: polygons };
  } else if (flags.type === 7) {
    const geometries = [];
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader));
    }
    return { type: "GeometryCollection", geometries };
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`);
  }
}
function getFlags(reader) {
  const { view } = reader;
  const littleEndian = view.getUint8(reader.offset++) === 1;
  const rawType = view.getUint32(reader.offset, littleEndian);
  reader.offset += 4;
  const type = rawType % 1e3;
  const flags = Math.floor(rawType / 1e3);
  let count = 0;
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian);
    reader.offset += 4;
  }
  let dim = 2;
  if (flags) dim++;
  if (flags === 3) dim++;
  return { littleEndian, type, dim, count };
}
function readPosition(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian);
    reader.offset += 8;
    points.push(coord);
  }
  return points;
}
function readLine(reader, flags) {
  const points = [];
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags));
  }
  return points;
}
function readPolygon(reader, flags) {
  const { view } = reader;
  const rings = [];
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian);
    reader.offset += 4;
    rings.push(readLine(reader, { ...flags, count }));
  }
  return rings;
}

// node_modules/hyparquet/src/convert.js
var decoder = new TextDecoder();
var DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis));
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n));
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n));
  },
  dateFromDays(days) {
    return new Date(days * 864e5);
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes);
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes));
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  uuidFromBytes(bytes) {
    if (!bytes) return void 0;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20, 32);
  }
};
function convert(data, columnDecoder2) {
  const { element, parsers, utf8 = true, schemaPath } = columnDecoder2;
  const { type, converted_type: ctype, logical_type: ltype } = element;
  const nullable = element.repetition_type !== "REQUIRED";
  if (type === "BYTE_ARRAY" && element.name === "inline" && schemaPath?.at(-2)?.element.logical_type?.type === "FILE") {
    return data;
  }
  const isVariant = schemaPath?.some((s) => s.element.logical_type?.type === "VARIANT");
  if (isVariant && type === "BYTE_ARRAY" && ctype !== "UTF8" && ltype?.type !== "STRING") {
    return data;
  }
  if (ctype === "DECIMAL") {
    const scale = element.scale || 0;
    const factor = 10 ** scale;
    const arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        arr[i] = scale > 308 ? parseDecimal(data[i]) * 10 ** -scale : parseDecimal(data[i]) / factor;
      } else {
        arr[i] = Number(data[i]) / factor;
      }
    }
    return arr;
  }
  if (!ctype && type === "INT96") {
    return Array.from(data).map((v) => parsers.timestampFromNanoseconds(parseInt96Nanos(v)));
  }
  if (ctype === "DATE") {
    return Array.from(data).map((v) => parsers.dateFromDays(v));
  }
  if (ctype === "TIMESTAMP_MILLIS") {
    return Array.from(data).map((v) => parsers.timestampFromMilliseconds(v));
  }
  if (ctype === "TIMESTAMP_MICROS") {
    return Array.from(data).map((v) => parsers.timestampFromMicroseconds(v));
  }
  if (ctype === "JSON") {
    return data.map((v) => parsers.jsonFromBytes(v));
  }
  if (ctype === "BSON") {
    throw new Error("parquet bson not supported");
  }
  if (ctype === "INTERVAL") {
    throw new Error("parquet interval not supported");
  }
  if (ltype?.type === "GEOMETRY") {
    return data.map((v) => parsers.geometryFromBytes(v));
  }
  if (ltype?.type === "GEOGRAPHY") {
    return data.map((v) => parsers.geographyFromBytes(v));
  }
  if (ltype?.type === "UUID") {
    return data.map((v) => parsers.uuidFromBytes(v));
  }
  if (ctype === "UTF8" || ltype?.type === "STRING" || utf8 && type === "BYTE_ARRAY") {
    return data.map((v) => parsers.stringFromBytes(v));
  }
  if (ctype === "UINT_64" || ltype?.type === "INTEGER" && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length);
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length);
    for (let i = 0; i < arr.length; i++) arr[i] = data[i];
    return arr;
  }
  if (ctype === "UINT_32" || ltype?.type === "INTEGER" && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length);
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i];
    }
    return arr;
  }
  if (ltype?.type === "FLOAT16") {
    return Array.from(data).map(parseFloat16);
  }
  if (ltype?.type === "TIMESTAMP") {
    const { unit } = ltype;
    let parser = parsers.timestampFromMilliseconds;
    if (unit === "MICROS") parser = parsers.timestampFromMicroseconds;
    if (unit === "NANOS") parser = parsers.timestampFromNanoseconds;
    const arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i]);
    }
    return arr;
  }
  return data;
}
function parseDecimal(bytes) {
  if (!bytes.length) return 0;
  let value = 0n;
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte);
  }
  const bits = bytes.length * 8;
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits);
  }
  return Number(value);
}
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n;
  const nano = value & 0xffffffffffffffffn;
  return days * 86400000000000n + nano;
}
function parseFloat16(bytes) {
  if (!bytes) return void 0;
  const int16 = bytes[1] << 8 | bytes[0];
  const sign = int16 >> 15 ? -1 : 1;
  const exp = int16 >> 10 & 31;
  const frac = int16 & 1023;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

// node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex];
  const children = [];
  let count = 1;
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count];
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name]);
      count += child.count;
      children.push(child);
    }
  }
  return { count, element, children, path };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  const path = [tree];
  for (const part of name) {
    const child = tree.children.find((child2) => child2.element.name === part);
    if (!child) throw new Error(`parquet schema element not found: ${name}`);
    path.push(child);
    tree = child;
  }
  return path;
}
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath) {
    if (element.repetition_type === "REPEATED") {
      maxLevel++;
    }
  }
  return maxLevel;
}
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0;
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== "REQUIRED") {
      maxLevel++;
    }
  }
  return maxLevel;
}

// node_modules/hyparquet/src/thrift.js
var STOP = 0;
var TRUE = 1;
var FALSE = 2;
var BYTE = 3;
var I16 = 4;
var I32 = 5;
var I64 = 6;
var DOUBLE = 7;
var BINARY = 8;
var LIST = 9;
var STRUCT = 12;
function deserializeTCompactProtocol(reader) {
  const value = {};
  let fid = 0;
  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error("thrift struct ended without STOP");
    const byte = reader.view.getUint8(reader.offset++);
    const type = byte & 15;
    if (type === STOP) break;
    const delta = byte >> 4;
    fid = delta ? fid + delta : readZigZag(reader);
    value[`field_${fid}`] = readElement(reader, type);
  }
  return value;
}
function readElement(reader, type) {
  switch (type) {
    case TRUE:
      return true;
    case FALSE:
      return false;
    case BYTE:
      return reader.view.getInt8(reader.offset++);
    case I16:
    case I32:
      return readZigZag(reader);
    case I64:
      return readZigZagBigInt(reader);
    case DOUBLE: {
      const value = reader.view.getFloat64(reader.offset, true);
      reader.offset += 8;
      return value;
    }
    case BINARY: {
      const stringLength = readVarInt(reader);
      if (reader.offset + stringLength > reader.view.byteLength) {
        throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`);
      }
      const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength);
      reader.offset += stringLength;
      return strBytes;
    }
    case LIST: {
      const byte = reader.view.getUint8(reader.offset++);
      const elemType = byte & 15;
      let listSize = byte >> 4;
      if (listSize === 15) {
        listSize = readVarInt(reader);
      }
      const boolType = elemType === TRUE || elemType === FALSE;
      const values = new Array(listSize);
      for (let i = 0; i < listSize; i++) {
        values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType);
      }
      return values;
    }
    case STRUCT:
      return deserializeTCompactProtocol(reader);
    default:
      throw new Error(`thrift unhandled type: ${type}`);
  }
}
function readVarInt(reader) {
  let result = 0;
  let shift = 0;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= (byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7;
  }
}
function readVarBigInt(reader) {
  let result = 0n;
  let shift = 0n;
  while (true) {
    const byte = reader.view.getUint8(reader.offset++);
    result |= BigInt(byte & 127) << shift;
    if (!(byte & 128)) {
      return result;
    }
    shift += 7n;
  }
}
function readZigZag(reader) {
  const zigzag = readVarInt(reader);
  return zigzag >>> 1 ^ -(zigzag & 1);
}
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader);
  return zigzag >> 1n ^ -(zigzag & 1n);
}

// node_modules/hyparquet/src/geoparquet.js
function markGeoColumns(schema, key_value_metadata) {
  const columns = /* @__PURE__ */ new Map();
  const geo = key_value_metadata?.find(({ key }) => key === "geo")?.value;
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {};
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== "WKB") continue;
    const type = column.edges === "spherical" ? "GEOGRAPHY" : "GEOMETRY";
    const id = column.crs?.id ?? column.crs?.ids?.[0];
    const crs = id ? `${id.authority}:${id.code.toString()}` : void 0;
    columns.set(name, { type, crs });
  }
  for (let i = 1; i < schema.length; i++) {
    const { logical_type, name, num_children, type } = schema[i];
    if (num_children) {
      i += num_children;
      continue;
    }
    if (type === "BYTE_ARRAY" && !logical_type) {
      schema[i].logical_type = columns.get(name);
    }
  }
}

// node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19;
var decoder2 = new TextDecoder();
function decode(value) {
  return value && decoder2.decode(value);
}
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error("parquet expected AsyncBuffer");
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize);
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength);
  const footerView = new DataView(footerBuffer);
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true);
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`);
  }
  if (metadataLength + 8 > initialFetchSize) {
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8;
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset);
    const combinedBuffer = new ArrayBuffer(metadataLength + 8);
    const combinedView = new Uint8Array(combinedBuffer);
    combinedView.set(new Uint8Array(metadataBuffer));
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset);
    return parquetMetadata(combinedBuffer, { parsers, geoparquet });
  } else {
    return parquetMetadata(footerBuffer, { parsers, geoparquet });
  }
}
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view;
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer);
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength);
  } else {
    throw new Error("parquet expected ArrayBuffer or Uint8Array");
  }
  const allParsers = { ...DEFAULT_PARSERS, ...parsers };
  if (view.byteLength < 8) {
    throw new Error("parquet file is too short");
  }
  if (view.getUint32(view.byteLength - 4, true) !== 827474256) {
    throw new Error("parquet file invalid (footer != PAR1)");
  }
  const metadataLengthOffset = view.byteLength - 8;
  const metadataLength = view.getUint32(metadataLengthOffset, true);
  if (metadataLength > view.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`);
  }
  const metadataOffset = metadataLengthOffset - metadataLength;
  const reader = { view, offset: metadataOffset };
  const metadata = deserializeTCompactProtocol(reader);
  const version = metadata.field_1;
  const schema = metadata.field_2.map((field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10)
  }));
  const columnSchema = schema.filter((e) => e.type);
  const num_rows = metadata.field_3;
  const row_groups = metadata.field_4.map((rowGroup) => ({
    columns: rowGroup.field_1.map((column, columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2)
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8
          },
          geospatial_types: column.field_3.field_17.field_2
        }
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7
  }));
  const key_value_metadata = metadata.field_5?.map((kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2)
  }));
  const created_by = decode(metadata.field_6);
  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata);
  }
  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength
  };
}
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}
function logicalType(logicalType2) {
  if (logicalType2?.field_1) return { type: "STRING" };
  if (logicalType2?.field_2) return { type: "MAP" };
  if (logicalType2?.field_3) return { type: "LIST" };
  if (logicalType2?.field_4) return { type: "ENUM" };
  if (logicalType2?.field_5) return {
    type: "DECIMAL",
    scale: logicalType2.field_5.field_1,
    precision: logicalType2.field_5.field_2
  };
  if (logicalType2?.field_6) return { type: "DATE" };
  if (logicalType2?.field_7) return {
    type: "TIME",
    isAdjustedToUTC: logicalType2.field_7.field_1,
    unit: timeUnit(logicalType2.field_7.field_2)
  };
  if (logicalType2?.field_8) return {
    type: "TIMESTAMP",
    isAdjustedToUTC: logicalType2.field_8.field_1,
    unit: timeUnit(logicalType2.field_8.field_2)
  };
  if (logicalType2?.field_10) return {
    type: "INTEGER",
    bitWidth: logicalType2.field_10.field_1,
    isSigned: logicalType2.field_10.field_2
  };
  if (logicalType2?.field_11) return { type: "NULL" };
  if (logicalType2?.field_12) return { type: "JSON" };
  if (logicalType2?.field_13) return { type: "BSON" };
  if (logicalType2?.field_14) return { type: "UUID" };
  if (logicalType2?.field_15) return { type: "FLOAT16" };
  if (logicalType2?.field_16) return {
    type: "VARIANT",
    specification_version: logicalType2.field_16.field_1
  };
  if (logicalType2?.field_17) return {
    type: "GEOMETRY",
    crs: decode(logicalType2.field_17.field_1)
  };
  if (logicalType2?.field_18) return {
    type: "GEOGRAPHY",
    crs: decode(logicalType2.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType2.field_18.field_2]
  };
  if (logicalType2?.field_19) return { type: "FILE" };
  return logicalType2;
}
function timeUnit(unit) {
  if (unit.field_1) return "MILLIS";
  if (unit.field_2) return "MICROS";
  if (unit.field_3) return "NANOS";
  throw new Error("parquet time unit required");
}
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema;
  if (value === void 0) return value;
  if (type === "BOOLEAN") return value[0] === 1;
  if (type === "BYTE_ARRAY") return parsers.stringFromBytes(value);
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  if (type === "FLOAT" && view.byteLength === 4) return view.getFloat32(0, true);
  if (type === "DOUBLE" && view.byteLength === 8) return view.getFloat64(0, true);
  if (type === "INT32" && converted_type === "DECIMAL" && view.byteLength === 4) {
    return view.getInt32(0, true) / 10 ** (schema.scale || 0);
  }
  if (type === "INT64" && converted_type === "DECIMAL" && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) / 10 ** (schema.scale || 0);
  }
  if (type === "INT32" && converted_type === "DATE") return parsers.dateFromDays(view.getInt32(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "NANOS") return parsers.timestampFromNanoseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, true));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP") return parsers.timestampFromMilliseconds(view.getBigInt64(0, true));
  const unsigned = converted_type?.startsWith("UINT_") || logical_type?.type === "INTEGER" && !logical_type.isSigned;
  if (type === "INT32" && unsigned && view.byteLength === 4) return view.getUint32(0, true);
  if (type === "INT64" && unsigned && view.byteLength === 8) return view.getBigUint64(0, true);
  if (type === "INT32" && view.byteLength === 4) return view.getInt32(0, true);
  if (type === "INT64" && view.byteLength === 8) return view.getBigInt64(0, true);
  if (converted_type === "DECIMAL") {
    const scale = schema.scale || 0;
    return scale > 308 ? parseDecimal(value) * 10 ** -scale : parseDecimal(value) / 10 ** scale;
  }
  if (logical_type?.type === "FLOAT16") return parseFloat16(value);
  if (logical_type?.type === "UUID") return parsers.uuidFromBytes(value);
  if (type === "FIXED_LEN_BYTE_ARRAY") return value;
  return value;
}

// node_modules/hyparquet/src/alp.js
var POW10 = [
  1,
  10,
  100,
  1e3,
  1e4,
  1e5,
  1e6,
  1e7,
  1e8,
  1e9,
  1e10,
  1e11,
  1e12,
  1e13,
  1e14,
  1e15,
  1e16,
  1e17,
  1e18
];
var POW10_NEG = [
  1,
  0.1,
  0.01,
  1e-3,
  1e-4,
  1e-5,
  1e-6,
  1e-7,
  1e-8,
  1e-9,
  1e-10,
  1e-11,
  1e-12,
  1e-13,
  1e-14,
  1e-15,
  1e-16,
  1e-17,
  1e-18
];
var POW10F = POW10.slice(0, 11).map(Math.fround);
var POW10F_NEG = POW10_NEG.slice(0, 11).map(Math.fround);
function alpDecode(reader, count, type) {
  if (type === "FLOAT") {
    return alpDecodeFloat(reader, count);
  } else if (type === "DOUBLE") {
    return alpDecodeDouble(reader, count);
  } else {
    throw new Error(`ALP encoding unsupported type: ${type}`);
  }
}
function readAlpHeader(reader) {
  const { view } = reader;
  const compressionMode = view.getUint8(reader.offset++);
  if (compressionMode !== 0) {
    throw new Error(`ALP unsupported compression mode: ${compressionMode}`);
  }
  const integerEncoding = view.getUint8(reader.offset++);
  if (integerEncoding !== 0) {
    throw new Error(`ALP unsupported integer encoding: ${integerEncoding}`);
  }
  const logVectorSize = view.getUint8(reader.offset++);
  if (logVectorSize < 3 || logVectorSize > 15) {
    throw new Error(`ALP invalid log_vector_size: ${logVectorSize}`);
  }
  const vectorSize = 1 << logVectorSize;
  const numElements = view.getInt32(reader.offset, true);
  reader.offset += 4;
  const numVectors = Math.ceil(numElements / vectorSize);
  const offsetArrayStart = reader.offset;
  reader.offset += numVectors * 4;
  return { vectorSize, numElements, numVectors, offsetArrayStart };
}
function alpDecodeFloat(reader, count) {
  const { view } = reader;
  const { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader);
  if (numElements !== count) {
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`);
  }
  const output = new Float32Array(count);
  const outputBytes = new Uint8Array(output.buffer);
  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, true);
    const outputOffset = v * vectorSize;
    const n = Math.min(vectorSize, numElements - outputOffset);
    const exponent = view.getUint8(reader.offset++);
    const factor = view.getUint8(reader.offset++);
    const numExceptions = view.getUint16(reader.offset, true);
    reader.offset += 2;
    const frameOfReference = view.getInt32(reader.offset, true);
    reader.offset += 4;
    const bitWidth2 = view.getUint8(reader.offset++);
    const deltas = unpackBits(reader, n, bitWidth2);
    const mulFactor = POW10F[factor];
    const mulExponent = POW10F_NEG[exponent];
    for (let i = 0; i < n; i++) {
      const encoded = deltas[i] + frameOfReference | 0;
      output[outputOffset + i] = Math.fround(Math.fround(encoded) * mulFactor) * mulExponent;
    }
    patchExceptions(reader, numExceptions, 4, outputBytes, outputOffset);
  }
  return output;
}
function alpDecodeDouble(reader, count) {
  const { view } = reader;
  const { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader);
  if (numElements !== count) {
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`);
  }
  const output = new Float64Array(count);
  const outputBytes = new Uint8Array(output.buffer);
  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, true);
    const outputOffset = v * vectorSize;
    const n = Math.min(vectorSize, numElements - outputOffset);
    const exponent = view.getUint8(reader.offset++);
    const factor = view.getUint8(reader.offset++);
    const numExceptions = view.getUint16(reader.offset, true);
    reader.offset += 2;
    const frameOfReference = view.getBigInt64(reader.offset, true);
    reader.offset += 8;
    const bitWidth2 = view.getUint8(reader.offset++);
    const mulFactor = POW10[factor];
    const mulExponent = POW10_NEG[exponent];
    const forNumber = Number(frameOfReference);
    if (bitWidth2 <= 32 && Number.isSafeInteger(forNumber)) {
      const deltas = unpackBits(reader, n, bitWidth2);
      for (let i = 0; i < n; i++) {
        output[outputOffset + i] = (deltas[i] + forNumber) * mulFactor * mulExponent;
      }
    } else {
      const deltas = unpackBitsBig(reader, n, bitWidth2);
      for (let i = 0; i < n; i++) {
        const encoded = BigInt.asIntN(64, deltas[i] + frameOfReference);
        output[outputOffset + i] = Number(encoded) * mulFactor * mulExponent;
      }
    }
    patchExceptions(reader, numExceptions, 8, outputBytes, outputOffset);
  }
  return output;
}
function patchExceptions(reader, numExceptions, byteSize, outputBytes, outputOffset) {
  if (!numExceptions) return;
  const { view } = reader;
  const positionsStart = reader.offset;
  const valuesStart = positionsStart + numExceptions * 2;
  const source = new Uint8Array(view.buffer, view.byteOffset + valuesStart, numExceptions * byteSize);
  for (let e = 0; e < numExceptions; e++) {
    const pos = view.getUint16(positionsStart + e * 2, true);
    const dest = (outputOffset + pos) * byteSize;
    outputBytes.set(source.subarray(e * byteSize, (e + 1) * byteSize), dest);
  }
  reader.offset = valuesStart + numExceptions * byteSize;
}
function unpackBits(reader, count, bitWidth2) {
  const output = new Uint32Array(count);
  if (!bitWidth2) return output;
  const { view } = reader;
  const start = reader.offset;
  const modulus = 2 ** bitWidth2;
  let bitPos = 0;
  for (let i = 0; i < count; i++) {
    let byteIndex = start + (bitPos >>> 3);
    const shift = bitPos & 7;
    let value = view.getUint8(byteIndex++) >>> shift;
    let bits = 8 - shift;
    while (bits < bitWidth2) {
      value += view.getUint8(byteIndex++) * 2 ** bits;
      bits += 8;
    }
    output[i] = value % modulus;
    bitPos += bitWidth2;
  }
  reader.offset = start + Math.ceil(count * bitWidth2 / 8);
  return output;
}
function unpackBitsBig(reader, count, bitWidth2) {
  const output = new BigUint64Array(count);
  if (!bitWidth2) return output;
  const { view } = reader;
  const start = reader.offset;
  const mask = (1n << BigInt(bitWidth2)) - 1n;
  let buffer = 0n;
  let bitsInBuffer = 0;
  let byteIndex = start;
  for (let i = 0; i < count; i++) {
    while (bitsInBuffer < bitWidth2) {
      buffer |= BigInt(view.getUint8(byteIndex++)) << BigInt(bitsInBuffer);
      bitsInBuffer += 8;
    }
    output[i] = buffer & mask;
    buffer >>= BigInt(bitWidth2);
    bitsInBuffer -= bitWidth2;
  }
  reader.offset = start + Math.ceil(count * bitWidth2 / 8);
  return output;
}

// node_modules/hyparquet/src/delta.js
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output);
    return;
  }
  const blockSize = readVarInt(reader);
  const miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZagBigInt(reader);
  let outputIndex = 0;
  output[outputIndex++] = value;
  const valuesPerMiniblock = blockSize / miniblockPerBlock;
  while (outputIndex < count) {
    const minDelta = readZigZagBigInt(reader);
    const bitWidths = new Uint8Array(miniblockPerBlock);
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++);
    }
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth2 = bitWidths[i];
      if (bitWidth2) {
        let bitpackPos = 0;
        let miniblockCount = valuesPerMiniblock;
        const mask = (1n << BigInt(bitWidth2)) - 1n;
        while (miniblockCount && outputIndex < count) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask;
          bitpackPos += bitWidth2;
          while (bitpackPos >= 32) {
            bitpackPos -= 32;
            reader.offset += 4;
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth2 - bitpackPos) & mask;
            }
          }
          const delta = minDelta + bits;
          value += delta;
          output[outputIndex++] = value;
          miniblockCount--;
        }
        if (miniblockCount) {
          reader.offset += Math.ceil((miniblockCount * bitWidth2 + bitpackPos) / 8);
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
          value += minDelta;
          output[outputIndex++] = value;
        }
      }
    }
  }
}
function deltaBinaryUnpackInt32(reader, count, output) {
  const blockSize = readVarInt(reader);
  const miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZag(reader);
  let outputIndex = 0;
  output[outputIndex++] = value;
  const valuesPerMiniblock = blockSize / miniblockPerBlock;
  const { view } = reader;
  while (outputIndex < count) {
    const minDelta = readZigZagInt33(reader);
    const bitWidthsOffset = reader.offset;
    let offset = bitWidthsOffset + miniblockPerBlock;
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth2 = view.getUint8(bitWidthsOffset + i);
      const end = offset + valuesPerMiniblock * bitWidth2 / 8;
      let bitOffset = 0;
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0;
        let bitsRead = 0;
        while (bitsRead < bitWidth2) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth2 - bitsRead);
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead;
          }
          bitsRead += bitsToRead;
          bitOffset += bitsToRead;
          if (bitOffset === 8) {
            bitOffset = 0;
            offset++;
          }
        }
        value = value + minDelta + residual | 0;
        output[outputIndex++] = value;
      }
      offset = end;
    }
    reader.offset = offset;
  }
}
function readZigZagInt33(reader) {
  const start = reader.offset;
  const low = readVarInt(reader);
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0;
  return (low >>> 1 | high << 31) ^ -(low & 1);
}
function deltaLengthByteArray(reader, count, output) {
  const lengths = new Int32Array(count);
  deltaBinaryUnpack(reader, count, lengths);
  for (let i = 0; i < count; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i]);
    reader.offset += lengths[i];
  }
}
function deltaByteArray(reader, count, output) {
  const prefixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, prefixData);
  const suffixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, suffixData);
  for (let i = 0; i < count; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i]);
    if (prefixData[i]) {
      output[i] = new Uint8Array(prefixData[i] + suffixData[i]);
      output[i].set(output[i - 1].subarray(0, prefixData[i]));
      output[i].set(suffix, prefixData[i]);
    } else {
      output[i] = suffix;
    }
    reader.offset += suffixData[i];
  }
}

// node_modules/hyparquet/src/encoding.js
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === void 0) {
    length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
  }
  const startOffset = reader.offset;
  let seen = 0;
  while (seen < output.length) {
    const header = readVarInt(reader);
    if (header & 1) {
      seen = readBitPacked(reader, header, width, output, seen);
    } else {
      const count = header >>> 1;
      readRle(reader, count, width, output, seen);
      seen += count;
    }
  }
  reader.offset = startOffset + length;
}
function readRle(reader, count, bitWidth2, output, seen) {
  const width = bitWidth2 + 7 >> 3;
  let value = 0;
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3);
  }
  for (let i = 0; i < count; i++) {
    output[seen + i] = value;
  }
}
function readBitPacked(reader, header, bitWidth2, output, seen) {
  let count = header >> 1 << 3;
  const mask = (1 << bitWidth2) - 1;
  let data = 0;
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++);
  } else if (mask) {
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`);
  }
  let left = 8;
  let right = 0;
  while (count) {
    if (right > 8) {
      right -= 8;
      left -= 8;
      data >>>= 8;
    } else if (left - right < bitWidth2) {
      data |= reader.view.getUint8(reader.offset) << left;
      reader.offset++;
      left += 8;
    } else {
      if (seen < output.length) {
        output[seen++] = data >> right & mask;
      }
      count--;
      right += bitWidth2;
    }
  }
  return seen;
}
function byteStreamSplit(reader, count, type, typeLength) {
  const width = byteWidth(type, typeLength);
  const bytes = new Uint8Array(count * width);
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++);
    }
  }
  if (type === "FLOAT") return new Float32Array(bytes.buffer);
  else if (type === "DOUBLE") return new Float64Array(bytes.buffer);
  else if (type === "INT32") return new Int32Array(bytes.buffer);
  else if (type === "INT64") return new BigInt64Array(bytes.buffer);
  else if (type === "FIXED_LEN_BYTE_ARRAY") {
    const split = new Array(count);
    for (let i = 0; i < count; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width);
    }
    return split;
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
}
function byteWidth(type, typeLength) {
  switch (type) {
    case "INT32":
    case "FLOAT":
      return 4;
    case "INT64":
    case "DOUBLE":
      return 8;
    case "FIXED_LEN_BYTE_ARRAY":
      if (!typeLength) throw new Error("parquet byteWidth missing type_length");
      return typeLength;
    default:
      throw new Error(`parquet unsupported type: ${type}`);
  }
}

// node_modules/hyparquet/src/plain.js
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return [];
  if (type === "BOOLEAN") {
    return readPlainBoolean(reader, count);
  } else if (type === "INT32") {
    return readPlainInt32(reader, count);
  } else if (type === "INT64") {
    return readPlainInt64(reader, count);
  } else if (type === "INT96") {
    return readPlainInt96(reader, count);
  } else if (type === "FLOAT") {
    return readPlainFloat(reader, count);
  } else if (type === "DOUBLE") {
    return readPlainDouble(reader, count);
  } else if (type === "BYTE_ARRAY") {
    return readPlainByteArray(reader, count);
  } else if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!fixedLength) throw new Error("parquet missing fixed length");
    return readPlainByteArrayFixed(reader, count, fixedLength);
  } else {
    throw new Error(`parquet unhandled type: ${type}`);
  }
}
function readPlainBoolean(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const byteOffset = reader.offset + (i / 8 | 0);
    const bitOffset = i % 8;
    const byte = reader.view.getUint8(byteOffset);
    values[i] = (byte & 1 << bitOffset) !== 0;
  }
  reader.offset += Math.ceil(count / 8);
  return values;
}
function readPlainInt32(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4 ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 4;
  return values;
}
function readPlainInt64(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8 ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 8;
  return values;
}
function readPlainInt96(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true);
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true);
    values[i] = BigInt(high) << 64n | low;
  }
  reader.offset += count * 12;
  return values;
}
function readPlainFloat(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4 ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 4;
  return values;
}
function readPlainDouble(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8 ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  reader.offset += count * 8;
  return values;
}
function readPlainByteArray(reader, count) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    const length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
    reader.offset += length;
  }
  return values;
}
function readPlainByteArrayFixed(reader, count, fixedLength) {
  const values = new Array(count);
  for (let i = 0; i < count; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength);
    reader.offset += fixedLength;
  }
  return values;
}
function align(buffer, offset, size) {
  const aligned = new ArrayBuffer(size);
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size));
  return aligned;
}

// node_modules/hyparquet/src/snappy.js
var WORD_MASK = [0, 255, 65535, 16777215, 4294967295];
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i];
  }
}
function snappyUncompress(input, output) {
  const inputLength = input.byteLength;
  const outputLength = output.byteLength;
  let pos = 0;
  let outPos = 0;
  while (pos < inputLength) {
    const c = input[pos];
    pos++;
    if (c < 128) {
      break;
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error("invalid snappy length header");
  }
  while (pos < inputLength) {
    const c = input[pos];
    let len = 0;
    pos++;
    if (pos >= inputLength) {
      throw new Error("missing eof marker");
    }
    if ((c & 3) === 0) {
      let len2 = (c >>> 2) + 1;
      if (len2 > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error("snappy error literal pos + 3 >= inputLength");
        }
        const lengthSize = len2 - 60;
        len2 = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24);
        len2 = (len2 & WORD_MASK[lengthSize]) + 1;
        pos += lengthSize;
      }
      if (pos + len2 > inputLength) {
        throw new Error("snappy error literal exceeds input length");
      }
      copyBytes(input, pos, output, outPos, len2);
      pos += len2;
      outPos += len2;
    } else {
      let offset = 0;
      switch (c & 3) {
        case 1:
          len = (c >>> 2 & 7) + 4;
          offset = input[pos] + (c >>> 5 << 8);
          pos++;
          break;
        case 2:
          if (inputLength <= pos + 1) {
            throw new Error("snappy error end of input");
          }
          len = (c >>> 2) + 1;
          offset = input[pos] + (input[pos + 1] << 8);
          pos += 2;
          break;
        case 3:
          if (inputLength <= pos + 3) {
            throw new Error("snappy error end of input");
          }
          len = (c >>> 2) + 1;
          offset = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24);
          pos += 4;
          break;
        default:
          break;
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`);
      }
      if (offset > outPos) {
        throw new Error("cannot copy from before start of buffer");
      }
      copyBytes(output, outPos - offset, output, outPos, len);
      outPos += len;
    }
  }
  if (outPos !== outputLength) throw new Error("premature end of input");
}

// node_modules/hyparquet/src/datapage.js
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = { view, offset: 0 };
  let dataPage;
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath);
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath);
  const nValues = daph.num_values - numNulls;
  if (daph.encoding === "PLAIN") {
    dataPage = readPlain(reader, type, nValues, element.type_length);
  } else if (daph.encoding === "PLAIN_DICTIONARY" || daph.encoding === "RLE_DICTIONARY" || daph.encoding === "RLE") {
    const bitWidth2 = type === "BOOLEAN" ? 1 : view.getUint8(reader.offset++);
    if (bitWidth2) {
      dataPage = new Array(nValues);
      if (type === "BOOLEAN") {
        readRleBitPackedHybrid(reader, bitWidth2, dataPage);
        dataPage = dataPage.map((x) => !!x);
      } else {
        readRleBitPackedHybrid(reader, bitWidth2, dataPage, view.byteLength - reader.offset);
      }
    } else {
      dataPage = new Uint8Array(nValues);
    }
  } else if (daph.encoding === "BYTE_STREAM_SPLIT") {
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length);
  } else if (daph.encoding === "ALP") {
    dataPage = alpDecode(reader, nValues, type);
  } else if (daph.encoding === "DELTA_BINARY_PACKED") {
    const int32 = type === "INT32";
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues);
    deltaBinaryUnpack(reader, nValues, dataPage);
  } else if (daph.encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaLengthByteArray(reader, nValues, dataPage);
  } else if (daph.encoding === "DELTA_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaByteArray(reader, nValues, dataPage);
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`);
  }
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values);
      readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values);
      return values;
    }
  }
  return [];
}
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 };
  const definitionLevels = new Array(daph.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels);
  let numNulls = daph.num_values;
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--;
  }
  if (numNulls === 0) definitionLevels.length = 0;
  return { definitionLevels, numNulls };
}
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  let page;
  const customDecompressor = compressors?.[codec];
  if (codec === "UNCOMPRESSED") {
    page = compressedBytes;
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size);
  } else if (codec === "SNAPPY") {
    page = new Uint8Array(uncompressed_page_size);
    snappyUncompress(compressedBytes, page);
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`);
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`);
  }
  return page;
}
function readDataPageV2(compressedBytes, ph, columnDecoder2) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength);
  const reader = { view, offset: 0 };
  const { type, element, schemaPath, codec, compressors } = columnDecoder2;
  const daph2 = ph.data_page_header_v2;
  if (!daph2) throw new Error("parquet data page header v2 is undefined");
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath);
  reader.offset = daph2.repetition_levels_byte_length;
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath);
  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length;
  let page = compressedBytes.subarray(reader.offset);
  if (daph2.is_compressed !== false && uncompressedPageSize) {
    page = decompressPage(page, uncompressedPageSize, codec, compressors);
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const pageReader = { view: pageView, offset: 0 };
  let dataPage;
  const nValues = daph2.num_values - daph2.num_nulls;
  if (daph2.encoding === "PLAIN") {
    dataPage = readPlain(pageReader, type, nValues, element.type_length);
  } else if (daph2.encoding === "RLE") {
    dataPage = new Array(nValues);
    readRleBitPackedHybrid(pageReader, 1, dataPage);
    dataPage = dataPage.map((x) => !!x);
  } else if (daph2.encoding === "PLAIN_DICTIONARY" || daph2.encoding === "RLE_DICTIONARY") {
    const bitWidth2 = pageView.getUint8(pageReader.offset++);
    dataPage = new Array(nValues);
    readRleBitPackedHybrid(pageReader, bitWidth2, dataPage, uncompressedPageSize - 1);
  } else if (daph2.encoding === "DELTA_BINARY_PACKED") {
    const int32 = type === "INT32";
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues);
    deltaBinaryUnpack(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "DELTA_LENGTH_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaLengthByteArray(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "DELTA_BYTE_ARRAY") {
    dataPage = new Array(nValues);
    deltaByteArray(pageReader, nValues, dataPage);
  } else if (daph2.encoding === "BYTE_STREAM_SPLIT") {
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length);
  } else if (daph2.encoding === "ALP") {
    dataPage = alpDecode(pageReader, nValues, type);
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`);
  }
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
  if (!maxRepetitionLevel) return [];
  const values = new Array(daph2.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length);
  return values;
}
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (maxDefinitionLevel) {
    const values = new Array(daph2.num_values);
    readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length);
    return values;
  }
}
function bitWidth(value) {
  return 32 - Math.clz32(value);
}

// node_modules/hyparquet/src/column.js
function parquetHeader(reader) {
  const header = deserializeTCompactProtocol(reader);
  const type = PageTypes[header.field_1];
  const uncompressed_page_size = header.field_2;
  const compressed_page_size = header.field_3;
  const crc = header.field_4;
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5)
  };
  const index_page_header = header.field_6;
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3
  };
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === void 0 ? true : header.field_8.field_7,
    // default true
    statistics: pageStatistics(header.field_8.field_8)
  };
  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2
  };
}
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}

// node_modules/hyparquet/src/node.js
async function asyncBufferFromFile(filename) {
  const { size } = await fs.stat(filename);
  return {
    byteLength: size,
    slice(start, end) {
      if (start === end) return Promise.resolve(new ArrayBuffer(0));
      const reader = createReadStream(filename, { start, end: end === void 0 ? void 0 : end - 1 });
      return new Promise((resolve, reject) => {
        const chunks = [];
        reader.on("data", (chunk) => chunks.push(chunk));
        reader.on("error", reject);
        reader.on("end", () => {
          const buffer = Buffer.concat(chunks);
          if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
            resolve(buffer.buffer);
          } else {
            resolve(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
          }
        });
      });
    }
  };
}

// node_modules/hyparquet-compressors/src/lz4.js
function decompressLz4(input, outputLength) {
  const output = new Uint8Array(outputLength);
  try {
    let i = 0;
    let o = 0;
    while (i < input.length - 8) {
      const expectedOutputLength = input[i++] << 24 | input[i++] << 16 | input[i++] << 8 | input[i++];
      const expectedInputLength = input[i++] << 24 | input[i++] << 16 | input[i++] << 8 | input[i++];
      if (input.length - i < expectedInputLength) throw new Error("lz4 not hadoop");
      if (output.length < expectedOutputLength) throw new Error("lz4 not hadoop");
      const chunk = lz4basic(input.subarray(i, i + expectedInputLength), output, o);
      if (chunk !== expectedOutputLength) throw new Error("lz4 not hadoop");
      i += expectedInputLength;
      o += expectedOutputLength;
      if (i === input.length) return output;
    }
    if (i < input.length) throw new Error("lz4 not hadoop");
  } catch (error) {
    if (error instanceof Error && error.message !== "lz4 not hadoop") throw error;
    lz4basic(input, output, 0);
  }
  return output;
}
function decompressLz4Raw(input, outputLength) {
  const output = new Uint8Array(outputLength);
  lz4basic(input, output, 0);
  return output;
}
function lz4basic(input, output, outputIndex) {
  let len = outputIndex;
  for (let i = 0; i < input.length; ) {
    const token = input[i++];
    let literals = token >> 4;
    if (literals) {
      let byte2 = literals + 240;
      while (byte2 === 255) literals += byte2 = input[i++];
      output.set(input.subarray(i, i + literals), len);
      len += literals;
      i += literals;
      if (i >= input.length) return len - outputIndex;
    }
    const offset = input[i++] | input[i++] << 8;
    if (!offset || offset > len) {
      throw new Error(`lz4 offset out of range ${offset}`);
    }
    let matchLength = token & 15;
    let byte = matchLength + 240;
    while (byte === 255) matchLength += byte = input[i++];
    matchLength += 4;
    let pos = len - offset;
    const end = len + matchLength;
    while (len < end) output[len++] = output[pos++];
  }
  return len - outputIndex;
}

// src/data/formatted-numbers.ts
var PREFIX = String.raw`[$€£¥₹]`;
var SUFFIX = String.raw`[%$€£¥₹]`;
var NUMBER = String.raw`\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[.,]\d+`;
var FORMATTED = new RegExp(
  String.raw`^(\()?([-+])?(${PREFIX})? ?([-+])?(${NUMBER})(?: ?(${SUFFIX}))?(\))?$`,
  "u"
);

// src/data/parse-decimal.ts
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

// src/data/csv-column-builder.ts
function sharedFloat64Array(length) {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}

// src/data/columnar-column-builder.ts
var NumericColumnBuilder = class {
  values;
  row = 0;
  name;
  /**
   * `reuse`, when given and long enough, holds the values instead of a new buffer (a
   * reader that reads column after column into one buffer).
   */
  constructor(name, rowCount, reuse) {
    this.name = name;
    this.values = reuse !== void 0 && reuse.length >= rowCount ? reuse.subarray(0, rowCount) : sharedFloat64Array(rowCount);
  }
  /**
   * Appends a batch of `rows` rows whose non-null values are `values`, in order.
   * With every row present this is one `set` (a memcpy for Float64Array input).
   */
  append(values, rows, present) {
    const out = this.values;
    if (present === void 0) {
      out.set(values, this.row);
    } else {
      let next = 0;
      for (let i = 0, at = this.row; i < rows; i++, at++) {
        out[at] = present[i] === 1 ? values[next++] : Number.NaN;
      }
    }
    this.row += rows;
  }
  /** Appends a batch whose non-null values are indexes into `dictionary`. */
  appendIndexed(indexes, dictionary, rows, present) {
    const out = this.values;
    let next = 0;
    for (let i = 0, at = this.row; i < rows; i++, at++) {
      out[at] = present === void 0 || present[i] === 1 ? dictionary[indexes[next++]] : Number.NaN;
    }
    this.row += rows;
  }
  finish() {
    let missing = 0;
    const values = this.values;
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
    return { kind: "numeric", name: this.name, values, missing };
  }
};
var CategoricalColumnBuilder = class {
  codes;
  categories = [];
  codeOf = /* @__PURE__ */ new Map();
  row = 0;
  name;
  /** Labels read as missing (the `naValues` option). */
  missingLabels;
  constructor(name, rowCount, missingLabels = /* @__PURE__ */ new Set()) {
    this.name = name;
    this.codes = new Int32Array(rowCount);
    this.missingLabels = missingLabels;
  }
  /** The code of `label`, assigning the next one on its first appearance; -1 for a missing label. */
  codeFor(label) {
    let code = this.codeOf.get(label);
    if (code === void 0) {
      if (this.missingLabels.has(label)) return -1;
      code = this.categories.length;
      this.categories.push(label);
      this.codeOf.set(label, code);
    }
    return code;
  }
  /** Appends a batch of `rows` rows whose non-null values are `labels`, in order. */
  append(labels, rows, present) {
    const out = this.codes;
    let next = 0;
    for (let i = 0, at = this.row; i < rows; i++, at++) {
      out[at] = present === void 0 || present[i] === 1 ? this.codeFor(labels[next++]) : -1;
    }
    this.row += rows;
  }
  /**
   * Appends a batch whose non-null values are indexes into `dictionary` (a Parquet
   * dictionary page, an Arrow dictionary). Each dictionary entry is looked up once, when a
   * row first uses it, so first-appearance order holds and unused entries add nothing.
   */
  appendIndexed(indexes, dictionary, rows, present) {
    const out = this.codes;
    const codes = dictionary.codes;
    let next = 0;
    for (let i = 0, at = this.row; i < rows; i++, at++) {
      if (present === void 0 || present[i] === 1) {
        const index = indexes[next++];
        let code = codes[index];
        if (code === UNSEEN) code = codes[index] = this.codeFor(dictionary.labels[index]);
        out[at] = code;
      } else out[at] = -1;
    }
    this.row += rows;
  }
  finish() {
    let missing = 0;
    const codes = this.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
    return { kind: "categorical", name: this.name, codes, categories: this.categories, missing };
  }
};
var UNSEEN = -2;
var DictionaryCodes = class {
  labels;
  codes;
  constructor(labels) {
    this.labels = labels;
    this.codes = new Int32Array(labels.length).fill(UNSEEN);
  }
};
var DECIMAL_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
function numericFromLabels2(column, source) {
  const numbers = column.categories.map((label, code) => {
    if (DECIMAL_TEXT.test(label)) return Number(label);
    const row = column.codes.indexOf(code);
    throw new InputError(
      `${source}: row ${row + 1}, column "${column.name}" holds ${JSON.stringify(label.slice(0, 40))}; expected a number, because the column is declared numeric.`
    );
  });
  const values = sharedFloat64Array(column.codes.length);
  column.codes.forEach((code, row) => {
    values[row] = code < 0 ? Number.NaN : numbers[code];
  });
  return { kind: "numeric", name: column.name, values, missing: column.missing };
}

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

// src/data/iso-time-text.ts
var DAY_MS = 864e5;
function isoDateFromDays(days) {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}
function isoTimestamp(ticks, digits, utc) {
  const perSecond = 10n ** BigInt(digits);
  const value = BigInt(ticks);
  let seconds = value / perSecond;
  let fraction = value % perSecond;
  if (fraction < 0n) {
    fraction += perSecond;
    seconds -= 1n;
  }
  const text = new Date(Number(seconds) * 1e3).toISOString().slice(0, 19);
  const fractionText = fraction === 0n ? "" : "." + fraction.toString().padStart(digits, "0").replace(/0+$/, "");
  return text + fractionText + (utc ? "Z" : "");
}
function isoTimeOfDay(ticks, digits) {
  return isoTimestamp(ticks, digits, false).slice(11);
}

// src/data/load-parquet.ts
var PageScratch = class {
  decompressed = new Uint8Array(0);
  aligned = new ArrayBuffer(0);
  levels = new Uint8Array(0);
  chunkBytes = Buffer.alloc(0);
  /** `length` bytes to decompress a page into. */
  page(length) {
    if (this.decompressed.length < length) this.decompressed = new Uint8Array(grow(length));
    return this.decompressed.subarray(0, length);
  }
  /** A copy of `bytes` at offset 0 of an 8-byte-aligned buffer, for a typed-array view. */
  alignedCopy(bytes) {
    if (this.aligned.byteLength < bytes.length) this.aligned = new ArrayBuffer(grow(bytes.length));
    new Uint8Array(this.aligned, 0, bytes.length).set(bytes);
    return this.aligned;
  }
  /** `length` bytes to read a column chunk into (~1 MB each on the bench data). */
  chunk(length) {
    if (this.chunkBytes.length < length) this.chunkBytes = Buffer.allocUnsafe(length);
    return this.chunkBytes;
  }
  /** One byte per row for a page's definition levels. */
  levelsFor(rows) {
    if (this.levels.length < rows) this.levels = new Uint8Array(grow(rows));
    return this.levels.subarray(0, rows);
  }
};
function grow(length) {
  return Math.max(length, 1 << 16) * 1.25;
}
function pageDecompressors(scratch = new PageScratch()) {
  let limit;
  const declared = (length) => declaredPageSize(length, limit ??= maxDecompressedBytes());
  return {
    SNAPPY: (input, length) => {
      const output = scratch.page(declared(length));
      snappyUncompress(input, output);
      return output;
    },
    GZIP: (input, length) => atMostDeclared(gunzipSync, input, declared(length)),
    ZSTD: (input, length) => atMostDeclared(zstdDecompressSync, input, declared(length)),
    BROTLI: (input, length) => atMostDeclared(brotliDecompressSync, input, declared(length)),
    LZ4: (input, length) => decompressLz4(input, declared(length)),
    LZ4_RAW: (input, length) => decompressLz4Raw(input, declared(length))
  };
}
function declaredPageSize(length, limit) {
  if (length > limit) {
    throw new Error(
      `a page declares ${length} bytes uncompressed, more than ${describeLimit(limit)}`
    );
  }
  return length;
}
function atMostDeclared(decompress, input, length) {
  try {
    return decompress(input, { maxOutputLength: Math.max(1, length) });
  } catch (error) {
    if (!isOutputLimitError(error)) throw error;
    throw new Error(`a page decompresses to more than the ${length} bytes it declares`);
  }
}
var READABLE_CODECS = [
  "UNCOMPRESSED",
  ...Object.keys(pageDecompressors())
];
var ParquetColumnReader = class _ParquetColumnReader {
  path;
  source;
  parts;
  /**
   * Reused by every read: without it each column's fresh buffers (8 MB of values per
   * million rows, the chunk and page buffers) waited for the garbage collector, and the
   * scan's peak memory grew with the number of columns read.
   */
  scratch = new PageScratch();
  values;
  constructor(path, source, parts) {
    this.path = path;
    this.source = source;
    this.parts = parts;
  }
  /** Opens the input at `path`; `source` names it in messages and in the columns' table. */
  static async open(path, source = path) {
    const parts = await openParts(path);
    return new _ParquetColumnReader(path, source, parts);
  }
  /**
   * The numeric column `name`, every row of every part. Its `values` are this reader's
   * buffer, overwritten by the next `readNumeric`: examine a column before reading the
   * next (or copy it).
   */
  async readNumeric(name) {
    const columns = this.parts[0].columns;
    const index = columns.findIndex((column2) => column2.name === name);
    if (index < 0 || columns[index].reading !== "number") {
      throw new InputError(
        `${this.path}: ${index < 0 ? `no column "${name}"` : `column "${name}" has type ${columns[index].typeName}`}; expected a numeric column "${name}" (numeric columns: ${columns.filter((column2) => column2.reading === "number").map((column2) => `"${column2.name}"`).join(", ")}).`
      );
    }
    const { loaded } = await readColumns(
      this.path,
      this.parts,
      { source: this.source },
      (column2) => column2.name === name,
      { scratch: this.scratch, values: this.values }
    );
    const column = loaded[index];
    this.values = column.values;
    return column;
  }
};
async function readColumns(path, parts, options, wanted, reuse = { scratch: new PageScratch() }) {
  const source = options.source ?? path;
  const first = parts[0];
  checkTypedOptions(first, options);
  const rowCount = parts.reduce((sum, part) => sum + Number(part.metadata.num_rows), 0);
  checkLoadableRows(source, rowCount, first.columns.filter(wanted).length);
  const forcedCategorical = new Set(options.categorical ?? []);
  const forcedNumeric = new Set(options.numeric ?? []);
  const missingLabels = new Set(options.naValues ?? []);
  const builders = first.columns.map(
    (column) => !wanted(column) ? void 0 : column.reading === "number" && !forcedCategorical.has(column.name) ? new NumericColumnBuilder(column.name, rowCount, reuse.values) : new CategoricalColumnBuilder(column.name, rowCount, missingLabels)
  );
  const wantedBytes = (part) => {
    let bytes = 0;
    for (const group of part.metadata.row_groups) {
      group.columns.forEach((chunk, i) => {
        if (builders[i]) bytes += Number(chunk.meta_data?.total_compressed_size ?? 0);
      });
    }
    return bytes;
  };
  const totalBytes = builders.every((builder) => builder !== void 0) ? parts.reduce((sum, part) => sum + part.bytes, 0) : parts.reduce((sum, part) => sum + wantedBytes(part), 0);
  let bytesRead = 0;
  for (const part of parts) {
    await readPart(
      part,
      builders,
      (bytes) => {
        bytesRead += bytes;
        options.onProgress?.(bytesRead, totalBytes);
      },
      reuse.scratch
    );
  }
  const loaded = builders.map((builder) => {
    if (builder === void 0) return void 0;
    const column = builder.finish();
    return column.kind === "categorical" && forcedNumeric.has(column.name) ? numericFromLabels2(column, source) : column;
  });
  return { source, rowCount, loaded };
}
function checkLoadableRows(source, rowCount, columns) {
  const limit = maxDecompressedBytes();
  const bytes = rowCount * 8 * columns;
  if (bytes > limit) {
    throw new InputError(
      `${source}: ${rowCount} rows \xD7 ${columns} columns would take ${describeBytes(bytes)} to load, more than ${describeLimit(limit)}; expected a table that fits here, or profile it where it lives with --engine duckdb (docs/engines.md).`
    );
  }
}
function isGlobPattern(path) {
  return /[*?[\]{}]/.test(path);
}
async function listParts(path) {
  let isDirectory = false;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    if (error.code !== "ENOENT" || !isGlobPattern(path)) {
      throw fileInputError(path, error);
    }
    const matches = [];
    for await (const match of glob(path)) matches.push(match);
    if (matches.length === 0) {
      throw new InputError(
        `${path}: the pattern matches no file; expected one or more Parquet files.`
      );
    }
    return matches.sort(byPathNumbersAware);
  }
  if (!isDirectory) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const files = entries.filter(
    (entry) => entry.isFile() && /\.parquet$/i.test(entry.name) && !/^[._]/.test(entry.name)
  ).map((entry) => join(path, entry.name)).sort(byPathNumbersAware);
  if (files.length === 0) {
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    throw new InputError(
      `${path}: the directory holds no .parquet file; expected the parts of one table directly inside it` + (folders.length > 0 ? ` (for partitions in subdirectories such as ${JSON.stringify(folders[0])}, give a glob: '${join(path, "**", "*.parquet")}').` : ".")
    );
  }
  return files;
}
var collator = new Intl.Collator("en", { numeric: true });
function byPathNumbersAware(a, b) {
  return collator.compare(a, b);
}
async function openParts(path) {
  const paths = await listParts(path);
  const parts = await Promise.all(
    paths.map(async (partPath) => {
      const metadata = await readFooter(partPath);
      const columns = parquetSchema(metadata).children.map(
        (child) => describeColumn(partPath, child.element, child.children.length)
      );
      const bytes = (await stat(partPath)).size;
      return { path: partPath, metadata, columns, bytes };
    })
  );
  for (const part of parts.slice(1)) checkSameColumns(parts[0], part);
  return parts;
}
async function readFooter(path) {
  let file;
  try {
    file = await asyncBufferFromFile(path);
  } catch (error) {
    throw fileInputError(path, error);
  }
  try {
    return await parquetMetadataAsync(file);
  } catch (error) {
    throw notReadable(path, error);
  }
}
function notReadable(path, error, column) {
  if (error instanceof InputError || !(error instanceof Error)) return error;
  const what = column === void 0 ? "this Parquet file" : `column "${column}" of this Parquet file`;
  return new InputError(
    `${path}: cannot read ${what} (${error.message.replace(/^parquet /, "")}); expected a valid Parquet file.`,
    { cause: error }
  );
}
function describeColumn(path, element, childCount) {
  const { name, type, converted_type: converted, logical_type: logical } = element;
  const nested = childCount > 0 || element.repetition_type === "REPEATED" || converted === "LIST" || converted === "MAP" || converted === "MAP_KEY_VALUE";
  if (nested) {
    const kind = logical?.type === "LIST" || converted === "LIST" || element.repetition_type === "REPEATED" ? "LIST" : logical?.type === "MAP" || converted === "MAP" || converted === "MAP_KEY_VALUE" ? "MAP" : logical?.type === "VARIANT" ? "VARIANT" : "STRUCT";
    throw new InputError(
      `${path}: column "${name}" is a nested ${kind} column; expected flat columns of numbers, text, booleans, dates or timestamps. Flatten it or leave it out when writing the file (e.g. in DuckDB: COPY (SELECT * EXCLUDE ("${name}") FROM ...) TO ...).`
    );
  }
  const annotation = logical?.type === "DECIMAL" ? `DECIMAL(${logical.precision},${logical.scale})` : logical?.type === "TIMESTAMP" || logical?.type === "TIME" ? `${logical.type}(${logical.unit}, ${logical.isAdjustedToUTC ? "UTC" : "local"})` : logical?.type === "INTEGER" ? `${logical.isSigned ? "INT" : "UINT"}${logical.bitWidth}` : logical?.type ?? converted;
  const typeName = annotation && annotation !== type ? `${type} (${annotation})` : String(type);
  const reading = readingOf(element);
  if (reading === void 0) {
    throw new InputError(
      `${path}: column "${name}" has type ${typeName}, which a drift check cannot compare; expected numbers, text, booleans, dates or timestamps. Leave the column out or cast it when writing the file.`
    );
  }
  return { name, element, reading, typeName };
}
function readingOf(element) {
  const { type, converted_type: converted, logical_type: logical } = element;
  if (converted === "DECIMAL" || logical?.type === "DECIMAL" || logical?.type === "FLOAT16") {
    return "number";
  }
  if (converted === "DATE" || logical?.type === "DATE") return "date";
  if (converted === "TIME_MILLIS" || converted === "TIME_MICROS" || logical?.type === "TIME") {
    return "time";
  }
  if (type === "INT96" || converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS" || logical?.type === "TIMESTAMP") {
    return "timestamp";
  }
  if (converted === "INTERVAL" || converted === "BSON" || logical?.type === "BSON")
    return void 0;
  switch (type) {
    case "INT32":
    case "INT64":
    case "FLOAT":
    case "DOUBLE":
      return "number";
    case "BOOLEAN":
      return "boolean";
    case "BYTE_ARRAY":
      return logical?.type === "GEOMETRY" || logical?.type === "GEOGRAPHY" ? void 0 : "text";
    case "FIXED_LEN_BYTE_ARRAY":
      return logical?.type === "UUID" ? "text" : void 0;
    default:
      return void 0;
  }
}
function checkSameColumns(first, part) {
  const names = (p) => p.columns.map((c) => `"${c.name}"`).join(", ");
  const differs = (detail) => new InputError(
    `${part.path}: ${detail}; every Parquet file of one table must have the same columns in the same order as the first, ${first.path} (${names(first)}).`
  );
  if (part.columns.length !== first.columns.length) {
    throw differs(
      `has ${part.columns.length} columns (${names(part)}), expected ${first.columns.length}`
    );
  }
  part.columns.forEach((column, i) => {
    const expected = first.columns[i];
    if (column.name !== expected.name) {
      throw differs(`column ${i + 1} is "${column.name}", expected "${expected.name}"`);
    }
    if (column.reading !== expected.reading) {
      throw differs(
        `column "${column.name}" has type ${column.typeName}, expected ${expected.typeName} as in the first file`
      );
    }
  });
}
function checkTypedOptions(part, options) {
  const names = part.columns.map((column) => column.name);
  for (const [option, listed] of [
    ["categorical", options.categorical ?? []],
    ["numeric", options.numeric ?? []]
  ]) {
    for (const name of listed) {
      if (!names.includes(name)) {
        throw new InputError(
          `${part.path}: the ${option} option names column "${name}", which is not in the file; expected one of ${names.map((x) => `"${x}"`).join(", ")}.`
        );
      }
    }
  }
  for (const name of options.numeric ?? []) {
    const column = part.columns.find((c) => c.name === name);
    if (column.reading !== "number" && column.reading !== "text") {
      throw new InputError(
        `${part.path}: the numeric option names column "${name}", which has type ${column.typeName}; expected a column of numbers or of text holding numbers.`
      );
    }
  }
}
async function readPart(part, builders, onBytes, scratch) {
  let handle;
  try {
    handle = await open(part.path, "r");
  } catch (error) {
    throw fileInputError(part.path, error);
  }
  try {
    const compressors = pageDecompressors(scratch);
    const decoders = part.columns.map((column) => columnDecoder(part, column, compressors));
    for (const group of part.metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      const ranges = group.columns.map((chunk, i) => {
        if (builders[i] === void 0) return void 0;
        const meta = chunk.meta_data;
        const column = part.columns[i];
        if (meta === void 0) {
          throw new InputError(
            `${part.path}: column "${column.name}" has no metadata in its row group; expected a Parquet file with inline column metadata.`
          );
        }
        if (!READABLE_CODECS.includes(meta.codec)) {
          throw new InputError(
            `${part.path}: column "${column.name}" is compressed with ${meta.codec}, which drift-sentinel cannot decompress; expected one of ${READABLE_CODECS.join(", ")}. Rewrite the file with another codec (e.g. DuckDB: COPY ... TO ... (FORMAT parquet, COMPRESSION zstd)).`
          );
        }
        const dictionary = Number(meta.dictionary_page_offset ?? 0);
        const start = dictionary > 0 ? dictionary : Number(meta.data_page_offset);
        return { start, end: start + Number(meta.total_compressed_size), codec: meta.codec };
      });
      for (const [i, range] of ranges.entries()) {
        const builder = builders[i];
        if (range === void 0 || builder === void 0) continue;
        const length = range.end - range.start;
        const chunkBuffer = scratch.chunk(length);
        try {
          await handle.read(chunkBuffer, 0, length, range.start);
        } catch (error) {
          throw fileInputError(part.path, error);
        }
        const bytes = new DataView(chunkBuffer.buffer, chunkBuffer.byteOffset, length);
        try {
          readColumnChunk(
            bytes,
            groupRows,
            { ...decoders[i], codec: range.codec },
            part.columns[i],
            { builder, scratch }
          );
        } catch (error) {
          throw notReadable(part.path, error, part.columns[i].name);
        }
        onBytes(length);
      }
    }
  } finally {
    await handle.close();
  }
}
function columnDecoder(part, column, compressors) {
  const schema = parquetSchema(part.metadata);
  const child = schema.children.find((c) => c.element.name === column.name);
  const utc = column.element.logical_type?.isAdjustedToUTC;
  const instant = utc ?? true;
  return {
    pathInSchema: [column.name],
    type: column.element.type,
    element: column.element,
    schemaPath: [schema, child],
    codec: "UNCOMPRESSED",
    compressors,
    utf8: true,
    parsers: {
      ...DEFAULT_PARSERS,
      timestampFromMilliseconds: (ticks) => isoTimestamp(ticks, 3, instant),
      timestampFromMicroseconds: (ticks) => isoTimestamp(ticks, 6, instant),
      timestampFromNanoseconds: (ticks) => isoTimestamp(ticks, 9, instant),
      dateFromDays: (days) => isoDateFromDays(days),
      // JSON columns stay text: a check compares them as categories.
      jsonFromBytes: (bytes) => DEFAULT_PARSERS.stringFromBytes(bytes)
    }
  };
}
function readColumnChunk(view, groupRows, decoder3, column, target) {
  const reader = { view, offset: 0 };
  let dictionary;
  let rows = 0;
  while (rows < groupRows && reader.offset < view.byteLength) {
    const header = parquetHeader(reader);
    const pageBytes = new Uint8Array(
      view.buffer,
      view.byteOffset + reader.offset,
      header.compressed_page_size
    );
    reader.offset += header.compressed_page_size;
    if (header.type === "DICTIONARY_PAGE") {
      const page = decompressPage(
        pageBytes,
        header.uncompressed_page_size,
        decoder3.codec,
        decoder3.compressors
      );
      const entries = readPlain(
        { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 },
        decoder3.type,
        header.dictionary_page_header?.num_values ?? 0,
        decoder3.element.type_length
      );
      const values = convert(entries, decoder3);
      dictionary = target.builder instanceof NumericColumnBuilder ? (
        // A copy: the page's bytes are overwritten by the next page.
        Float64Array.from(numbersOf(values))
      ) : new DictionaryCodes(labelsOf(values, column));
    } else if (header.type === "DATA_PAGE" || header.type === "DATA_PAGE_V2") {
      let values;
      let present;
      let pageRows;
      let encoding;
      if (header.type === "DATA_PAGE") {
        const pageHeader = header.data_page_header;
        if (pageHeader === void 0) throw new Error("parquet data page header is missing");
        const page = decompressPage(
          pageBytes,
          header.uncompressed_page_size,
          decoder3.codec,
          decoder3.compressors
        );
        ({ values, present } = readFlatDataPage(page, pageHeader, decoder3, target.scratch));
        pageRows = pageHeader.num_values;
        encoding = pageHeader.encoding;
      } else {
        const pageHeader = header.data_page_header_v2;
        if (pageHeader === void 0) throw new Error("parquet data page header v2 is missing");
        const decoded = readDataPageV2(pageBytes, header, decoder3);
        values = decoded.dataPage;
        present = presenceOf(decoded.definitionLevels);
        pageRows = pageHeader.num_rows;
        encoding = pageHeader.encoding;
      }
      const indexed = encoding.endsWith("_DICTIONARY");
      if (indexed && dictionary === void 0) {
        throw new Error("parquet dictionary-encoded page without a dictionary page");
      }
      const builder = target.builder;
      if (builder instanceof NumericColumnBuilder) {
        if (indexed) {
          builder.appendIndexed(values, dictionary, pageRows, present);
        } else {
          builder.append(numbersOf(convert(values, decoder3)), pageRows, present);
        }
      } else if (indexed) {
        builder.appendIndexed(values, dictionary, pageRows, present);
      } else {
        builder.append(labelsOf(convert(values, decoder3), column), pageRows, present);
      }
      rows += pageRows;
    }
  }
}
function readFlatDataPage(page, pageHeader, decoder3, scratch) {
  const { encoding, num_values: rows } = pageHeader;
  const dictionary = encoding === "PLAIN_DICTIONARY" || encoding === "RLE_DICTIONARY";
  if (!(encoding === "PLAIN" || dictionary) || decoder3.type === "BOOLEAN") {
    const decoded = readDataPage(page, pageHeader, decoder3);
    return { values: decoded.dataPage, present: presenceOf(decoded.definitionLevels) };
  }
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const reader = { view, offset: 0 };
  let present;
  let nulls = 0;
  if (decoder3.element.repetition_type !== "REQUIRED") {
    const levels = scratch.levelsFor(rows);
    readRleBitPackedHybrid(reader, 1, levels);
    for (let i = 0; i < rows; i++) nulls += levels[i] ^ 1;
    if (nulls > 0) present = levels;
  }
  const count = rows - nulls;
  if (!dictionary) {
    const FixedWidth = FIXED_WIDTH_ARRAYS[decoder3.type];
    if (FixedWidth === void 0) {
      return {
        values: readPlain(reader, decoder3.type, count, decoder3.element.type_length),
        present
      };
    }
    const start = page.byteOffset + reader.offset;
    const bytes = new Uint8Array(page.buffer, start, count * FixedWidth.BYTES_PER_ELEMENT);
    const values = new FixedWidth(scratch.alignedCopy(bytes), 0, count);
    return { values, present };
  }
  const bitWidth2 = view.getUint8(reader.offset++);
  const indexes = new Uint32Array(count);
  if (bitWidth2 > 0)
    readRleBitPackedHybrid(reader, bitWidth2, indexes, view.byteLength - reader.offset);
  return { values: indexes, present };
}
var FIXED_WIDTH_ARRAYS = {
  DOUBLE: Float64Array,
  FLOAT: Float32Array,
  INT32: Int32Array,
  INT64: BigInt64Array
};
function presenceOf(levels) {
  if (levels === void 0 || levels.length === 0 || !levels.includes(0)) return void 0;
  return Uint8Array.from(levels);
}
function numbersOf(values) {
  if (values instanceof Float64Array) return values;
  const numbers = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) numbers[i] = Number(values[i]);
  return numbers;
}
function labelsOf(values, column) {
  const labels = new Array(values.length);
  if (column.reading === "time") {
    const unit = column.element.logical_type?.unit;
    const digits = unit === "NANOS" ? 9 : unit === "MICROS" || column.element.converted_type === "TIME_MICROS" ? 6 : 3;
    for (let i = 0; i < values.length; i++) labels[i] = isoTimeOfDay(values[i], digits);
    return labels;
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    labels[i] = typeof value === "string" ? value : String(value);
  }
  return labels;
}

// src/stats/neumaier-sum.ts
var NeumaierSum = class {
  #sum = 0;
  #compensation = 0;
  /** Adds one term. */
  add(x) {
    const next = this.#sum + x;
    this.#compensation += Math.abs(this.#sum) >= Math.abs(x) ? this.#sum - next + x : x - next + this.#sum;
    this.#sum = next;
  }
  /** The compensated sum of the terms added so far. */
  get value() {
    return this.#sum + this.#compensation;
  }
};

// src/stats/mean-and-standard-deviation.ts
function meanAndStandardDeviation(values) {
  let count = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) {
      count++;
      const magnitude = Math.abs(x);
      if (magnitude > largest) largest = magnitude;
    }
  }
  if (count === 0) return { mean: NaN, standardDeviation: NaN, count };
  const scale = largest >= SCALE_ABOVE && largest !== Infinity ? 2 ** -Math.ceil(Math.log2(largest)) : 1;
  const sum = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) sum.add(x * scale);
  }
  const scaledMean = sum.value / count;
  const squares = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] * scale - scaledMean;
    if (deviation === deviation) squares.add(deviation * deviation);
  }
  return {
    mean: scaledMean / scale,
    standardDeviation: Math.sqrt(squares.value / count) / scale,
    count
  };
}
var SCALE_ABOVE = 2 ** 500;

// src/stats/sorted-without-nan.ts
function sortedWithoutNaN(values, workspace2) {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  const out = take(workspace2, "output", count);
  if (count === values.length) {
    if (out.buffer !== values.buffer || out.byteOffset !== values.byteOffset) out.set(values);
  } else {
    let j = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v) out[j++] = v;
    }
  }
  if (count < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return out.sort();
  return radixSortInPlace(out, take(workspace2, "scratch", count));
}
function take(workspace2, key, length) {
  if (!workspace2) return new Float64Array(length);
  let buffer = workspace2[key];
  if (!buffer || buffer.length < length) {
    buffer = new Float64Array(length);
    workspace2[key] = buffer;
  }
  return buffer.subarray(0, length);
}
var RADIX_MIN_LENGTH = 4096;
var LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
function radixSortInPlace(values, scratch) {
  const n = values.length;
  let src = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let dst = new Uint32Array(scratch.buffer, scratch.byteOffset, 2 * n);
  let srcFloats = values;
  let dstFloats = scratch;
  const highWordOnly = highWordRunsAreShort(src, n);
  const histograms = HISTOGRAMS.fill(0);
  if (highWordOnly) transformCountingHighWord(src, n, histograms);
  else transformCountingBothWords(src, n, histograms);
  for (let pass = highWordOnly ? 2 : 0; pass < 4; pass++) {
    const base = pass * 65536;
    let trivial = false;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      if (c !== 0) {
        trivial = c === n;
        break;
      }
    }
    if (trivial) continue;
    let sum = 0;
    for (let k = 0; k < 65536; k++) {
      const c = histograms[base + k];
      histograms[base + k] = sum;
      sum += c;
    }
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const digit = (word === 0 ? lo : hi) >>> shift & 65535;
      const p = histograms[base + digit]++;
      dst[2 * p] = lo;
      dst[2 * p + 1] = hi;
    }
    [src, dst] = [dst, src];
    [srcFloats, dstFloats] = [dstFloats, srcFloats];
  }
  if (highWordOnly) sortRunsByLowWord(src, n);
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 2147483648) {
      src[2 * i + 1] = hi & 2147483647;
    } else {
      src[2 * i + 1] = ~hi;
      src[2 * i] = ~src[2 * i];
    }
  }
  return srcFloats;
}
var HISTOGRAMS = new Uint32Array(4 * 65536);
function transformCountingBothWords(keys, n, histograms) {
  for (let i = 0; i < n; i++) {
    let lo = keys[2 * i];
    let hi = keys[2 * i + 1];
    if (hi & 2147483648) {
      hi = ~hi;
      lo = ~lo;
    } else {
      hi |= 2147483648;
    }
    keys[2 * i] = lo;
    keys[2 * i + 1] = hi;
    histograms[lo & 65535]++;
    histograms[65536 + (lo >>> 16)]++;
    histograms[131072 + (hi & 65535)]++;
    histograms[196608 + (hi >>> 16)]++;
  }
}
function transformCountingHighWord(keys, n, histograms) {
  for (let i = 0; i < n; i++) {
    let hi = keys[2 * i + 1];
    if (hi & 2147483648) {
      hi = ~hi;
      keys[2 * i] = ~keys[2 * i];
    } else {
      hi |= 2147483648;
    }
    keys[2 * i + 1] = hi;
    histograms[131072 + (hi & 65535)]++;
    histograms[196608 + (hi >>> 16)]++;
  }
}
var SAMPLE = 4096;
var MAX_MEAN_RUN = 8;
var INSERTION_MAX = 48;
function highWordRunsAreShort(keys, n) {
  const sample = new Uint32Array(SAMPLE);
  const step = n / SAMPLE;
  for (let i = 0; i < SAMPLE; i++) sample[i] = keys[2 * Math.floor(i * step) + 1];
  sample.sort();
  let equal = 0;
  for (let i = 1; i < SAMPLE; i++) if (sample[i] === sample[i - 1]) equal++;
  return 1 + 2 * equal * n / (SAMPLE * SAMPLE) <= MAX_MEAN_RUN;
}
function sortRunsByLowWord(keys, n) {
  let i = 0;
  while (i < n) {
    const high = keys[2 * i + 1];
    let end = i + 1;
    while (end < n && keys[2 * end + 1] === high) end++;
    if (end - i > INSERTION_MAX) {
      const lows = new Uint32Array(end - i);
      for (let a = i; a < end; a++) lows[a - i] = keys[2 * a];
      lows.sort();
      for (let a = i; a < end; a++) keys[2 * a] = lows[a - i];
    } else {
      for (let a = i + 1; a < end; a++) {
        const low = keys[2 * a];
        let b = a - 1;
        while (b >= i && keys[2 * b] > low) {
          keys[2 * b + 2] = keys[2 * b];
          b--;
        }
        keys[2 * b + 2] = low;
      }
    }
    i = end;
  }
}

// src/profile/profile-column.ts
function profileNumericColumn(column, workspace2) {
  const order = valueOrder(column.values);
  const sorted = sortedWithoutNaN(column.values, workspace2);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  let distinct = 0;
  let integerValued = true;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    if (integerValued && !Number.isInteger(sorted[i])) integerValued = false;
  }
  return {
    kind: "numeric",
    name: column.name,
    rowCount: column.values.length,
    missing: column.missing,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct,
    integerValued,
    order,
    ...column.invalid ? { invalid: column.invalid } : {}
  };
}
function valueOrder(values) {
  let increasing = true;
  let decreasing = true;
  let previous = Number.NaN;
  for (let i = 0; i < values.length && (increasing || decreasing); i++) {
    const v = values[i];
    if (v !== v) continue;
    if (previous === previous) {
      if (v < previous) increasing = false;
      if (v > previous) decreasing = false;
    }
    previous = v;
  }
  return increasing ? "increasing" : decreasing ? "decreasing" : "none";
}
function profileCategoricalColumn(column) {
  const byCode = new Float64Array(column.categories.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code >= 0) byCode[code]++;
  }
  const byLabel = /* @__PURE__ */ new Map();
  column.categories.forEach((label, i) => {
    if (byCode[i] > 0) byLabel.set(label, (byLabel.get(label) ?? 0) + byCode[i]);
  });
  const counts = Float64Array.from(byLabel.values());
  return {
    kind: "categorical",
    name: column.name,
    rowCount: column.codes.length,
    missing: column.missing,
    count: counts.reduce((sum, c) => sum + c, 0),
    categories: [...byLabel.keys()],
    counts
  };
}
function profileColumn(column, workspace2) {
  return column.kind === "numeric" ? profileNumericColumn(column, workspace2) : profileCategoricalColumn(column);
}

// src/stats/ks-durbin-matrix-cdf.ts
function kolmogorovDurbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let Hpwr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let scratch = new Float64Array(m * m);
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  const kk = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2) {
      multiplySquare(Hpwr, H, scratch, m);
      [Hpwr, scratch] = [scratch, Hpwr];
      expnt += Hexpnt;
    }
    multiplySquare(H, H, scratch, m);
    [H, scratch] = [scratch, H];
    Hexpnt *= 2;
    if (Math.abs(H[kk]) > TWO_POW_128) {
      for (let i = 0; i < m * m; i++) H[i] /= TWO_POW_128;
      Hexpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[kk];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < TWO_POW_MINUS_128) {
      p *= TWO_POW_128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p = scaleByPowerOfTwo(p, expnt);
  return Math.min(Math.max(p, 0), 1);
}
var TWO_POW_128 = 2 ** 128;
var TWO_POW_MINUS_128 = 2 ** -128;
function multiplySquare(a, b, out, m) {
  out.fill(0);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let l = 0; l < m; l++) {
      const ail = a[row + l];
      if (ail === 0) continue;
      const brow = l * m;
      for (let j = 0; j < m; j++) out[row + j] += ail * b[brow + j];
    }
  }
}
function scaleByPowerOfTwo(x, e) {
  let y = x;
  let rest = e;
  while (rest > 1e3) {
    y *= 2 ** 1e3;
    rest -= 1e3;
  }
  while (rest < -1e3) {
    y *= 2 ** -1e3;
    rest += 1e3;
  }
  return y * 2 ** rest;
}

// src/stats/ks-pelz-good-cdf.ts
function kolmogorovPelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z2 = Math.sqrt(n) * x;
  const zsquared = z2 ** 2;
  const zthree = z2 ** 3;
  const zfour = z2 ** 4;
  const zsix = z2 ** 6;
  const qlog = -PI_SQUARED / 8 / zsquared;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -zsquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zsix + 2 * zfour;
  const k2b = (2 * zfour - 5 * zsquared) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * zsquared) / 16;
  const k3d = PI_SIX * (5 - 30 * zsquared) / 64;
  const k3c = PI_FOUR * (-60 * zsquared + 212 * zfour) / 16;
  const k3b = PI_SQUARED * (135 * zfour - 96 * zsix) / 4;
  const k3a = -30 * zsix - 90 * z2 ** 8;
  let K0 = 0;
  let K1 = 0;
  let K2 = 0;
  let K3 = 0;
  const maxk = Math.ceil(16 * z2 / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const msquared = m ** 2;
    const mfour = m ** 4;
    const msix = m ** 6;
    const qpower = q ** (8 * k);
    K0 = K0 * qpower + 1;
    K1 = K1 * qpower + (k1a + k1b * msquared);
    K2 = K2 * qpower + (k2a + k2b * msquared + k2c * mfour);
    K3 = K3 * qpower + (k3a + k3b * msquared + k3c * mfour + k3d * msix);
  }
  K0 = K0 * q * SQRT_2PI / z2;
  K1 = K1 * q * SQRT_2PI / (6 * zfour);
  K2 = K2 * q * SQRT_2PI / (72 * z2 ** 7);
  K3 = K3 * q * SQRT_2PI / (6480 * z2 ** 10);
  q = Math.exp(-PI_SQUARED / 2 / zsquared);
  const sqrt3z = SQRT3 * z2;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const ksquared = k ** 2;
    const qpwer = q ** ksquared;
    const kspi = Math.PI * k;
    k2extra += ksquared * qpwer;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpwer;
  }
  K2 += k2extra * PI_SQUARED * SQRT_2PI / (-36 * zthree);
  K3 += k3extra * PI_SQUARED * SQRT_2PI / (216 * zsix);
  return K0 + K1 / n ** 0.5 + K2 / n + K3 / n ** 1.5;
}
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var SQRT3 = Math.sqrt(3);
var MIN_LOG = -708;

// src/stats/ks-pomeranz-cdf.ts
function kolmogorovPomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g2 = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g2 / n;
  const twoGOverN = 2 * g2 / n;
  const oneMinusTwoGOverN = (1 - 2 * g2) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gOverN / m;
    twogpower[m] = twogpower[m - 1] * twoGOverN / m;
    onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzRowBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzRowBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = k1 - V0s;
      const aLen = Math.min(ln2, npwrs - start);
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV1 = -Infinity;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - bLen + 1);
        const hi = Math.min(idx, aLen - 1);
        for (let a = lo; a <= hi; a++) s += V0[start + a] * pwrs[idx - a];
        V1[c] = s;
      }
      for (let c = 0; c < npwrs; c++) if (V1[c] > maxV1) maxV1 = V1[c];
      if (maxV1 > 0 && maxV1 < TWO_POW_MINUS_1282) {
        for (let c = 0; c < npwrs; c++) V1[c] *= TWO_POW_1282;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > TWO_POW_1282) {
      ans *= TWO_POW_MINUS_1282;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = scaleByPowerOfTwo(ans, expnt);
  return Math.min(Math.max(ans, 0), 1);
}
var TWO_POW_1282 = 2 ** 128;
var TWO_POW_MINUS_1282 = 2 ** -128;
function pomeranzRowBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

// src/stats/ks-smirnov-one-sided-sf.ts
function smirnovOneSidedSf(n, x) {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [nxHi, nxLo] = twoProduct(n, x);
  let nxfl = Math.floor(nxHi);
  let alpha;
  if (nxfl === nxHi) {
    if (nxLo < 0) {
      nxfl -= 1;
      alpha = 1 + nxLo;
    } else {
      alpha = nxLo;
    }
  } else {
    alpha = nxHi - nxfl + nxLo;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) n1mxfl -= 1;
  if (nxfl === 0 || nxfl === 1 && alpha === 0) {
    const cdf = x * Math.exp((n - 1) * Math.log1p(x));
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) {
    return clip01((1 - x) ** n);
  }
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }
  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  let sum = Math.exp(n * Math.log1p(-x) - Math.log(x));
  let binHi = n;
  let binLo = 0;
  let binExp = 0;
  for (let v = 1; v < nTerms; v++) {
    const [s, sErr] = twoSum(v, nxHi);
    const sLo = sErr + nxLo;
    const q = s / n;
    const [pHi, pLo] = twoProduct(q, n);
    const qLo = (s - pHi - pLo + sLo) / n;
    const logOneMinusQ = Math.log1p(-q) - qLo / (1 - q);
    const logQ = Math.log(q) + qLo / q;
    const logTerm = binExp * LN2_HI + ((n - v) * logOneMinusQ + (v - 1) * logQ) + (binExp * LN2_LO + Math.log(binHi) + binLo / binHi);
    const term = Math.exp(logTerm);
    if (Number.isFinite(term) && term !== 0) sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
    const r = (n - v) / (v + 1);
    const [rp, rpErr] = twoProduct(r, v + 1);
    const rLo = (n - v - rp - rpErr) / (v + 1);
    const [mHi, mErr] = twoProduct(binHi, r);
    const mLo = mErr + binHi * rLo + binLo * r;
    binHi = mHi + mLo;
    binLo = mLo - (binHi - mHi);
    if (binHi > RESCALE_ABOVE) {
      binHi *= RESCALE_BY;
      binLo *= RESCALE_BY;
      binExp += RESCALE_EXPONENT;
    } else if (binHi < RESCALE_BELOW) {
      binHi *= RESCALE_ABOVE;
      binLo *= RESCALE_ABOVE;
      binExp -= RESCALE_EXPONENT;
    }
  }
  return clip01(x * sum);
}
var MINLOG = -745.1332191019412;
var LN2_HI = 0.6931471803691238;
var LN2_LO = 19082149292705877e-26;
var RESCALE_EXPONENT = 512;
var RESCALE_ABOVE = 2 ** RESCALE_EXPONENT;
var RESCALE_BELOW = 2 ** -RESCALE_EXPONENT;
var RESCALE_BY = 2 ** -RESCALE_EXPONENT;
var SMIRNOV_MAX_COMPUTE_N = 1e6;
function clip01(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
function twoSum(a, b) {
  const s = a + b;
  const bb = s - a;
  const e = a - (s - bb) + (b - bb);
  return [s, e];
}
var SPLITTER = 134217729;
function twoProduct(a, b) {
  const p = a * b;
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  const e = aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
  return [p, e];
}

// src/stats/kolmogorov-smirnov-two-sided-sf.ts
function kolmogorovSmirnovTwoSidedSf(d, n) {
  if (Number.isNaN(d) || !(n >= 1) || !Number.isFinite(n) || n !== Math.round(n)) return NaN;
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 1) {
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip012(1 - cdf2);
  }
  if (t >= n - 1) return clip012(2 * (1 - d) ** n);
  if (d >= 0.5) return clip012(2 * smirnovOneSidedSf(n, d));
  const nxsquared = t * d;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip012(1 - kolmogorovDurbinMatrixCdf(n, d));
    if (nxsquared <= 4) return clip012(1 - kolmogorovPomeranzCdf(n, d));
    return clip012(2 * smirnovOneSidedSf(n, d));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip012(2 * smirnovOneSidedSf(n, d));
  const cdf = n <= 1e5 && n * d ** 1.5 <= 1.4 ? kolmogorovDurbinMatrixCdf(n, d) : kolmogorovPelzGoodCdf(n, d);
  return clip012(1 - cdf);
}
function logFactorialOverPower(n) {
  const rn = 1 / n;
  const u = rn / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * u + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
var STIRLING_COEFFS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
var LOG_2PI = Math.log(2 * Math.PI);
function clip012(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

// src/stats/ks-exact-p-value.ts
function ksExactTwoSidedPValue(n1, n2, h) {
  if (h === 0) return 1;
  if (n1 === n2) return probabilityOutsideSquare(n1, h);
  return probabilityOutsideInsideMethod(n1, n2, greatestCommonDivisor(n1, n2), h);
}
function greatestCommonDivisor(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function probabilityOutsideSquare(n, h) {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}
function probabilityOutsideInsideMethod(m0, n0, g2, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = Math.floor(m / g2);
  const ng = Math.floor(n / g2);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    const shift = minj - lastminj;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + shift] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

// src/stats/ks-test.ts
var MAX_AUTO_N = 1e4;
var INT32_MAX = 2147483647;
function ksTestSorted(aSorted, bSorted, options = {}) {
  const n1 = aSorted.length;
  const n2 = bSorted.length;
  if (n1 === 0 || n2 === 0) {
    throw new Error(
      `ksTestSorted: sample '${n1 === 0 ? "a" : "b"}' is empty; expected at least one value.`
    );
  }
  let d = ksStatisticSorted(aSorted, bSorted);
  const g2 = greatestCommonDivisor(n1, n2);
  const n1g = n1 / g2;
  const n2g = n2 / g2;
  let method = options.method ?? "auto";
  let warning;
  if (method === "auto") {
    method = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  } else if (method === "exact" && n1g >= INT32_MAX / n2g) {
    method = "asymp";
    warning = `Exact ks_2samp calculation not possible with samples sizes ${n1} and ${n2}. Switching to 'asymp'.`;
  }
  let pValue = NaN;
  if (method === "exact") {
    const lcm = n1g * n2;
    const h = roundHalfToEven(d * lcm);
    d = h / lcm;
    pValue = ksExactTwoSidedPValue(n1, n2, h);
    if (!(pValue >= 0 && pValue <= 1)) {
      method = "asymp";
      warning = "ks_2samp: Exact calculation unsuccessful. Switching to method=asymp.";
    }
  }
  if (method === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = m * n / (m + n);
    pValue = kolmogorovSmirnovTwoSidedSf(d, roundHalfToEven(en));
  }
  pValue = pValue < 0 ? 0 : pValue > 1 ? 1 : pValue;
  return warning === void 0 ? { statistic: d, pValue, method } : { statistic: d, pValue, method, warning };
}
function ksStatisticSorted(a, b) {
  const [inner, outer] = a.length >= b.length ? [a, b] : [b, a];
  const nInner = inner.length;
  const nOuter = outer.length;
  let i = 0;
  let j = 0;
  let maxDiff = 0;
  let minDiff = 0;
  while (j < nOuter) {
    const v = outer[j];
    while (i < nInner && inner[i] < v) i++;
    const before = i / nInner - j / nOuter;
    if (before > maxDiff) maxDiff = before;
    else if (before < minDiff) minDiff = before;
    while (i < nInner && inner[i] === v) i++;
    j++;
    while (j < nOuter && outer[j] === v) j++;
    const after = i / nInner - j / nOuter;
    if (after > maxDiff) maxDiff = after;
    else if (after < minDiff) minDiff = after;
    if (i === nInner) break;
  }
  return -minDiff > maxDiff ? -minDiff : maxDiff;
}
function roundHalfToEven(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// src/stats/log-gamma.ts
function logGamma(x) {
  if (!(x > 0)) {
    throw new RangeError(`logGamma: x must be a positive number, got ${x}.`);
  }
  if (x === Infinity) return Infinity;
  if (x < 13) {
    let z2 = 1;
    let p2 = 0;
    let u = x;
    while (u >= 3) {
      p2 -= 1;
      u = x + p2;
      z2 *= u;
    }
    while (u < 2) {
      z2 /= u;
      p2 += 1;
      u = x + p2;
    }
    if (u === 2) return Math.log(z2);
    p2 -= 2;
    const shifted = x + p2;
    return Math.log(z2) + shifted * polynomial(shifted, RATIONAL_NUM) / monicPolynomial(shifted, RATIONAL_DEN);
  }
  if (x > MAX_LOG_GAMMA_ARGUMENT) return Infinity;
  let q = (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI;
  if (x > 1e8) return q;
  const p = 1 / (x * x);
  if (x >= 1e3) {
    q += ((7936507936507937e-19 * p - 0.002777777777777778) * p + 0.08333333333333333) / x;
  } else {
    q += polynomial(p, STIRLING) / x;
  }
  return q;
}
var LOG_SQRT_2PI = 0.9189385332046728;
var MAX_LOG_GAMMA_ARGUMENT = 2556348e299;
var STIRLING = [
  8116141674705085e-19,
  -5950619042843014e-19,
  7936503404577169e-19,
  -0.002777777777300997,
  0.08333333333333319
];
var RATIONAL_NUM = [
  -1378.2515256912086,
  -38801.631513463784,
  -331612.9927388712,
  -1162370974927623e-9,
  -1.7217370082083966e6,
  -853555.6642457654
];
var RATIONAL_DEN = [
  -351.81570143652345,
  -17064.210665188115,
  -220528.59055385445,
  -1.1393344436798252e6,
  -2.5325230717758294e6,
  -2.0188914143353277e6
];
function polynomial(x, coefficients) {
  let result = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}
function monicPolynomial(x, coefficients) {
  let result = x + coefficients[0];
  for (let i = 1; i < coefficients.length; i++) result = result * x + coefficients[i];
  return result;
}

// src/stats/regularized-gamma.ts
function regularizedGammaQ(a, x) {
  checkArguments("regularizedGammaQ", a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x > 1.1) {
    return x < a ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
  }
  if (x <= 0.5) {
    return -0.4 / Math.log(x) < a ? 1 - lowerSeries(a, x) : upperSeries(a, x);
  }
  return x * 1.1 < a ? 1 - lowerSeries(a, x) : upperSeries(a, x);
}
var MACHINE_EPSILON = 11102230246251565e-32;
var MAX_LOG = 709.782712893384;
var MAX_ITERATIONS = 2e3;
var BIG = 4503599627370496;
var BIG_INVERSE = 2220446049250313e-31;
function checkArguments(name, a, x) {
  if (!(a > 0) || a === Infinity) {
    throw new RangeError(`${name}: a must be a positive finite number, got ${a}.`);
  }
  if (!(x >= 0)) {
    throw new RangeError(`${name}: x must be a number >= 0, got ${x}.`);
  }
}
function prefactor(a, x) {
  if (Math.abs(a - x) > 0.4 * Math.abs(a)) {
    const logPrefactor = a * Math.log(x) - x - logGamma(a);
    return logPrefactor < -MAX_LOG ? 0 : Math.exp(logPrefactor);
  }
  const fac = a + LANCZOS_G - 0.5;
  let result = Math.sqrt(fac / Math.E) / lanczosSumExpGScaled(a);
  if (a < 200 && x < 200) {
    result *= Math.exp(a - x) * Math.pow(x / fac, a);
  } else {
    const num = x - a - LANCZOS_G + 0.5;
    result *= Math.exp(a * log1pMinusX(num / fac) + x * (0.5 - LANCZOS_G) / fac);
  }
  return result;
}
function lowerSeries(a, x) {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let r = a;
  let c = 1;
  let sum = 1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    r += 1;
    c *= x / r;
    sum += c;
    if (c <= MACHINE_EPSILON * sum) break;
  }
  return sum * factor / a;
}
function upperContinuedFraction(a, x) {
  const factor = prefactor(a, x);
  if (factor === 0) return 0;
  let y = 1 - a;
  let z2 = x + y + 1;
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = x + 1;
  let qkm1 = z2 * x;
  let ans = pkm1 / qkm1;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    c += 1;
    y += 1;
    z2 += 2;
    const yc = y * c;
    const pk = pkm1 * z2 - pkm2 * yc;
    const qk = qkm1 * z2 - qkm2 * yc;
    let change = 1;
    if (qk !== 0) {
      const r = pk / qk;
      change = Math.abs((ans - r) / r);
      ans = r;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    if (Math.abs(pk) > BIG) {
      pkm2 *= BIG_INVERSE;
      pkm1 *= BIG_INVERSE;
      qkm2 *= BIG_INVERSE;
      qkm1 *= BIG_INVERSE;
    }
    if (change <= MACHINE_EPSILON) break;
  }
  return ans * factor;
}
function upperSeries(a, x) {
  let fac = 1;
  let sum = 0;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    fac *= -x / n;
    const term2 = fac / (a + n);
    sum += term2;
    if (Math.abs(term2) <= MACHINE_EPSILON * Math.abs(sum)) break;
  }
  const logX = Math.log(x);
  const term = -Math.expm1(a * logX - logGamma(1 + a));
  return term - Math.exp(a * logX - logGamma(a)) * sum;
}
function log1pMinusX(x) {
  if (Math.abs(x) < 0.5) {
    let xfac = x;
    let result = 0;
    for (let n = 2; n < MAX_ITERATIONS; n++) {
      xfac *= -x;
      const term = xfac / n;
      result += term;
      if (Math.abs(term) < MACHINE_EPSILON * Math.abs(result)) break;
    }
    return result;
  }
  return Math.log1p(x) - x;
}
var LANCZOS_G = 6.02468004077673;
var LANCZOS_SUM_EXPG_SCALED_NUM = [
  0.006061842346248907,
  0.5098416655656676,
  19.519927882476175,
  449.9445569063168,
  6955.999602515376,
  75999.29304014542,
  601859.6171681099,
  3481712154980646e-9,
  14605578087685067e-9,
  4333888932467614e-8,
  863631312881386e-7,
  10379404311634454e-8,
  56906521913471565e-9
];
var LANCZOS_SUM_EXPG_SCALED_DENOM = [
  1,
  66,
  1925,
  32670,
  357423,
  2637558,
  13339535,
  45995730,
  105258076,
  150917976,
  120543840,
  39916800,
  0
];
function lanczosSumExpGScaled(x) {
  const num = LANCZOS_SUM_EXPG_SCALED_NUM;
  const den = LANCZOS_SUM_EXPG_SCALED_DENOM;
  const degree = num.length - 1;
  let numerator;
  let denominator;
  if (Math.abs(x) > 1) {
    const y = 1 / x;
    numerator = num[degree];
    denominator = den[degree];
    for (let i = degree - 1; i >= 0; i--) {
      numerator = numerator * y + num[i];
      denominator = denominator * y + den[i];
    }
  } else {
    numerator = num[0];
    denominator = den[0];
    for (let i = 1; i <= degree; i++) {
      numerator = numerator * x + num[i];
      denominator = denominator * x + den[i];
    }
  }
  return numerator / denominator;
}

// src/stats/chi-square-survival.ts
function chiSquareSurvival(x, k) {
  if (Number.isNaN(x)) {
    throw new RangeError("chiSquareSurvival: x must be a number, got NaN.");
  }
  if (!(k > 0) || k === Infinity) {
    throw new RangeError(
      `chiSquareSurvival: degrees of freedom k must be a positive finite number, got ${k}.`
    );
  }
  if (x < 0) return 1;
  return regularizedGammaQ(k / 2, x / 2);
}

// src/stats/contingency-table.ts
function reduceContingencyTable(table, caller) {
  if (table.length === 0 || table[0].length === 0) {
    throw new Error(
      `${caller}: the table must have at least one row and one column, got an empty table.`
    );
  }
  const columns = table[0].length;
  const rowSums = new Array(table.length).fill(0);
  const columnSums = new Array(columns).fill(0);
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    if (row.length !== columns) {
      throw new Error(
        `${caller}: row ${i} has ${row.length} counts, expected ${columns} as in row 0.`
      );
    }
    for (let j = 0; j < columns; j++) {
      const count = row[j];
      if (!(count >= 0) || count === Infinity) {
        throw new Error(
          `${caller}: count at row ${i}, column ${j} is ${count}, expected a finite number >= 0.`
        );
      }
      rowSums[i] += count;
      columnSums[j] += count;
    }
  }
  const rowIndices = rowSums.flatMap((sum, i) => sum > 0 ? [i] : []);
  const columnIndices = columnSums.flatMap((sum, j) => sum > 0 ? [j] : []);
  if (rowIndices.length === 0) {
    throw new Error(
      `${caller}: every count in the table is 0, expected at least one positive count.`
    );
  }
  const observed = rowIndices.map((i) => columnIndices.map((j) => table[i][j]));
  const rowTotals = rowIndices.map((i) => rowSums[i]);
  const columnTotals = columnIndices.map((j) => columnSums[j]);
  let total = 0;
  for (const sum of rowTotals) total += sum;
  return { observed, rowIndices, columnIndices, rowTotals, columnTotals, total };
}
function pearsonChiSquare(reduced, yatesCorrection) {
  const { observed, rowTotals, columnTotals, total } = reduced;
  let statistic = 0;
  const expected = rowTotals.map(
    (rowTotal, i) => columnTotals.map((columnTotal, j) => {
      const e = rowTotal * columnTotal / total;
      let o = observed[i][j];
      if (yatesCorrection) {
        const difference = e - o;
        o += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
      }
      statistic += (o - e) * (o - e) / e;
      return e;
    })
  );
  return { statistic, expected };
}

// src/stats/chi-square-contingency.ts
function chiSquareContingency(table) {
  const reduced = reduceContingencyTable(table, "chiSquareContingency");
  const degreesOfFreedom = (reduced.rowTotals.length - 1) * (reduced.columnTotals.length - 1);
  const { statistic, expected: reducedExpected } = pearsonChiSquare(
    reduced,
    degreesOfFreedom === 1
  );
  const expected = table.map((row) => new Array(row.length).fill(0));
  reduced.rowIndices.forEach((i, reducedRow) => {
    reduced.columnIndices.forEach((j, reducedColumn) => {
      expected[i][j] = reducedExpected[reducedRow][reducedColumn];
    });
  });
  if (degreesOfFreedom === 0) {
    return { statistic: 0, pValue: 1, degreesOfFreedom, expected };
  }
  return {
    statistic,
    pValue: chiSquareSurvival(statistic, degreesOfFreedom),
    degreesOfFreedom,
    expected
  };
}

// src/stats/cramers-v.ts
function cramersV(table) {
  const reduced = reduceContingencyTable(table, "cramersV");
  const smallerDimension = Math.min(reduced.rowTotals.length, reduced.columnTotals.length);
  if (smallerDimension < 2) return 0;
  const { statistic } = pearsonChiSquare(reduced, false);
  return Math.sqrt(statistic / reduced.total / (smallerDimension - 1));
}

// src/stats/total-variation-distance.ts
function totalVariationDistance(countsA, countsB) {
  if (countsA.length !== countsB.length) {
    throw new Error(
      `totalVariationDistance: countsA has ${countsA.length} categories and countsB has ${countsB.length}, expected the same categories in both.`
    );
  }
  const totalA = countTotal(countsA, "countsA");
  const totalB = countTotal(countsB, "countsB");
  let sum = 0;
  for (let i = 0; i < countsA.length; i++) {
    sum += Math.abs(countsA[i] / totalA - countsB[i] / totalB);
  }
  return 0.5 * sum;
}
function countTotal(counts, name) {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (!(count >= 0) || count === Infinity) {
      throw new Error(
        `totalVariationDistance: ${name}[${i}] is ${count}, expected a finite count >= 0.`
      );
    }
    total += count;
  }
  if (!(total > 0)) {
    throw new Error(
      `totalVariationDistance: ${name} sums to 0 over ${counts.length} categories, expected at least one positive count.`
    );
  }
  return total;
}

// src/stats/z-score-outlier-share.ts
function zScoreOutlierShare(referenceMean, referenceStd, recent, threshold = 3) {
  if (!Number.isFinite(referenceMean)) {
    throw new RangeError(
      `zScoreOutlierShare: referenceMean is ${referenceMean}, expected a finite number.`
    );
  }
  if (!(referenceStd >= 0) || referenceStd === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: referenceStd is ${referenceStd}, expected a finite number >= 0.`
    );
  }
  if (!(threshold >= 0) || threshold === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: threshold is ${threshold}, expected a finite number >= 0.`
    );
  }
  let count = 0;
  let observed = 0;
  for (let i = 0; i < recent.length; i++) {
    const x = recent[i];
    if (x !== x) continue;
    observed++;
    if (Math.abs(x - referenceMean) / referenceStd > threshold) count++;
  }
  return { count, share: observed === 0 ? 0 : count / observed, observed };
}

// src/stats/pool-rare-categories.ts
var MIN_EXPECTED_COUNT = 5;
function poolRareCategories(a, b, minExpected = MIN_EXPECTED_COUNT) {
  if (a.length !== b.length) {
    throw new Error(
      `poolRareCategories: the rows have ${a.length} and ${b.length} categories, expected the same categories in both.`
    );
  }
  let totalA = 0;
  let totalB = 0;
  for (let j = 0; j < a.length; j++) {
    totalA += a[j];
    totalB += b[j];
  }
  const total = totalA + totalB;
  const smallerRow = Math.min(totalA, totalB);
  const kept = [];
  const rare = [];
  for (let j = 0; j < a.length; j++) {
    const columnTotal = a[j] + b[j];
    if (columnTotal === 0) continue;
    if (columnTotal * smallerRow / total < minExpected) rare.push(j);
    else kept.push(j);
  }
  const members = kept.map((j) => [j]);
  if (rare.length > 0) {
    const rareTotal = rare.reduce((s, j) => s + a[j] + b[j], 0);
    if (rareTotal * smallerRow / total >= minExpected || members.length === 0) {
      members.push(rare);
    } else {
      let smallest = 0;
      for (let m = 1; m < members.length; m++) {
        const t = (x) => x.reduce((s, j) => s + a[j] + b[j], 0);
        if (t(members[m]) < t(members[smallest])) smallest = m;
      }
      members[smallest] = [...members[smallest], ...rare].sort((x, y) => x - y);
      members.push(...members.splice(smallest, 1));
    }
  }
  return {
    a: members.map((m) => m.reduce((s, j) => s + a[j], 0)),
    b: members.map((m) => m.reduce((s, j) => s + b[j], 0)),
    members,
    pooled: rare
  };
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI2 = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/profile/quantile-sketch.ts
function countAtMostBounds(sketch, x) {
  const { values } = sketch;
  const k = values.length;
  if (k === 0 || x < values[0]) return { low: 0, high: 0 };
  if (x >= values[k - 1]) return { low: sketch.count, high: sketch.count };
  let lo = 0;
  let hi = k - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (values[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  if (values[lo] === x) return { low: sketch.atMostLow[lo], high: sketch.atMostHigh[lo] };
  return { low: sketch.atMostLow[lo], high: sketch.lessThanHigh[lo + 1] };
}
function estimatedCdf(sketch, x) {
  const { low, high } = countAtMostBounds(sketch, x);
  return (low + high) / 2 / sketch.count;
}
function estimatedQuantile(sketch, p) {
  const { values } = sketch;
  for (let i = 0; i < values.length; i++) {
    if ((sketch.atMostLow[i] + sketch.atMostHigh[i]) / 2 >= p * sketch.count) return values[i];
  }
  return values[values.length - 1];
}

// src/profile/ks-test-against-sketch.ts
function ksTestAgainstSketch(sketch, recentSorted) {
  const n1 = sketch.count;
  const n2 = recentSorted.length;
  if (n1 === 0 || n2 === 0) {
    throw new Error(
      `ksTestAgainstSketch: the ${n1 === 0 ? "reference sketch" : "recent sample"} is empty; expected at least one value.`
    );
  }
  const { values, atMostLow, atMostHigh, lessThanHigh } = sketch;
  const k = values.length;
  let j = 0;
  let d = 0;
  const consider = (refCount, recentCount) => {
    const diff = Math.abs(refCount / n1 - recentCount / n2);
    if (diff > d) d = diff;
  };
  for (let i = 0; i < k; i++) {
    const v = values[i];
    while (j < n2 && recentSorted[j] < v) j++;
    const below = i === 0 ? 0 : (atMostLow[i - 1] + lessThanHigh[i]) / 2;
    consider(below, j);
    while (j < n2 && recentSorted[j] === v) j++;
    consider((atMostLow[i] + atMostHigh[i]) / 2, j);
    if (i + 1 < k) consider((atMostLow[i] + lessThanHigh[i + 1]) / 2, j);
  }
  const exactEn = n1 * n2 / (n1 + n2);
  let en = Math.round(exactEn);
  if (en - exactEn === 0.5 && en % 2 !== 0) en -= 1;
  const pValue = kolmogorovSmirnovTwoSidedSf(d, en);
  return {
    statistic: d,
    pValue: Math.min(1, Math.max(0, pValue)),
    method: "asymp",
    rankErrorBound: sketch.rankErrorBound
  };
}

// src/detect/overlay-histogram.ts
var TARGET_BINS = 10;
var RANGE_QUANTILES = [0.01, 0.99];
function overlayHistogram(reference, recent, targetBins = TARGET_BINS) {
  const lo = Math.min(reference.quantile(RANGE_QUANTILES[0]), recent.quantile(RANGE_QUANTILES[0]));
  const hi = Math.max(reference.quantile(RANGE_QUANTILES[1]), recent.quantile(RANGE_QUANTILES[1]));
  if (!(hi > lo) || !Number.isFinite(hi - lo)) {
    return { labels: [formatEdge(lo)], reference: [1], recent: [1], edges: [lo, lo] };
  }
  const step = niceStep((hi - lo) / targetBins);
  const start = Math.floor(lo / step) * step;
  const count = Math.max(1, Math.ceil((hi - start) / step - 1e-9));
  const edges = Array.from({ length: count + 1 }, (_, i) => roundToStep(start + i * step, step));
  const labels = [];
  const ref = [];
  const rec = [];
  const below = [reference.shareBelow(edges[0]), recent.shareBelow(edges[0])];
  if (below[0] > 0 || below[1] > 0) {
    labels.push(`< ${formatEdge(edges[0], step)}`);
    ref.push(below[0]);
    rec.push(below[1]);
  }
  let prev = below;
  for (let i = 0; i < count; i++) {
    const upTo = [reference.shareAtMost(edges[i + 1]), recent.shareAtMost(edges[i + 1])];
    labels.push(`${formatEdge(edges[i], step)}\u2013${formatEdge(edges[i + 1], step)}`);
    ref.push(upTo[0] - prev[0]);
    rec.push(upTo[1] - prev[1]);
    prev = upTo;
  }
  if (prev[0] < 1 || prev[1] < 1) {
    labels.push(`> ${formatEdge(edges[count], step)}`);
    ref.push(1 - prev[0]);
    rec.push(1 - prev[1]);
  }
  return {
    labels,
    reference: ref.map(clampShare),
    recent: rec.map(clampShare),
    edges
  };
}
function sortedSide(sorted, quantileSorted2) {
  const n = sorted.length;
  return {
    quantile: quantileSorted2,
    shareBelow: (x) => lowerBound(sorted, x) / n,
    shareAtMost: (x) => upperBound(sorted, x) / n
  };
}
function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw * (1 - 1e-12)) return m * power;
  return 10 * power;
}
function roundToStep(value, step) {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(decimals, 20)));
}
function clampShare(share) {
  return Math.min(1, Math.max(0, share));
}
function formatEdge(value, step) {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const needed = step === void 0 ? 3 : Math.floor(Math.log10(abs)) - Math.floor(Math.log10(step)) + 2;
  const digits = Math.min(15, Math.max(3, needed));
  if (abs < 1e-3 || abs >= 1e15)
    return Number(value.toPrecision(digits)).toExponential().replace(/e\+?/, "e");
  if (abs >= 1e4 && digits <= 4)
    return new Intl.NumberFormat("en-US", {
      notation: "compact",
      maximumSignificantDigits: digits
    }).format(value).replace("K", "k");
  return Number(value.toPrecision(digits)).toString();
}
function lowerBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/detect/sketch-feature-test.ts
function compareNumericAgainstSketch(ref, rec, config) {
  const sketch = ref.sketch;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: "numeric",
    test: "ks",
    effectSizeName: "ks_d",
    referenceCount: sketch.count,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    approximate: { rankErrorBound: sketch.rankErrorBound }
  };
  if (sketch.count === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${sketch.count === 0 ? "reference" : "recent"} data`
    };
  }
  const ks = ksTestAgainstSketch(sketch, b);
  const { mean, standardDeviation: std } = ref;
  const z2 = config.outlierZScore;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    referenceMedian: estimatedQuantile(sketch, 0.5),
    recentMedian: quantileSorted(b, 0.5),
    ...Number.isFinite(mean) && Number.isFinite(std) ? {
      outlierShare: zScoreOutlierShare(mean, std, b, z2).share,
      referenceOutlierShare: sketchOutlierShare(sketch, mean, std, z2)
    } : {},
    distribution: sketchDistribution(sketch, b)
  };
}
function sketchOutlierShare(sketch, mean, std, z2) {
  if (std === 0) return 0;
  const below = estimatedCdf(sketch, mean - z2 * std);
  const above = 1 - estimatedCdf(sketch, mean + z2 * std);
  return Math.min(1, Math.max(0, below + above));
}
function sketchDistribution(sketch, b) {
  const reference = {
    quantile: (p) => estimatedQuantile(sketch, p),
    // A sketch estimates F(x) = share at or below x; the mass at exactly x is within
    // its rank error, so "below" and "at most" are the same estimate.
    shareBelow: (x) => estimatedCdf(sketch, x),
    shareAtMost: (x) => estimatedCdf(sketch, x)
  };
  return overlayHistogram(
    reference,
    sortedSide(b, (p) => quantileSorted(b, p))
  );
}

// src/detect/column-roles.ts
var MIN_VALUES_FOR_UNIQUENESS = 50;
var UNIQUE_SHARE = 0.95;
var PATTERN_SHARE = 0.95;
var EPOCH_SECONDS = [946684800, 4102444800];
var EPOCH_MILLISECONDS = [EPOCH_SECONDS[0] * 1e3, EPOCH_SECONDS[1] * 1e3];
var UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
var HEX_HASH = /^(0x)?[0-9a-f]{16,}$/i;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z| ?([+-])(\d{2})(?::?(\d{2}))?| UTC| GMT)?)?$/;
var SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}( \d{1,2}:\d{2}(:\d{2})?)?$/;
var TIME_OF_DAY = String.raw`(?<time>(?:[ T]|, )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?(?:Z| ?[+-]\d{2}:?\d{2}| UTC| GMT)?)?`;
var YEAR_FIRST_DATE = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})${TIME_OF_DAY}$`);
var YEAR_LAST_DATE = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME_OF_DAY}$`);
var MONTH_NAME_FIRST_DATE = new RegExp(
  String.raw`^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})${TIME_OF_DAY}$`
);
var DAY_MONTH_NAME_DATE = new RegExp(
  String.raw`^(\d{1,2})([ -])([A-Za-z]{3,9})\.?\2(\d{4})${TIME_OF_DAY}$`
);
var MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
var DAY_MS2 = 864e5;
var EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
var EXCEL_SERIAL_DAYS = [32874, 73051];
var YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
var MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;
var MONTH_NAME_YEAR = /^([A-Za-z]{3,9})\.?[ -](\d{4})$/;
var YEAR_QUARTER = /^(\d{4}) ?-?[Qq]([1-4])$/;
var QUARTER_YEAR = /^[Qq]([1-4])[ -]?(\d{4})$/;
var ISO_WEEK = /^(\d{4})-?W(\d{2})$/;
var YYYYMMDD = [19000101, 21001231];
var IDENTIFIER_NAME_CAMEL = /[a-z](Id|ID|Uuid|UUID|Key)$/;
var IDENTIFIER_NAME_PLAIN = /^(id|uuid|guid|key|index|idx|row|rownum|row_?number)$|[_\-. ](id|uuid|guid|key)$/i;
var TIME_NAME_PLAIN = /^(date|time|timestamp|datetime|ts|event_?time|event_?date|year)$|[_\-. ](date|time|timestamp|datetime|ts|at|year)$/i;
var NUMBER_AS_TEXT = /^[-+]?[\d.,' ]*\d[\d.,' ]*\s*[^\d\s]{0,5}$/;
var TIME_NAME_CAMEL = /[a-z](Date|Time|Timestamp|At|Ts|Year)$/;
function isIdentifierName(name) {
  return IDENTIFIER_NAME_PLAIN.test(name) || IDENTIFIER_NAME_CAMEL.test(name);
}
function isTimeName(name) {
  return TIME_NAME_PLAIN.test(name) || TIME_NAME_CAMEL.test(name);
}
function detectColumnRole(reference, recent, options) {
  const name = reference.name;
  let found;
  if (options.timeColumn === name) {
    found = { name, role: "time", source: "declared", reason: "time: declared in time-column" };
  } else if (options.identifierColumns.includes(name)) {
    found = {
      name,
      role: "identifier",
      source: "declared",
      reason: "identifier: declared in identifier-columns"
    };
  } else if (options.detectRoles) {
    const why = roleFromContentAndName(reference);
    if (why) found = { name, source: "detected", ...why };
  }
  if (!found) return void 0;
  if (found.role !== "time") return found;
  const range = (p) => timeRangeOf(p);
  const referenceRange = range(reference);
  const recentRange = range(typeof recent === "function" ? recent() : recent);
  return {
    ...found,
    timeRange: {
      ...referenceRange ? { reference: referenceRange } : {},
      ...recentRange ? { recent: recentRange } : {}
    }
  };
}
function roleFromContentAndName(profile) {
  return profile.kind === "numeric" ? numericRole(profile) : categoricalRole(profile);
}
function percent(share) {
  return `${Math.floor(share * 100)}%`;
}
function numericRange(p) {
  const values = p.sketch ? p.sketch.values : p.sorted;
  if (values.length === 0) return void 0;
  return [values[0], values[values.length - 1]];
}
function numericRole(p) {
  const range = numericRange(p);
  if (!range || p.count === 0) return void 0;
  const [min, max] = range;
  const distinctShare = p.distinct / p.count;
  if (isYyyymmddColumn(p, min, max)) {
    return { role: "time", reason: "time: yyyymmdd date numbers" };
  }
  if (isYyyymmColumn(p, min, max)) {
    return { role: "time", reason: "time: yyyymm month numbers" };
  }
  const epoch = epochUnit(min, max);
  if (epoch && (distinctShare >= 0.5 || isTimeName(p.name))) {
    return { role: "time", reason: `time: epoch ${epoch} values` };
  }
  if (isExcelSerialDateColumn(p, min, max)) {
    return { role: "time", reason: `time: name '${p.name}' and spreadsheet serial dates` };
  }
  const ordered = p.order !== "none" && p.count >= 2;
  if (isTimeName(p.name) && ordered) {
    return { role: "time", reason: `time: name '${p.name}' and values in row order` };
  }
  if (p.integerValued && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= UNIQUE_SHARE) {
    if (ordered) {
      return {
        role: "identifier",
        reason: `identifier: ${p.order} sequence of ${percent(distinctShare)} unique whole numbers`
      };
    }
    if (max - min + 1 <= 2 * p.count) {
      return {
        role: "identifier",
        reason: `identifier: ${percent(distinctShare)} unique whole numbers in a dense range`
      };
    }
  }
  if (isIdentifierName(p.name) && p.integerValued && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= 0.5) {
    return {
      role: "identifier",
      reason: `identifier: name '${p.name}' and ${percent(distinctShare)} distinct values`
    };
  }
  return void 0;
}
function isYyyymmddColumn(p, min, max) {
  if (!p.integerValued || min < YYYYMMDD[0] || max > YYYYMMDD[1]) return false;
  return everyDistinctValue(p, (v) => Number.isFinite(yyyymmddTime(v)));
}
function everyDistinctValue(p, test) {
  const values = p.sketch ? p.sketch.values : p.sorted;
  let previous = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === previous) continue;
    previous = v;
    if (!test(v)) return false;
  }
  return true;
}
function isExcelSerialDateColumn(p, min, max) {
  return (DATE_NAME_PLAIN.test(p.name) || DATE_NAME_CAMEL.test(p.name)) && min >= EXCEL_SERIAL_DAYS[0] && max < EXCEL_SERIAL_DAYS[1];
}
var DATE_NAME_PLAIN = /^(date|datetime|timestamp)$|[_\-. ](date|datetime|timestamp|at)$/i;
var DATE_NAME_CAMEL = /[a-z](Date|DateTime|Datetime|Timestamp|At)$/;
function excelSerialText(serial) {
  const iso = new Date(EXCEL_DAY_ZERO + serial * DAY_MS2).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso;
}
function isYyyymmColumn(p, min, max) {
  if (!p.integerValued || min < YYYYMM[0] || max > YYYYMM[1]) return false;
  if (p.distinct < 6 && !MONTH_NAME.test(p.name)) return false;
  return everyDistinctValue(p, (v) => v % 100 >= 1 && v % 100 <= 12);
}
var YYYYMM = [190001, 209912];
var MONTH_NAME = /month|period|yyyymm|(^|[_\-. ])ym$/i;
function yyyymmddTime(value) {
  return calendarTime(Math.floor(value / 1e4), Math.floor(value / 100) % 100, value % 100);
}
function calendarTime(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const time = Date.UTC(year, month - 1, day);
  return new Date(time).getUTCDate() === day ? time : Number.NaN;
}
function monthOfName(name) {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (m) => lower === m || lower.length >= 3 && m.startsWith(lower) && lower.length <= 4
  );
  return index < 0 ? Number.NaN : index + 1;
}
function writtenDateTime(text, dayFirst) {
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDateTime(iso);
  let day = Number.NaN;
  let m = YEAR_FIRST_DATE.exec(text);
  if (m) day = calendarTime(+m[1], +m[3], +m[4]);
  else if (m = YEAR_LAST_DATE.exec(text)) {
    const [a, b] = [+m[1], +m[3]];
    day = calendarTime(+m[4], dayFirst ? b : a, dayFirst ? a : b);
  } else if (m = MONTH_NAME_FIRST_DATE.exec(text)) {
    day = calendarTime(+m[3], monthOfName(m[1]), +m[2]);
  } else if (m = DAY_MONTH_NAME_DATE.exec(text)) {
    day = calendarTime(+m[4], monthOfName(m[3]), +m[1]);
  }
  return m ? day + timeOfDayMilliseconds(m.groups?.time ?? "") : periodStart(text);
}
function periodStart(text) {
  const last = text.charCodeAt(text.length - 1);
  if (text.length > 14 || text.length < 6 || last < 48 || last > 57) return Number.NaN;
  const start = periodStartAnyYear(text);
  const year = new Date(start).getUTCFullYear();
  return year >= 1900 && year <= 2099 ? start : Number.NaN;
}
function periodStartAnyYear(text) {
  let m = YEAR_MONTH.exec(text);
  if (m) return calendarTime(+m[1], +m[2], 1);
  if (m = MONTH_YEAR.exec(text)) return calendarTime(+m[2], +m[1], 1);
  if (m = MONTH_NAME_YEAR.exec(text)) return calendarTime(+m[2], monthOfName(m[1]), 1);
  if (m = YEAR_QUARTER.exec(text)) return calendarTime(+m[1], 3 * +m[2] - 2, 1);
  if (m = QUARTER_YEAR.exec(text)) return calendarTime(+m[2], 3 * +m[1] - 2, 1);
  if ((m = ISO_WEEK.exec(text)) && +m[2] >= 1 && +m[2] <= 53) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - (new Date(jan4).getUTCDay() + 6) % 7 * DAY_MS2;
    return monday + (+m[2] - 1) * 7 * DAY_MS2;
  }
  return Number.NaN;
}
function isoDateTime(m) {
  const [
    ,
    year,
    month,
    day,
    hours = "0",
    minutes = "0",
    seconds = "0",
    sign,
    zoneHours,
    zoneMinutes
  ] = m;
  const offset = sign ? (sign === "-" ? -1 : 1) * (+zoneHours * 60 + Number(zoneMinutes ?? 0)) : 0;
  return calendarTime(+year, +month, +day) + ((+hours * 60 + +minutes - offset) * 60 + Number(seconds)) * 1e3;
}
function timeOfDayMilliseconds(text) {
  const m = /(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?: ?([AaPp])[Mm])?/.exec(text);
  if (!m) return 0;
  let hours = +m[1] % (m[4] ? 12 : 24);
  if (m[4] && m[4].toLowerCase() === "p") hours += 12;
  return ((hours * 60 + +m[2]) * 60 + Number(m[3] ?? 0)) * 1e3;
}
function isWrittenDate(label) {
  return Number.isFinite(writtenDateTime(label, true)) || YEAR_LAST_DATE.test(label) && Number.isFinite(writtenDateTime(label, false));
}
function epochUnit(min, max) {
  if (min >= EPOCH_SECONDS[0] && max <= EPOCH_SECONDS[1]) return "second";
  if (min >= EPOCH_MILLISECONDS[0] && max <= EPOCH_MILLISECONDS[1]) return "millisecond";
  return void 0;
}
function rowShare(p, test) {
  let rows = 0;
  p.categories.forEach((label, i) => {
    if (test(label)) rows += p.counts[i];
  });
  return p.count === 0 ? 0 : rows / p.count;
}
function categoricalRole(p) {
  if (p.count === 0) return void 0;
  const trimmed = (label) => label.trim();
  if (rowShare(p, (l) => ISO_DATE.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "time", reason: "time: ISO-8601 date or datetime values" };
  }
  if (rowShare(p, (l) => SLASH_DATE.test(trimmed(l))) >= PATTERN_SHARE) {
    const order = isDayFirst(p.categories) ? "d/m/yyyy" : "m/d/yyyy";
    return { role: "time", reason: `time: slash-separated date values (${order})` };
  }
  if (rowShare(p, (l) => isWrittenDate(trimmed(l))) >= PATTERN_SHARE) {
    const example = p.categories.find((l) => isWrittenDate(trimmed(l))) ?? "";
    const period = Number.isFinite(periodStart(example.trim()));
    return {
      role: "time",
      reason: `time: ${period ? "period" : "written date"} values such as '${example.trim()}'`
    };
  }
  if (rowShare(p, (l) => UUID.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "identifier", reason: "identifier: UUID values" };
  }
  if (rowShare(p, (l) => HEX_HASH.test(trimmed(l))) >= PATTERN_SHARE) {
    return { role: "identifier", reason: "identifier: hash-like hexadecimal values" };
  }
  const distinctShare = p.categories.length / p.count;
  const numbersAsText = rowShare(p, (l) => NUMBER_AS_TEXT.test(trimmed(l))) >= PATTERN_SHARE;
  if (!numbersAsText && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= UNIQUE_SHARE) {
    return { role: "identifier", reason: `identifier: ${percent(distinctShare)} unique values` };
  }
  if (isIdentifierName(p.name) && p.count >= MIN_VALUES_FOR_UNIQUENESS && distinctShare >= 0.5) {
    return {
      role: "identifier",
      reason: `identifier: name '${p.name}' and ${percent(distinctShare)} distinct values`
    };
  }
  return void 0;
}
function timeRangeOf(p) {
  if (p.kind === "numeric") {
    const range = numericRange(p);
    if (!range) return void 0;
    if (isYyyymmddColumn(p, range[0], range[1])) {
      const show2 = (v) => new Date(yyyymmddTime(v)).toISOString().slice(0, 10);
      return { first: show2(range[0]), last: show2(range[1]) };
    }
    if (isYyyymmColumn(p, range[0], range[1])) {
      const show2 = (v) => `${Math.floor(v / 100)}-${String(v % 100).padStart(2, "0")}`;
      return { first: show2(range[0]), last: show2(range[1]) };
    }
    if (isExcelSerialDateColumn(p, range[0], range[1])) {
      return { first: excelSerialText(range[0]), last: excelSerialText(range[1]) };
    }
    const unit = epochUnit(range[0], range[1]);
    const show = (v) => unit === "second" ? new Date(v * 1e3).toISOString() : unit === "millisecond" ? new Date(v).toISOString() : String(v);
    return { first: show(range[0]), last: show(range[1]) };
  }
  let first;
  let last;
  const dayFirst = isDayFirst(p.categories);
  for (const label of p.categories) {
    const text = label.trim();
    const time = writtenDateTime(text, dayFirst);
    if (!Number.isFinite(time)) continue;
    if (!first || time < first.time) first = { label: text, time };
    if (!last || time > last.time) last = { label: text, time };
  }
  return first && last ? { first: first.label, last: last.label } : void 0;
}
function isDayFirst(labels) {
  for (const label of labels) {
    const m = YEAR_LAST_DATE.exec(label.trim());
    if (!m) continue;
    if (+m[1] > 12) return true;
    if (+m[3] > 12) return false;
  }
  return true;
}

// src/detect/feature-tests.ts
var MAX_KEPT_CATEGORIES = 1e3;
function cappedList() {
  const list = {
    values: [],
    count: 0,
    add(value) {
      if (list.values.length < MAX_KEPT_CATEGORIES) list.values.push(value);
      list.count++;
    }
  };
  return list;
}
var MAX_CHART_CATEGORIES = 10;
var KS_TEST = {
  id: "ks",
  label: "Kolmogorov-Smirnov",
  symbol: "KS",
  appliesTo: "numeric",
  effectSize: { id: "ks_d", label: "KS statistic D", symbol: "KS D", range: [0, 1] },
  compare: compareNumeric
};
var CHI_SQUARE_TEST = {
  id: "chi2",
  label: "chi-square",
  symbol: "\u03C7\xB2",
  appliesTo: "categorical",
  effectSize: {
    id: "total_variation_distance",
    label: "total variation distance",
    symbol: "TVD",
    range: [0, 1]
  },
  compare: compareCategorical
};
var FEATURE_TESTS = [KS_TEST, CHI_SQUARE_TEST];
function featureTestFor(kind) {
  const found = FEATURE_TESTS.find((t) => t.appliesTo === kind);
  if (!found) throw new Error(`No feature test applies to ${kind} columns.`);
  return found;
}
function examineProfiles(reference, recent, config) {
  let recentProfile = typeof recent === "function" ? void 0 : recent;
  const getRecent = () => recentProfile ??= recent();
  const setAside = detectColumnRole(reference, getRecent, roleOptions(config));
  if (setAside) return { name: reference.name, setAside };
  const other = getRecent();
  checkSameKind(reference, other);
  return featureTestFor(reference.kind).compare(reference, other, config);
}
function roleOptions(config) {
  return {
    identifierColumns: config.identifierColumns,
    timeColumn: config.timeColumn,
    detectRoles: !config.noRoleDetection
  };
}
function checkSameKind(reference, recent) {
  if (reference.kind !== recent.kind) {
    throw new Error(
      `Column '${reference.name}' is ${reference.kind} in the reference and ${recent.kind} in the recent data. Expected one kind on both sides.`
    );
  }
}
function compareNumeric(ref, rec, config) {
  if (ref.sketch) return compareNumericAgainstSketch({ ...ref, sketch: ref.sketch }, rec, config);
  const a = ref.sorted;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: "numeric",
    test: KS_TEST.id,
    effectSizeName: KS_TEST.effectSize.id,
    referenceCount: a.length,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    ...ref.invalid ? { referenceInvalid: ref.invalid } : {},
    ...rec.invalid ? { recentInvalid: rec.invalid } : {}
  };
  if (a.length === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${a.length === 0 ? "reference" : "recent"} data`
    };
  }
  const ks = ksTestSorted(a, b, { method: config.ksMethod });
  if (Number.isNaN(ks.pValue)) {
    return {
      ...common,
      statistic: ks.statistic,
      pValue: Number.NaN,
      method: ks.method,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: "the asymptotic KS p-value is undefined with one value per sample (use the exact method)"
    };
  }
  const mean = ref.mean;
  const std = ref.standardDeviation;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    referenceMedian: quantileOf(a)(0.5),
    recentMedian: quantileOf(b)(0.5),
    // An infinite reference value leaves no finite mean to measure z-scores against.
    ...Number.isFinite(mean) && Number.isFinite(std) ? {
      outlierShare: zScoreOutlierShare(mean, std, b, config.outlierZScore).share,
      referenceOutlierShare: zScoreOutlierShare(mean, std, a, config.outlierZScore).share,
      ...commonOutlier(b, mean, std, config.outlierZScore)
    } : {},
    distribution: numericDistribution(a, b)
  };
}
function commonOutlier(sorted, mean, std, threshold) {
  let best;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (!(Math.abs(v - mean) / std > threshold)) {
      run = 0;
      continue;
    }
    run = i > 0 && sorted[i - 1] === v ? run + 1 : 1;
    if (run > 1 && (!best || run > best.count)) best = { value: v, count: run };
  }
  return best ? { recentOutlierValue: best } : {};
}
function numericDistribution(a, b) {
  return overlayHistogram(sortedSide(a, quantileOf(a)), sortedSide(b, quantileOf(b)));
}
function quantileOf(sorted) {
  return (p) => quantileSorted(sorted, p);
}
function compareCategorical(ref, rec) {
  const refCounts = new Map(ref.categories.map((label, i) => [label, ref.counts[i]]));
  const recCounts = new Map(rec.categories.map((label, i) => [label, rec.counts[i]]));
  const labels = [...ref.categories];
  const newList = cappedList();
  for (const label of rec.categories) {
    if (refCounts.has(label)) continue;
    labels.push(label);
    newList.add(label);
  }
  const vanishedList = cappedList();
  for (const label of ref.categories) if (!recCounts.has(label)) vanishedList.add(label);
  const a = labels.map((l) => refCounts.get(l) ?? 0);
  const b = labels.map((l) => recCounts.get(l) ?? 0);
  const referenceCount = a.reduce((s, x) => s + x, 0);
  const recentCount = b.reduce((s, x) => s + x, 0);
  const common = {
    name: ref.name,
    type: "categorical",
    test: CHI_SQUARE_TEST.id,
    effectSizeName: CHI_SQUARE_TEST.effectSize.id,
    referenceCount,
    recentCount,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    newCategories: newList.values,
    vanishedCategories: vanishedList.values,
    ...newList.count > newList.values.length ? { newCategoryCount: newList.count } : {},
    ...vanishedList.count > vanishedList.values.length ? { vanishedCategoryCount: vanishedList.count } : {}
  };
  if (referenceCount === 0 || recentCount === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${referenceCount === 0 ? "reference" : "recent"} data`
    };
  }
  const pooled = poolRareCategories(a, b);
  const chi = chiSquareContingency([pooled.a, pooled.b]);
  return {
    ...common,
    statistic: chi.statistic,
    pValue: chi.pValue,
    effectSize: totalVariationDistance(pooled.a, pooled.b),
    cramersV: pooled.a.length > 1 ? cramersV([pooled.a, pooled.b]) : 0,
    ...pooled.pooled.length > 0 ? { pooledCategories: pooled.pooled.length } : {},
    distribution: categoricalDistribution(labels, a, b, referenceCount, recentCount)
  };
}
function categoricalDistribution(labels, a, b, totalA, totalB) {
  const order = labels.map((_, i) => i).sort((i, j) => a[i] / totalA + b[i] / totalB - (a[j] / totalA + b[j] / totalB));
  order.reverse();
  const shown = order.slice(0, MAX_CHART_CATEGORIES);
  const rest = order.slice(MAX_CHART_CATEGORIES);
  const distribution = {
    labels: shown.map((i) => labels[i]),
    reference: shown.map((i) => a[i] / totalA),
    recent: shown.map((i) => b[i] / totalB)
  };
  if (rest.length > 0) {
    distribution.labels.push(`(${rest.length} other)`);
    distribution.reference.push(rest.reduce((s, i) => s + a[i], 0) / totalA);
    distribution.recent.push(rest.reduce((s, i) => s + b[i], 0) / totalB);
  }
  return distribution;
}

// src/detect/examine-column-pair.ts
function examineColumnPair(reference, recent, config, workspace2) {
  return examineProfiles(
    profileColumn(reference, workspace2?.reference),
    () => profileColumn(recent, workspace2?.recent),
    config
  );
}

// src/engines/examine-parquet-column-pair.ts
var ParquetReaders = class {
  readers = /* @__PURE__ */ new Map();
  async readNumeric(side, where, name) {
    const key = `${side}:${where.path}`;
    let reader = this.readers.get(key);
    if (reader === void 0) {
      reader = ParquetColumnReader.open(where.path, where.source);
      this.readers.set(key, reader);
    }
    return (await reader).readNumeric(name);
  }
};
async function examineParquetColumnPair(pair, config, readers2, workspace2) {
  const reference = await readers2.readNumeric("reference", pair.reference, pair.name);
  const recent = await readers2.readNumeric("recent", pair.recent, pair.name);
  workspace2.reference.output = reference.values;
  workspace2.recent.output = recent.values;
  return examineColumnPair(reference, recent, config, workspace2);
}

// src/engines/parquet-column-worker.ts
var workspace = { reference: {}, recent: {} };
var readers = new ParquetReaders();
var running = Promise.resolve();
parentPort?.on("message", (job) => {
  running = running.then(
    () => examineParquetColumnPair(job.pair, job.config, readers, workspace).then(
      (result) => parentPort?.postMessage({ index: job.index, result }),
      (error) => parentPort?.postMessage({
        index: job.index,
        error: error.message,
        inputError: error instanceof InputError
      })
    )
  );
});
