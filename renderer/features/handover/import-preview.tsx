import { Text } from '@fluentui/react-components';
import { ArrowImportRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { HandoverChange, HandoverPreview } from '../../../preload/contract/handover.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ChangeTable } from './change-table.js';
import { HANDOVER_FOCUS } from './focus-targets.js';
import { useHandoverStyles } from './handover-styles.js';

const AREAS: ReadonlyArray<HandoverChange['area']> = ['sp', 'idp', 'apiKey', 'connections'];

/** True when a certificate comes in without the key pair Docbits needs to use it. */
/**
 * What an import would change, area by area, and which secrets the bundle
 * brings; « Import » asks first, saying what it replaces and that Undo exists
 * (and that it replaces an earlier import's undo point).
 */
export function ImportPreview({
  preview,
  busy,
  replacesUndo,
  onImport,
}: {
  preview: HandoverPreview;
  busy: boolean;
  /** An earlier import can still be undone: this one takes its place. */
  replacesUndo: boolean;
  onImport: () => void;
}) {
  const { t } = useTranslation('handover');
  const styles = useHandoverStyles();
  const brings = [
    ...preview.keyPairs.map((slot) => t(`import.brings.keyPair.${slot}`)),
    ...(preview.apiKeyIncluded ? [t('import.brings.apiKey')] : []),
    ...(preview.connectionSecrets.length > 0
      ? [t('import.brings.connectionSecrets', { names: preview.connectionSecrets.join(', ') })]
      : []),
    ...(preview.idpMetadataIncluded ? [t('import.brings.idpMetadata')] : []),
  ];
  return (
    <section
      className={styles.section}
      aria-labelledby={HANDOVER_FOCUS.preview}
      data-testid="handover-preview"
    >
      <Text
        id={HANDOVER_FOCUS.preview}
        tabIndex={-1}
        as="h4"
        weight="semibold"
        className={styles.heading}
      >
        {t('import.previewTitle')}
      </Text>
      {preview.changes.length === 0 ? (
        <Text>{t('import.noChange')}</Text>
      ) : (
        AREAS.map((area) => {
          const changes = preview.changes.filter((change) => change.area === area);
          return changes.length > 0 ? (
            <ChangeTable key={area} area={area} changes={changes} />
          ) : null;
        })
      )}
      <Text weight="semibold">{t('import.bringsTitle')}</Text>
      {brings.length > 0 ? (
        <ul className={styles.list} data-testid="handover-brings">
          {brings.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : (
        <Text data-testid="handover-brings">{t('import.bringsNothing')}</Text>
      )}
      {/* Nothing would change: no Import, which would only replace the undo point. */}
      {preview.changes.length > 0 ? (
        <div className={styles.actions}>
          <ConfirmDialog
            label={t('import.import')}
            icon={<ArrowImportRegular />}
            appearance="primary"
            disabled={busy}
            title={t('import.confirmTitle')}
            body={[
              t(preview.apiKeyIncluded ? 'import.confirmBodyApiKey' : 'import.confirmBody'),
              ...(replacesUndo ? [t('import.confirmReplacesUndo')] : []),
            ].join(' ')}
            confirm={t('import.confirm')}
            onConfirm={onImport}
          />
        </div>
      ) : null}
    </section>
  );
}
