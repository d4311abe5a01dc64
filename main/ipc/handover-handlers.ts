import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { DialogPort } from '../dialog-port.js';
import { AppError } from '../errors.js';
import type { BundleFiles } from '../handover/bundle-reader.js';
import type { Services } from '../services.js';
import type { Handlers } from './router.js';

type HandoverHandlerKey = Extract<keyof Handlers, `handover${string}`>;

/** The `handover:*` handlers; paths only ever come from main's own dialogs. */
export function createHandoverHandlers(
  services: Pick<Services, 'handover'>,
  dialogs: DialogPort,
): Pick<Handlers, HandoverHandlerKey> {
  const { handover } = services;
  // The bundle chosen last: the renderer names it by id, never by path.
  let chosen: { id: string; files: BundleFiles } | undefined;
  const files = (bundleId: string): BundleFiles => {
    if (!chosen || chosen.id !== bundleId) throw new AppError('HANDOVER_BUNDLE_GONE');
    return chosen.files;
  };
  const undoState = async () => ({ importedAt: await handover.lastImport() });
  return {
    handoverExport: async ({ format, ...choices }) => {
      const day = new Date().toISOString().slice(0, 10);
      const target =
        format === 'zip'
          ? await dialogs.saveFile({
              suggestedName: `docbits-handover-${day}.zip`,
              filters: [{ name: 'Handover bundle', extensions: ['zip'] }],
            })
          : await dialogs.openFolder();
      if (target === null) return { saved: false };
      const written = await handover.exportBundle(target, choices);
      return { saved: true, path: target, files: written };
    },
    handoverChooseBundle: async ({ kind }) => {
      const source =
        kind === 'zip'
          ? await dialogs.openFile({ filters: [{ name: 'Handover bundle', extensions: ['zip'] }] })
          : await dialogs.openFolder();
      if (source === null) return { kind: 'cancelled' };
      const read = await handover.read(source);
      const summary = handover.summary(read);
      chosen = { id: randomUUID(), files: read };
      return { kind: 'bundle', bundleId: chosen.id, fileName: basename(source), ...summary };
    },
    handoverPreview: ({ bundleId, passphrase }) => handover.preview(files(bundleId), passphrase),
    handoverImport: async ({ bundleId, passphrase }) => {
      // The page asked first (its own confirmation): always applied here.
      const { applied: _applied, ...preview } = await handover.import(files(bundleId), passphrase);
      chosen = undefined;
      return preview;
    },
    handoverState: undoState,
    handoverUndo: async () => {
      await handover.undo();
      return undoState();
    },
  };
}
