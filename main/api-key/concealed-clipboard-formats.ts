/** Electron's prefix for writing a raw, platform-native clipboard format. */
const RAW = (format: string): string => `electron application/osclipboard;format="${format}"`;

/** A 32-bit zero: Windows reads these formats as a DWORD "no". */
const DWORD_ZERO = new Uint8Array(new ArrayBuffer(4));

/**
 * The clipboard entries that carry a secret: the text plus the markers by
 * which clipboard managers and the OS history skip it — macOS
 * `org.nspasteboard.ConcealedType`, Windows
 * `ExcludeClipboardContentFromMonitorProcessing` / `CanIncludeInClipboardHistory` /
 * `CanUploadToCloudClipboard`, KDE/Linux `x-kde-passwordManagerHint`.
 * Written in one atomic `clipboard.write` so the text never sits there unmarked.
 */
export function concealedClipboardEntries(
  text: string,
  platform: NodeJS.Platform,
): Record<string, string | Uint8Array<ArrayBuffer>> {
  const entries: Record<string, string | Uint8Array<ArrayBuffer>> = { 'text/plain': text };
  if (platform === 'darwin') {
    entries[RAW('org.nspasteboard.ConcealedType')] = '';
  } else if (platform === 'win32') {
    entries[RAW('ExcludeClipboardContentFromMonitorProcessing')] = DWORD_ZERO;
    entries[RAW('CanIncludeInClipboardHistory')] = DWORD_ZERO;
    entries[RAW('CanUploadToCloudClipboard')] = DWORD_ZERO;
  } else {
    entries[RAW('x-kde-passwordManagerHint')] = 'secret';
  }
  return entries;
}
