import { Text } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { HANDOVER_FOCUS } from './focus-targets.js';
import { useHandoverStyles } from './handover-styles.js';

/** The last import, while it can be undone (also after a restart), with « Undo import ». */
export function LastImport({
  importedAt,
  busy,
  onUndo,
}: {
  importedAt: string;
  busy: boolean;
  onUndo: () => void;
}) {
  const { t, i18n } = useTranslation('handover');
  const styles = useHandoverStyles();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  const when = date.format(new Date(importedAt));
  return (
    <section
      className={styles.section}
      aria-labelledby={HANDOVER_FOCUS.lastImport}
      data-testid="handover-last-import"
    >
      <Text
        id={HANDOVER_FOCUS.lastImport}
        tabIndex={-1}
        as="h4"
        weight="semibold"
        className={styles.heading}
      >
        {t('undo.title')}
      </Text>
      <Text>{t('undo.body', { date: when })}</Text>
      <div className={styles.actions}>
        <ConfirmDialog
          label={t('undo.undo')}
          icon={<ArrowUndoRegular />}
          disabled={busy}
          title={t('undo.confirmTitle')}
          body={t('undo.confirmBody', { date: when })}
          confirm={t('undo.confirm')}
          onConfirm={onUndo}
        />
      </div>
    </section>
  );
}
