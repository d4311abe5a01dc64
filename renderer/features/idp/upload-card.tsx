import { Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { ErrorBar } from '../../components/error-bar.js';
import { DropZone } from './drop-zone.js';
import { IDP_FOCUS } from './focus-targets.js';
import { ReportView } from './report-view.js';
import { UploadProgress } from './upload-progress.js';
import type { IdpModel } from './use-idp.js';

const useStyles = makeStyles({
  actions: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
  },
});

/** « Téléverser un fichier »: native dialog or drop, progress, then the report. */
export function UploadCard({ idp }: { idp: IdpModel }) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  return (
    <Card data-testid="idp-upload">
      <CardHeader
        header={
          <Text as="h3" id={IDP_FOCUS.uploadHeading} tabIndex={-1} weight="semibold" size={400}>
            {t('upload.title')}
          </Text>
        }
        description={<Text>{t('upload.subtitle')}</Text>}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<FolderOpenRegular />}
          // Focusable while disabled: the inspection it starts must not drop focus to <body>.
          disabledFocusable={idp.inspecting}
          onClick={() => void idp.choose()}
        >
          {t('upload.button')}
        </Button>
        <DropZone
          disabled={idp.inspecting}
          onDrop={(file) => void idp.drop(file)}
          onActivate={() => void idp.choose()}
        />
      </div>
      {idp.inspecting ? <UploadProgress progress={idp.progress} onCancel={idp.cancel} /> : null}
      {idp.uploadError ? <ErrorBar error={idp.uploadError} /> : null}
      {idp.inspection ? <ReportView idp={idp} inspection={idp.inspection} /> : null}
    </Card>
  );
}
