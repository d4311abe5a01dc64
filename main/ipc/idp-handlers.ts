import type { IdpApplied, IdpCandidateRef, IdpState } from '../../preload/contract/idp-channels.js';
import type { IdpCandidate } from '../../preload/contract/idp.js';
import type { DialogPort } from '../dialog-port.js';
import { IDP_UPLOAD_FILTERS } from '../saml/idp/idp-upload.js';
import type { Services } from '../services.js';
import { createDroppedFiles } from './dropped-files.js';
import type { Handlers } from './router.js';

type IdpHandlerKey = Extract<keyof Handlers, `idp${string}` | 'filesRegisterDrop'>;

/** The `idp:*` handlers: state, tenant, upload (dialog, drop, entity), preview, configure, undo. */
export function createIdpHandlers(
  services: Pick<Services, 'idp' | 'idpUpload'>,
  dialogs: DialogPort,
): Pick<Handlers, IdpHandlerKey> {
  const { idp, idpUpload } = services;
  const dropped = createDroppedFiles();
  const state = (): IdpState => idp.state();
  // The renderer names a candidate; the report itself only ever comes from main's cache.
  const candidate = (ref: IdpCandidateRef): IdpCandidate =>
    ref.kind === 'inspection' ? idpUpload.candidate(ref.inspectionId) : ref;
  const applied = (configuration: IdpApplied['applied']): IdpApplied => ({
    state: state(),
    applied: configuration,
  });
  return {
    idpState: () => state(),
    idpSetTenant: (input) => {
      idp.setTenant(input);
      return state();
    },
    idpChooseAndInspect: async () => {
      const path = await dialogs.openFile({ filters: IDP_UPLOAD_FILTERS });
      return path === null ? { kind: 'cancelled', cancelled: true } : idpUpload.inspectPath(path);
    },
    filesRegisterDrop: ({ path }) => ({ token: dropped.register(path) }),
    idpInspectDropped: ({ token }) => idpUpload.inspectPath(dropped.take(token)),
    idpSelectEntity: ({ inspectionId, entityId }) => idpUpload.selectEntity(inspectionId, entityId),
    idpCancelInspection: () => {
      idpUpload.cancel();
      return null;
    },
    idpPreview: (ref) => idp.preview(candidate(ref)),
    idpConfigure: async (ref) => {
      const metadata =
        ref.kind === 'inspection' ? await idpUpload.metadataBytes(ref.inspectionId) : undefined;
      return applied(await idp.configure(candidate(ref), metadata));
    },
    idpUndo: () => applied(idp.undo()),
  };
}
