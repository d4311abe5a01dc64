/** A file-type filter of a native dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * Native open/save dialogs, opened by the main process. The app uses
 * Electron's dialog; the UI tests answer with temp paths.
 */
export interface DialogPort {
  /** Asks where to save; null when the user cancelled. */
  saveFile(options: { suggestedName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks for one file to open; null when the user cancelled. */
  openFile(options: { filters: FileFilter[] }): Promise<string | null>;
  /** Asks for a folder (it may create one); null when the user cancelled. */
  openFolder(): Promise<string | null>;
}
