import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../preload/contract/errors.js';
import { describeError } from './describe-error.js';

/** A coded error shown in place, translated, announced to screen readers. */
export function ErrorBar({ error }: { error: AppErrorData }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" role="alert" data-error-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{t('common:errors.title')}</MessageBarTitle>
        {describeError(t, error)}
      </MessageBarBody>
    </MessageBar>
  );
}
