import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Names an environment: the presets translated, the admin's own labels as typed. */
export function useEnvironmentLabel(): (environment: string) => string {
  const { t } = useTranslation('connections');
  return useCallback(
    (environment: string) =>
      environment === 'development' || environment === 'production'
        ? t(`environments.${environment}`)
        : environment,
    [t],
  );
}
