import type { DocbitsApi } from '../preload/contract/index.js';

declare global {
  interface Window {
    /** The preload API (see preload/api.ts); use it only inside use-*.ts hooks. */
    docbits: DocbitsApi;
    /** Resolves the path of a file the user dropped (preload/index.ts). */
    docbitsFiles?: { pathForFile(file: File): string };
  }
}
