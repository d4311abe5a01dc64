import { useTranslation } from 'react-i18next';
import { PanelFrame } from '../../components/panel-frame.js';
import { ExportCard } from './export-card.js';
import { ImportCard } from './import-card.js';

/**
 * « Transmission »: export the prepared integration for the Docbits server or
 * another workstation, and import such a bundle here (with Undo).
 * `onSettingsReplaced` tells the shell that an import or undo changed the settings.
 */
export function HandoverPanel({ onSettingsReplaced }: { onSettingsReplaced: () => void }) {
  const { t } = useTranslation('handover');
  return (
    <PanelFrame name="handover" description={t('panel.description')} spacedIntro>
      <ExportCard />
      <ImportCard onSettingsReplaced={onSettingsReplaced} />
    </PanelFrame>
  );
}
