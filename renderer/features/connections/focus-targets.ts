/**
 * Ids of what takes focus in the Connections panel once an action has removed
 * or re-rendered the control that had it (Add turns into the detail, Delete
 * removes it, a dialog closes onto the secret).
 */
export const CONNECTIONS_FOCUS = {
  listHeading: 'connections-list-title',
  addButton: 'connections-add',
  formHeading: 'connections-form-title',
  detailHeading: 'connections-detail-title',
  secretHeading: 'connections-secret-title',
} as const;
