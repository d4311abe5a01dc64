/**
 * Ids of what takes focus in the IdP panel once an action has removed or
 * re-rendered the control that had it (Save re-seeds the tenant card, Use
 * turns into a "Chosen" badge, Configure's dialog closes onto a new result).
 */
export const IDP_FOCUS = {
  tenantHeading: 'idp-tenant-title',
  uploadHeading: 'idp-upload-title',
  currentHeading: 'idp-current-title',
  reportHeading: 'idp-report-title',
  summaryHeading: 'idp-summary-title',
} as const;
