import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SpRetiredCertificate } from '../../../preload/contract/sp.js';
import { breakable } from './breakable.js';

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** Certificates that left service: when, what, which fingerprint (an audit trail, no PEM). */
export function RetiredCertificates({ entries }: { entries: SpRetiredCertificate[] }) {
  const { t, i18n } = useTranslation('sp');
  const styles = useStyles();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <Table size="small" aria-label={t('rollover.retired')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('rollover.retiredAt')}</TableHeaderCell>
          <TableHeaderCell>{t('cert.subject')}</TableHeaderCell>
          <TableHeaderCell>{t('cert.sha256')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={`${entry.retiredAt}-${entry.sha256Fingerprint}`}>
            <TableCell>{date.format(new Date(entry.retiredAt))}</TableCell>
            <TableCell>{entry.subject}</TableCell>
            <TableCell className={styles.mono}>{breakable(entry.sha256Fingerprint)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
