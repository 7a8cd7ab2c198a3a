/** The part of lz4js (pure JavaScript LZ4, no types of its own) that load-arrow.ts uses. */
declare module 'lz4js' {
  /** Decompresses an LZ4 frame (magic 04 22 4D 18), as Arrow IPC's LZ4_FRAME buffers hold. */
  export function decompress(source: Uint8Array, maxSize?: number): Uint8Array;
  /** Compresses into an LZ4 frame (used by the fixture generator). */
  export function compress(source: Uint8Array, maxSize?: number): Uint8Array;
}
