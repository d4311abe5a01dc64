import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RotationEntry } from '../../../preload/contract/api-key.js';

/** The rotation history: dates, how, fingerprints — never a key. */
export function RotationHistory({
  entries,
  language,
}: {
  entries: RotationEntry[];
  language: string;
}) {
  const { t } = useTranslation('apiKey');
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  if (entries.length === 0) return <Text>{t('history.empty')}</Text>;
  return (
    <Table size="small" aria-label={t('history.title')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('history.when')}</TableHeaderCell>
          <TableHeaderCell>{t('history.action')}</TableHeaderCell>
          <TableHeaderCell>{t('history.fingerprint')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={`${entry.at}-${entry.fingerprint}`}>
            <TableCell>{format.format(new Date(entry.at))}</TableCell>
            <TableCell>{t(`source.${entry.action}`)}</TableCell>
            <TableCell>
              <code>{entry.fingerprint}</code>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
