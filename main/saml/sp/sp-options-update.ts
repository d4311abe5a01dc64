import { spMetadataOptionsSchema } from '../../../preload/contract/sp.js';
import type { SpSetOptionsInput } from '../../../preload/contract/sp.js';
import { AppError } from '../../errors.js';
import { parseOrThrow } from '../../validation.js';
import { checkEndpointUrl } from '../../../preload/contract/url-rules.js';
import { isRfc3986 } from '../../../preload/contract/sp-url-checks.js';
import type { SpSection } from './sp-section.js';

/**
 * Merges an options edit into the section after validating the result as a
 * whole; the organization URL obeys the same rules as every SAML endpoint.
 */
export function applyOptionsUpdate(section: SpSection, input: SpSetOptionsInput): SpSection {
  const options = parseOrThrow(spMetadataOptionsSchema, { ...section.options, ...input });
  if (options.organization) {
    const verdict = checkEndpointUrl(options.organization.url);
    const problem = !verdict.ok ? verdict.problem : isRfc3986(verdict.url) ? null : 'NOT_URI';
    if (problem) throw new AppError('SP_URL_INVALID', { field: 'organization.url', problem });
  }
  return { ...structuredClone(section), options };
}
