import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdpCandidateRef } from '../../../preload/contract/idp-channels.js';
import type { IdpPreview } from '../../../preload/contract/idp.js';
import { describeError } from '../../components/describe-error.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { DiffTable } from './diff-table.js';
import { FindingsList } from './findings-list.js';
import { IDP_FOCUS } from './focus-targets.js';
import type { IdpModel } from './use-idp.js';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  why: { color: tokens.colorPaletteRedForeground1 },
  // Waiting for an inspection is no error: said in the neutral text colour.
  wait: { color: tokens.colorNeutralForeground2 },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  surface: { maxWidth: '880px', width: '90vw' },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
});

/**
 * « Configurer »: disabled (saying why) while an error finding stands or a file
 * is being inspected; first shows the diff against the current configuration,
 * then applies atomically.
 */
export function ConfigureButton({
  idp,
  candidate,
  blockedReason,
}: {
  idp: Pick<IdpModel, 'preview' | 'configure' | 'busy' | 'inspecting'>;
  candidate: IdpCandidateRef | null;
  blockedReason: string | null;
}) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const whyId = useId();
  const [preview, setPreview] = useState<IdpPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // While a new file is inspected, main still holds the previous report under its id:
  // Configure now would apply the entity the admin is moving away from.
  const why = idp.inspecting ? t('configure.inspecting') : blockedReason;
  const blocked = candidate === null || why !== null;

  const open = async () => {
    if (!candidate) return;
    setProblem(null);
    const result = await idp.preview(candidate);
    if (result.ok) setPreview(result.value);
    else setProblem(describeError(t, result.error));
  };
  const apply = async () => {
    if (!candidate) return;
    if (!(await idp.configure(candidate))) return;
    setPreview(null);
    focusWhenReady(IDP_FOCUS.currentHeading);
  };
  // The dialog is opened from state, not a DialogTrigger, so nothing hands focus back to Configure.
  const cancel = () => {
    setPreview(null);
    focusWhenReady(() => button.current);
  };
  const warnings = preview?.findings.filter((f) => f.severity !== 'info') ?? [];

  return (
    <div className={styles.row}>
      <Button
        ref={button}
        appearance="primary"
        icon={<CheckmarkRegular />}
        disabled={blocked || idp.busy}
        aria-describedby={why ? whyId : undefined}
        onClick={() => void open()}
      >
        {t('configure.button')}
      </Button>
      {why ? (
        <Text
          id={whyId}
          className={idp.inspecting ? styles.wait : styles.why}
          data-testid="idp-configure-blocked"
        >
          {why}
        </Text>
      ) : null}
      {problem ? <Text role="alert">{problem}</Text> : null}
      <Dialog open={preview !== null} onOpenChange={(_e, data) => !data.open && cancel()}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>{t('configure.dialogTitle')}</DialogTitle>
            {/* Focusable: a long diff scrolls, and keyboard users must be able to scroll it. */}
            <DialogContent className={styles.content} tabIndex={0}>
              {/* What blocks or should worry the admin comes first, never below the fold of a long diff. */}
              {preview && !preview.canApply ? (
                <MessageBar intent="error">
                  <MessageBarBody>{t('configure.cannotApply')}</MessageBarBody>
                </MessageBar>
              ) : null}
              {warnings.length > 0 ? (
                <section aria-label={t('configure.warnings')} data-testid="idp-configure-warnings">
                  <Text as="h3" weight="semibold" className={styles.heading}>
                    {t('configure.warnings')}
                  </Text>
                  <FindingsList findings={warnings} />
                </section>
              ) : null}
              {preview && preview.changes.length > 0 ? (
                <>
                  <Text>{t('configure.dialogBody')}</Text>
                  <DiffTable changes={preview.changes} />
                </>
              ) : (
                <Text>{t('configure.noChange')}</Text>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={cancel}>{t('common:actions.cancel')}</Button>
              <Button
                appearance="primary"
                disabled={!preview?.canApply || idp.busy || idp.inspecting}
                onClick={() => void apply()}
              >
                {t('configure.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
