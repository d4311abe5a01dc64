import { z } from 'zod';
import { channel } from './channel.js';
import {
  handoverBundleRefSchema,
  handoverBundleSchema,
  handoverExportInputSchema,
  handoverExportResultSchema,
  handoverPreviewSchema,
  handoverUndoStateSchema,
} from './handover.js';

/** Handover channels: export a bundle, choose one, preview and apply its import, undo. */
export const handoverChannels = {
  /** Asks where (a .zip name or a folder) in main's own dialog, then writes the bundle there. */
  handoverExport: channel('handover:export', handoverExportInputSchema, handoverExportResultSchema),
  /** Opens main's own dialog for a .zip or a folder and reads the bundle (nothing decrypted yet). */
  handoverChooseBundle: channel(
    'handover:chooseBundle',
    z.object({ kind: z.enum(['zip', 'folder']) }),
    handoverBundleSchema,
  ),
  /** Checks the chosen bundle with its passphrase and says what an import would change. */
  handoverPreview: channel('handover:preview', handoverBundleRefSchema, handoverPreviewSchema),
  /** Imports the chosen bundle, all or nothing; what it replaced is kept for undo. */
  handoverImport: channel('handover:import', handoverBundleRefSchema, handoverPreviewSchema),
  /** Whether an import can be undone. */
  handoverState: channel('handover:state', z.undefined(), handoverUndoStateSchema),
  /** Puts back what the last import replaced. */
  handoverUndo: channel('handover:undo', z.undefined(), handoverUndoStateSchema),
} as const;
