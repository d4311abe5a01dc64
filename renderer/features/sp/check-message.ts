import type { FieldProps } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import type { SpFieldCheck } from '../../../preload/contract/sp.js';

/** Fluent Field props that show a field verdict next to the input, translated by problem code. */
export function checkMessage(
  t: TFunction,
  check: SpFieldCheck | null,
): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  if (check === null || check.status === 'ok') return { validationState: 'none' };
  if (check.status === 'warning') {
    return { validationState: 'warning', validationMessage: t(`sp:problems.${check.warning}`) };
  }
  return { validationState: 'error', validationMessage: t(`sp:problems.${check.problem}`) };
}
