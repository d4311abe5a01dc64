import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SpView } from '../../../preload/contract/sp.js';
import { certificateHost } from './certificate-host.js';
import { focusingCertificate } from './focus-targets.js';
import { GenerateDialog } from './generate-dialog.js';
import { ImportDialog } from './import-dialog.js';
import type { SpState } from './use-sp.js';

/**
 * Next to Download metadata, before any certificate exists: the file would
 * announce signed requests (AuthnRequestsSigned) without a KeyDescriptor, so
 * the identity provider could never verify them. Offers the way out in place.
 */
export function UnsignedRequestsWarning({ sp, view }: { sp: SpState; view: SpView }) {
  const { t } = useTranslation('sp');
  const host = certificateHost(view);
  const busy = sp.busy !== null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="sp-unsigned-requests">
      <MessageBarBody>
        <MessageBarTitle>{t('metadata.unsignedTitle')}</MessageBarTitle>
        {t('metadata.unsignedBody')}
      </MessageBarBody>
      <MessageBarActions>
        <GenerateDialog
          slot="current"
          host={host ?? ''}
          label={t('metadata.generateNow')}
          disabled={busy || host === null}
          onGenerate={focusingCertificate(sp.generate)}
        />
        <ImportDialog
          slot="current"
          label={t('metadata.importNow')}
          disabled={busy}
          onImport={focusingCertificate(sp.importCertificate)}
        />
      </MessageBarActions>
    </MessageBar>
  );
}
