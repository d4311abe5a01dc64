// The `idp` section of the settings file, apart from the IPC contract (which
// has the configuration records the page shows) so each can change separately.
import { z } from 'zod';
import { idpConfigurationSchema } from '../../../preload/contract/idp.js';

/** The persisted `idp` settings section: tenant, current and previous configuration. */
export const idpSectionSchema = z.object({
  tenantId: z.string().optional(),
  clientId: z.string().optional(),
  appIdUri: z.string().optional(),
  current: idpConfigurationSchema.optional(),
  previous: idpConfigurationSchema.optional(),
});
/** The `idp` settings section. */
export type IdpSection = z.infer<typeof idpSectionSchema>;
