import type { SpFieldView, SpUrlField } from '../../../preload/contract/sp.js';
// The checks themselves live in the contract (sp-url-checks.ts) so the
// renderer runs the same ones while the admin types.
import { checkFieldValue, defaultFor } from '../../../preload/contract/sp-url-checks.js';
import type { SpSection } from './sp-section.js';

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
