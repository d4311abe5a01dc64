import type { ClipboardPort } from '../../../main/api-key/secret-clipboard.js';

/** A clipboard the tests can observe: what was written, how, and whether it was cleared. */
export class RecordingClipboard implements ClipboardPort {
  text = '';
  concealed = false;
  readonly writes: Array<{ text: string; concealed: boolean }> = [];
  clears = 0;

  /** @inheritdoc */
  async writeText(text: string): Promise<void> {
    this.text = text;
    this.concealed = false;
    this.writes.push({ text, concealed: false });
  }

  /** @inheritdoc */
  async writeSecret(text: string): Promise<void> {
    this.text = text;
    this.concealed = true;
    this.writes.push({ text, concealed: true });
  }

  /** @inheritdoc */
  async readText(): Promise<string> {
    return this.text;
  }

  /** @inheritdoc */
  async clear(): Promise<void> {
    this.text = '';
    this.concealed = false;
    this.clears += 1;
  }
}
