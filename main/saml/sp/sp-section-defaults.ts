import { SP_NAMEID_FORMATS } from '../../../preload/contract/sp.js';
import type { SpMetadataOptions, SpSection } from '../../../preload/contract/sp.js';

/**
 * Metadata options of a fresh installation: signed requests and assertions
 * (what Entra, AD FS and Keycloak expect by default), no validUntil so a file
 * handed to an IdP team never silently expires.
 */
export const DEFAULT_SP_OPTIONS: SpMetadataOptions = {
  nameIdFormats: [
    SP_NAMEID_FORMATS.emailAddress,
    SP_NAMEID_FORMATS.persistent,
    SP_NAMEID_FORMATS.unspecified,
  ],
  authnRequestsSigned: true,
  wantAssertionsSigned: true,
  validUntilDays: null,
  cacheDuration: null,
  organization: null,
  technicalContact: null,
};

/** The `sp` section before the admin has entered anything. */
export function defaultSpSection(): SpSection {
  return {
    version: 1,
    baseUrl: null,
    overrides: {},
    options: structuredClone(DEFAULT_SP_OPTIONS),
    certificates: { current: null, next: null, retiredWithKey: null, retired: [] },
  };
}
