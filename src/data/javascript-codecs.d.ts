/** Types of the pure-JavaScript codecs the columnar readers use (the packages ship none). */
/** The part of lz4js (pure JavaScript LZ4, no types of its own) that load-arrow.ts uses. */
declare module 'lz4js' {
  /** Decompresses an LZ4 frame (magic 04 22 4D 18), as Arrow IPC's LZ4_FRAME buffers hold. */
  export function decompress(source: Uint8Array, maxSize?: number): Uint8Array;
  /** Compresses into an LZ4 frame (used by the fixture generator). */
  export function compress(source: Uint8Array, maxSize?: number): Uint8Array;
}

/** hyparquet-compressors' LZ4 decoders, imported alone (its index also loads brotli and snappy). */
declare module 'hyparquet-compressors/src/lz4.js' {
  /** Parquet's LZ4 codec: Hadoop-framed blocks, or a raw block. */
  export function decompressLz4(input: Uint8Array, outputLength: number): Uint8Array;
  /** Parquet's LZ4_RAW codec: one raw LZ4 block. */
  export function decompressLz4Raw(input: Uint8Array, outputLength: number): Uint8Array;
}
