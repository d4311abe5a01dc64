import { clipboard, ClipboardItem } from 'electron';
import { concealedClipboardEntries } from '../api-key/concealed-clipboard-formats.js';
import type { ClipboardPort } from '../api-key/secret-clipboard.js';

/** The system clipboard through Electron; secrets carry the platform's concealed markers. */
export const electronClipboard: ClipboardPort = {
  writeText: (text) => clipboard.writeText(text),
  writeSecret: async (text) => {
    const entries = concealedClipboardEntries(text, process.platform);
    const item = Object.fromEntries(
      Object.entries(entries).map(([type, value]) => [
        type,
        typeof value === 'string' ? value : new Blob([value]),
      ]),
    );
    try {
      await clipboard.write([new ClipboardItem(item)]);
    } catch {
      // A platform that refuses a raw format still gets the text (the timer still clears it).
      await clipboard.writeText(text);
    }
  },
  readText: () => clipboard.readText(),
  clear: async () => clipboard.clear(),
};
