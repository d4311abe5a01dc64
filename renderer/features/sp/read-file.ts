// The renderer reads the files the user picked itself (no path crosses IPC);
// main receives only their contents, as the contract's import schema asks.

/** Reads a chosen file as text (PEM). */
export function readText(file: File): Promise<string> {
  return file.text();
}

/** Reads a chosen file as base64 (PKCS#12 bytes must survive JSON). */
export async function readBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
