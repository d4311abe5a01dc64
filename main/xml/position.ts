// Byte offsets as the line and column an admin can find in an editor.

/** Line feeds in [from, to). */
export function countLf(b: Uint8Array, from: number, to: number): number {
  let lf = 0;
  for (let k = b.indexOf(0x0a, from); k >= 0 && k < to; k = b.indexOf(0x0a, k + 1)) lf += 1;
  return lf;
}

/** 1-based column (in characters) of a byte offset. */
export function columnAt(b: Uint8Array, offset: number): number {
  const end = Math.min(offset, b.length);
  const lastLf = end > 0 ? b.lastIndexOf(0x0a, end - 1) : -1;
  let column = 1;
  for (let k = lastLf + 1; k < end; k += 1) if (((b[k] as number) & 0xc0) !== 0x80) column += 1;
  return column;
}

/** 1-based line and column (in characters) of a byte offset. */
export function lineColumn(b: Uint8Array, offset: number): { line: number; column: number } {
  const end = Math.min(offset, b.length);
  return { line: 1 + countLf(b, 0, end), column: columnAt(b, end) };
}
