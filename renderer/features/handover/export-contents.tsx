import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useHandoverStyles } from './handover-styles.js';

/** The files of a bundle, and whether the secret ones are in this export. */
export function ExportContents({
  includeKeyPair,
  includeApiKey,
  includeConnectionSecrets,
}: {
  includeKeyPair: boolean;
  includeApiKey: boolean;
  includeConnectionSecrets: boolean;
}) {
  const { t } = useTranslation('handover');
  const styles = useHandoverStyles();
  const item = (files: string, text: string, excluded = false) => (
    <li className={excluded ? styles.muted : undefined}>
      <span className={styles.file}>{files}</span> — {text}
    </li>
  );
  return (
    <section className={styles.section} aria-labelledby="handover-contents">
      <Text id="handover-contents" as="h4" weight="semibold" className={styles.heading}>
        {t('export.contentsTitle')}
      </Text>
      <ul className={styles.list} data-testid="handover-contents">
        {item('integration.json', t('export.contents.integration'))}
        {item('sp-metadata.xml, sp-certificate.pem/.cer', t('export.contents.sp'))}
        {item('idp-metadata.xml', t('export.contents.idp'))}
        {item('HANDOVER.md', t('export.contents.sheet'))}
        {item(
          'sp-keypair*.p12',
          t(includeKeyPair ? 'export.contents.keyPairs' : 'export.contents.keyPairsNot'),
          !includeKeyPair,
        )}
        {item(
          'api-key.jwe',
          t(includeApiKey ? 'export.contents.apiKey' : 'export.contents.apiKeyNot'),
          !includeApiKey,
        )}
        {item(
          'connection-secrets.jwe',
          t(
            includeConnectionSecrets
              ? 'export.contents.connectionSecrets'
              : 'export.contents.connectionSecretsNot',
          ),
          !includeConnectionSecrets,
        )}
      </ul>
    </section>
  );
}
