import type { SpFieldView, SpSection, SpUrlField } from '../../../preload/contract/sp.js';
import { SP_DEFAULT_PATHS } from '../../../preload/contract/constants.js';
import { checkFieldValue, defaultFor } from '../../../preload/contract/sp-url-checks.js';

// The checks themselves live in the contract so the renderer runs the same ones.
export {
  checkBaseUrl,
  checkFieldValue,
  defaultFor,
  ENTITY_ID_MAX_LENGTH,
  isRfc3986,
  normaliseBaseUrl,
} from '../../../preload/contract/sp-url-checks.js';

/** Docbits SP paths under the base URL (defaults only; see the contract's constants). */
export { SP_DEFAULT_PATHS };

/** The value in effect for a field, where it came from, and its verdict. */
export function fieldView(section: SpSection, field: SpUrlField): SpFieldView {
  const defaultValue = defaultFor(field, section.baseUrl);
  const override = section.overrides[field];
  const value = override ?? defaultValue;
  if (value === null) {
    return {
      value,
      source: 'missing',
      defaultValue,
      check: { status: 'error', problem: 'MISSING' },
    };
  }
  return {
    value,
    source: override === undefined ? 'derived' : 'overridden',
    defaultValue,
    check: checkFieldValue(field, value),
  };
}
