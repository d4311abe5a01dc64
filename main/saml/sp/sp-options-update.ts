import { spMetadataOptionsSchema } from '../../../preload/contract/sp.js';
import type { SpSetOptionsInput } from '../../../preload/contract/sp.js';
import { AppError } from '../../errors.js';
import { parseOrThrow } from '../../validation.js';
import { checkOrganizationUrl } from '../../../preload/contract/sp-url-checks.js';
import type { SpSection } from './sp-section.js';

/**
 * Merges an options edit into the section after validating the result as a
 * whole; the organization URL obeys the same rules as every SAML endpoint.
 */
export function applyOptionsUpdate(section: SpSection, input: SpSetOptionsInput): SpSection {
  const options = parseOrThrow(spMetadataOptionsSchema, { ...section.options, ...input });
  if (options.organization) {
    const verdict = checkOrganizationUrl(options.organization.url);
    if (verdict.status === 'error') {
      throw new AppError('SP_URL_INVALID', { field: 'organization.url', problem: verdict.problem });
    }
  }
  return { ...structuredClone(section), options };
}
