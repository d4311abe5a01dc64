import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { InspectProgress } from '../../../preload/contract/idp.js';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1 },
});

/** The inspection's progress (large aggregates take seconds), with Cancel. */
export function UploadProgress({
  progress,
  onCancel,
}: {
  progress: InspectProgress | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const percent = progress ? Math.round(progress.fraction * 100) : null;
  const label =
    progress && percent !== null
      ? t('upload.progress', { percent, phase: t(`upload.phases.${progress.phase}`) })
      : t('upload.starting');
  return (
    <div className={styles.row} data-testid="idp-progress">
      <Field className={styles.bar} label={t('upload.inspecting')} hint={label}>
        <ProgressBar
          value={progress ? progress.fraction : undefined}
          max={1}
          thickness="large"
          aria-valuetext={label}
        />
      </Field>
      <Button onClick={onCancel}>{t('upload.cancel')}</Button>
    </div>
  );
}
