import type { DocbitsApi, DocbitsFiles } from '../preload/contract/index.js';

declare global {
  interface Window {
    /** The preload API (see preload/api.ts); use it only inside use-*.ts hooks. */
    docbits: DocbitsApi;
    /** Registers a file the user dropped with main (preload/index.ts); use it only in hooks. */
    docbitsFiles?: DocbitsFiles;
  }
}
