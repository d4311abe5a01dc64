import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Stands in for a section that a coming version delivers. */
export function ComingSoon({ section }: { section: string }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <MessageBarTitle>{t('comingSoon.title')}</MessageBarTitle>
        {t('comingSoon.body', { section })}
      </MessageBarBody>
    </MessageBar>
  );
}
