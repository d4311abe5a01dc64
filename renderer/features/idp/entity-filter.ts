import type { EntitySummary } from '../../../preload/contract/idp.js';

/** How many matches the picker lists at once; the rest are counted, not rendered. */
export const PICKER_LIMIT = 50;

/** True when the entity can be configured as the IdP. */
export function isIdp(entity: EntitySummary): boolean {
  return entity.roles.includes('IDPSSODescriptor');
}

/** The entities matching `query` (entity ID or display name, any case), IdPs only if asked. */
export function filterEntities(
  entities: readonly EntitySummary[],
  query: string,
  idpsOnly: boolean,
): { shown: EntitySummary[]; total: number } {
  const needle = query.trim().toLowerCase();
  const shown: EntitySummary[] = [];
  let total = 0;
  for (const entity of entities) {
    if (idpsOnly && !isIdp(entity)) continue;
    if (
      needle !== '' &&
      !entity.entityId.toLowerCase().includes(needle) &&
      !(entity.displayName ?? '').toLowerCase().includes(needle)
    )
      continue;
    total += 1;
    if (shown.length < PICKER_LIMIT) shown.push(entity);
  }
  return { shown, total };
}
