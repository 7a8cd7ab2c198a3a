import { InputError } from '../shared/input-error.ts';

/** NumPy dtypes `parseNpy` reads, keyed by the type code without its byte-order mark. */
const ITEM_SIZES = { f8: 8, f4: 4, i8: 8, i4: 4, i2: 2, u1: 1, b1: 1 } as const;
type TypeCode = keyof typeof ITEM_SIZES;

/** Dtype strings as NumPy writes them, for the "expected" part of messages. */
export const SUPPORTED_NPY_DTYPES = [
  '<f8',
  '>f8',
  '<f4',
  '>f4',
  '<i8',
  '>i8',
  '<i4',
  '>i4',
  '<i2',
  '>i2',
  '|u1',
  '|b1',
] as const;

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // "\x93NUMPY"

/**
 * Reads a NumPy `.npy` file holding one vector and returns its values as float64.
 *
 * Format (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html): the
 * magic `\x93NUMPY`, a major and minor version byte, a little-endian header length
 * (uint16 in version 1.0, uint32 in 2.0 and 3.0), a Python dict literal with `descr`,
 * `fortran_order` and `shape`, then the raw array data.
 *
 * Accepts versions 1.0, 2.0 and 3.0; dtypes float64, float32, int64, int32, int16,
 * uint8 and bool in either byte order; shape `(n,)`, `(n, 1)` or `(1, n)` (the layout
 * is the same in C and Fortran order for these). int64 values beyond 2^53 lose
 * precision, as they would in `float(x)`. Anything else is an `InputError` naming
 * `source`.
 *
 * @example
 * parseNpy(readFileSync('test/fixtures/data/float64-le.npy'), 'float64-le.npy'); // => Float64Array [1.5, -2.25, 3, NaN, 1e+300]
 */
export function parseNpy(bytes: Uint8Array, source: string): Float64Array {
  if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw new InputError(
      `${source}: not a .npy file (the first bytes are not the magic "\\x93NUMPY"); expected a file written by numpy.save.`,
    );
  }
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerStart: number;
  let headerLength: number;
  if (major === 1) {
    headerStart = 10;
    headerLength = view.getUint16(8, true);
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw truncated(source);
    headerStart = 12;
    headerLength = view.getUint32(8, true);
  } else {
    throw new InputError(
      `${source}: .npy format version ${major}.${bytes[7]} is not supported; expected 1.0, 2.0 or 3.0.`,
    );
  }
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) throw truncated(source);
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(
    bytes.subarray(headerStart, dataStart),
  );
  const { descr, fortranOrder, shape } = parseHeader(header, source);

  const match = /^([<>|=])([a-z]\d+)$/.exec(descr);
  const code = match?.[2];
  if (match === null || code === undefined || !(code in ITEM_SIZES)) {
    throw new InputError(
      `${source}: dtype '${descr}' is not supported; expected one of ${SUPPORTED_NPY_DTYPES.join(', ')}.`,
    );
  }
  const typeCode = code as TypeCode;
  const littleEndian = match[1] !== '>';

  let length: number;
  if (shape.length === 1) length = shape[0];
  else if (shape.length === 2 && (shape[1] === 1 || shape[0] === 1)) length = shape[0] * shape[1];
  else {
    throw new InputError(
      `${source}: array shape (${shape.join(', ')}) is not a vector; expected (n,), (n, 1) or (1, n).`,
    );
  }
  // A vector's bytes are laid out identically in C and Fortran order.
  void fortranOrder;

  const itemSize = ITEM_SIZES[typeCode];
  const expectedBytes = length * itemSize;
  const actualBytes = bytes.length - dataStart;
  if (actualBytes !== expectedBytes) {
    throw new InputError(
      `${source}: the data holds ${actualBytes} bytes, expected ${expectedBytes} for shape ` +
        `(${shape.join(', ')}) of '${descr}' (${itemSize} bytes each); the file is truncated or corrupt.`,
    );
  }
  const out = new Float64Array(length);
  const at = (i: number) => dataStart + i * itemSize;
  switch (typeCode) {
    case 'f8':
      for (let i = 0; i < length; i++) out[i] = view.getFloat64(at(i), littleEndian);
      break;
    case 'f4':
      for (let i = 0; i < length; i++) out[i] = view.getFloat32(at(i), littleEndian);
      break;
    case 'i8':
      for (let i = 0; i < length; i++) out[i] = Number(view.getBigInt64(at(i), littleEndian));
      break;
    case 'i4':
      for (let i = 0; i < length; i++) out[i] = view.getInt32(at(i), littleEndian);
      break;
    case 'i2':
      for (let i = 0; i < length; i++) out[i] = view.getInt16(at(i), littleEndian);
      break;
    case 'u1':
      for (let i = 0; i < length; i++) out[i] = bytes[at(i)];
      break;
    case 'b1':
      for (let i = 0; i < length; i++) out[i] = bytes[at(i)] === 0 ? 0 : 1;
      break;
  }
  return out;
}

function truncated(source: string): InputError {
  return new InputError(`${source}: the .npy header is truncated; expected a complete file.`);
}

/**
 * Reads the header dict, e.g. `{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }`.
 * NumPy always writes exactly these three keys with literal values, so a small strict
 * grammar is enough and anything else is reported as corrupt.
 */
function parseHeader(
  header: string,
  source: string,
): { descr: string; fortranOrder: boolean; shape: number[] } {
  const corrupt = (why: string) =>
    new InputError(
      `${source}: the .npy header ${JSON.stringify(header.trim())} cannot be read (${why}); ` +
        `expected a dict with 'descr', 'fortran_order' and 'shape'.`,
    );
  const body = /^\s*\{(.*)\}\s*$/s.exec(header)?.[1];
  if (body === undefined) throw corrupt('not a dict literal');
  const entry = /\s*'(\w+)'\s*:\s*('[^']*'|True|False|\([^)]*\))\s*(?:,|$)/y;
  const values = new Map<string, string>();
  let offset = 0;
  while (body.slice(offset).trim() !== '') {
    entry.lastIndex = offset;
    const found = entry.exec(body);
    if (found === null)
      throw corrupt(`unexpected text at ${JSON.stringify(body.slice(offset, offset + 20))}`);
    values.set(found[1], found[2]);
    offset = entry.lastIndex;
  }
  const descr = values.get('descr');
  const fortran = values.get('fortran_order');
  const shapeText = values.get('shape');
  if (descr === undefined || !descr.startsWith("'"))
    throw corrupt("'descr' is missing or not a string");
  if (fortran !== 'True' && fortran !== 'False')
    throw corrupt("'fortran_order' is missing or not True/False");
  if (shapeText === undefined || !shapeText.startsWith('('))
    throw corrupt("'shape' is missing or not a tuple");
  const shape = shapeText
    .slice(1, -1)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      if (!/^\d+L?$/.test(part))
        throw corrupt(`shape entry ${JSON.stringify(part)} is not a count`);
      return Number.parseInt(part, 10);
    });
  return { descr: descr.slice(1, -1), fortranOrder: fortran === 'True', shape };
}
