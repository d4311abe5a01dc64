import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ExportCard } from './export-card.js';
import { ImportCard } from './import-card.js';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1040px',
  },
});

/**
 * « Transmission »: export the prepared integration for the Docbits server or
 * another workstation, and import such a bundle here (with Undo).
 * `onSettingsReplaced` tells the shell that an import or undo changed the settings.
 */
export function HandoverPanel({ onSettingsReplaced }: { onSettingsReplaced: () => void }) {
  const { t } = useTranslation('handover');
  const styles = useStyles();
  return (
    <section
      className={styles.panel}
      aria-labelledby="handover-description"
      data-testid="handover-panel"
    >
      <Text id="handover-description" as="p">
        {t('panel.description')}
      </Text>
      <ExportCard />
      <ImportCard onSettingsReplaced={onSettingsReplaced} />
    </section>
  );
}
