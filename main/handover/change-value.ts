// A setting's value as a handover change carries it: structured, so the UI and
// the CLI each word it (yes/no, one line per list item, an organization's parts).
import type { HandoverChange, HandoverValue } from '../../preload/contract/handover.js';
import { canonicalJson } from './integration-document.js';

/** `value` as a change side; undefined for a setting that is not set. */
export function changeValue(value: unknown): HandoverValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return { kind: 'flag', value };
  if (Array.isArray(value)) {
    return value.length === 0 ? undefined : { kind: 'list', items: value.map(String) };
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(([part, text]) => [
      part,
      typeof text === 'string' ? text : JSON.stringify(text),
    ]);
    return { kind: 'parts', parts: Object.fromEntries(parts) };
  }
  return { kind: 'text', text: String(value) };
}

/**
 * Adds a change to `changes` when `before` and `after` differ (compared as
 * values: key order and an empty list versus nothing make no difference).
 */
export function addChange(
  changes: HandoverChange[],
  where: Pick<HandoverChange, 'area' | 'field' | 'item'>,
  before: unknown,
  after: unknown,
): void {
  const [was, will] = [changeValue(before), changeValue(after)];
  if (canonicalJson(was) === canonicalJson(will)) return;
  changes.push({
    ...where,
    ...(was === undefined ? {} : { before: was }),
    ...(will === undefined ? {} : { after: will }),
  });
}
