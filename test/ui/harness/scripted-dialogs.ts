import path from 'node:path';
import type { DialogPort, FileFilter } from '../../../main/dialog-port.js';

/** Native dialogs answered by the test: saves go to a temp folder, opens to queued paths. */
export class ScriptedDialogs implements DialogPort {
  readonly saves: Array<{ suggestedName: string; filters: FileFilter[]; path: string | null }> = [];
  /**
   * Paths the next open dialogs answer with (null = the user cancels); a promise
   * keeps that dialog open until the test settles it.
   */
  readonly openQueue: Array<string | null | Promise<string | null>> = [];
  /** When true, the next save dialog is cancelled. */
  cancelNextSave = false;

  /** Saves land in `folder` under the suggested name. */
  constructor(private readonly folder: string) {}

  /** @inheritdoc */
  async saveFile(options: {
    suggestedName: string;
    filters: FileFilter[];
  }): Promise<string | null> {
    const target = this.cancelNextSave ? null : path.join(this.folder, options.suggestedName);
    this.cancelNextSave = false;
    this.saves.push({ ...options, path: target });
    return target;
  }

  /** @inheritdoc */
  async openFile(): Promise<string | null> {
    return (await this.openQueue.shift()) ?? null;
  }

  /** Folders the next folder dialogs answer with (null = the user cancels). */
  readonly folderQueue: Array<string | null> = [];

  /** @inheritdoc */
  async openFolder(): Promise<string | null> {
    return this.folderQueue.shift() ?? null;
  }
}
