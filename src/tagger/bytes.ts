// Typed-array views of the model files' bytes (models/*.bin), as the tagger and its gazetteer read them.

/**
 * The bytes of `buf` from `from` on, where typed arrays can view them: the file's own memory when
 * that starts on a 4-byte boundary, else a copy that does.
 */
export function aligned(buf: Buffer, from = 0): { buffer: ArrayBufferLike; offset: number } {
  const offset = buf.byteOffset + from;
  if (offset % 4 === 0) return { buffer: buf.buffer, offset };
  const copy = new Uint8Array(buf.length - from);
  copy.set(buf.subarray(from));
  return { buffer: copy.buffer, offset: 0 };
}
