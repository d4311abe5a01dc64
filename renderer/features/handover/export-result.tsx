import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button.js';
import { HANDOVER_FOCUS } from './focus-targets.js';
import { useHandoverStyles } from './handover-styles.js';
import type { ExportedBundle } from './use-handover-export.js';

/** Where an export went, its files with their sizes, and how to pass its passphrase on. */
export function ExportResult({ result }: { result: ExportedBundle }) {
  const { t, i18n } = useTranslation('handover');
  const styles = useHandoverStyles();
  const size = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  });
  return (
    <section
      className={styles.section}
      aria-labelledby={HANDOVER_FOCUS.exportResult}
      data-testid="handover-export-result"
    >
      <Text
        id={HANDOVER_FOCUS.exportResult}
        tabIndex={-1}
        as="h4"
        weight="semibold"
        className={styles.heading}
      >
        {t('export.resultTitle')}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('export.savedTo')}</dt>
        <dd className={styles.value}>
          <Text className={styles.mono} data-testid="handover-export-path">
            {result.path}
          </Text>
          <CopyButton value={result.path} label={t('export.savedTo')} />
        </dd>
      </dl>
      {result.protectedSecrets ? (
        <MessageBar intent="warning" data-testid="handover-passphrase-note">
          <MessageBarBody>
            <MessageBarTitle>{t('export.passphraseNoteTitle')}</MessageBarTitle>
            {t('export.passphraseNote')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Table size="small" aria-label={t('export.filesTitle')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('export.fileColumn')}</TableHeaderCell>
            <TableHeaderCell>{t('export.sizeColumn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.files.map((file) => (
            <TableRow key={file.name} data-file={file.name}>
              <TableCell className={styles.file}>{file.name}</TableCell>
              <TableCell>{size.format(file.bytes / 1000)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
