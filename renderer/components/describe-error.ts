import type { TFunction } from 'i18next';
import type { AppErrorData } from '../../preload/contract/errors.js';
import { errorText } from '../../preload/contract/texts.js';

/** The translated sentence for a coded error (the contract's `errorText` over i18next). */
export function describeError(t: TFunction, error: AppErrorData): string {
  return errorText((key, params) => t(key, { ...params, defaultValue: '' }), error);
}
