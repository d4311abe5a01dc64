import type { TFunction } from 'i18next';
import type { AppErrorData } from '../../preload/contract/errors.js';

/**
 * The translated sentence for a coded error. A more specific key wins:
 * `errors.CODE_<problem>`, `errors.CODE_<reason>` or `errors.CODE_<platform>`
 * before `errors.CODE`.
 */
export function describeError(t: TFunction, error: AppErrorData): string {
  const params = error.params ?? {};
  const candidates = [params.problem, params.reason, params.platform]
    .filter((part): part is string => typeof part === 'string')
    .map((part) => `common:errors.${error.code}_${part}`);
  for (const key of candidates) {
    const text = t(key, { ...params, defaultValue: '' });
    if (text !== '') return text;
  }
  return t(`common:errors.${error.code}`, params);
}
