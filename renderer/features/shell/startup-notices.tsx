import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../../preload/contract/app.js';

/** Tells the user what happened at start (e.g. a damaged settings file was recovered). */
export function StartupNotices({ notices }: { notices: StartupNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <>
      {notices.map((notice) => (
        <MessageBar key={notice.code} intent="warning" data-notice={notice.code}>
          <MessageBarBody>
            <MessageBarTitle>{t('notices.title')}</MessageBarTitle>
            {t(`notices.${notice.code}`, notice.params)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t('actions.dismiss')}
                icon={<DismissRegular />}
                onClick={() => setDismissed(true)}
              />
            }
          />
        </MessageBar>
      ))}
    </>
  );
}
