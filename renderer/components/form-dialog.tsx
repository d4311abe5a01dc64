import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../preload/contract/errors.js';
import { ErrorBar } from './error-bar.js';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * State of a dialog holding one form: open or not, working on its action, and
 * the last refusal. `reset` forgets what was typed; it runs whenever the
 * dialog closes, so nothing typed (a passphrase, a key file) outlives it.
 */
export function useFormDialog(reset?: () => void) {
  const [open, setOpen] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<AppErrorData | null>(null);

  const close = useCallback(() => {
    setOpen(false);
    setFailure(null);
    reset?.();
  }, [reset]);

  /** Runs the dialog's action with the spinner shown and the dialog held open. */
  const work = useCallback(async <T,>(action: () => Promise<T>): Promise<T> => {
    setWorking(true);
    try {
      return await action();
    } finally {
      setWorking(false);
    }
  }, []);

  /** Closes on success (null), keeps the refusal otherwise; true once closed. */
  const settle = useCallback(
    (error: AppErrorData | null): boolean => {
      if (error === null) close();
      else setFailure(error);
      return error === null;
    },
    [close],
  );

  return { open, setOpen, working, failure, setFailure, close, work, settle };
}

/** What `useFormDialog` gives the dialog's form. */
export type FormDialogState = ReturnType<typeof useFormDialog>;

/**
 * A button that opens a dialog with one form: its title, the fields, a spinner
 * while the action works, the refusal the fields do not show themselves, and
 * Cancel beside the submit button. The form is checked by the app (in its own
 * language, next to the field), not by the browser.
 */
export function FormDialog({
  dialog,
  trigger,
  title,
  submitLabel,
  workingLabel,
  canSubmit = true,
  failure = dialog.failure,
  onSubmit,
  children,
}: {
  dialog: FormDialogState;
  /** The button that opens the dialog. */
  trigger: ReactElement;
  title: string;
  submitLabel: string;
  /** What the spinner says while the action works; no spinner without it. */
  workingLabel?: string;
  canSubmit?: boolean;
  /** The refusal shown under the fields (default: the dialog's last one). */
  failure?: AppErrorData | null;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { working } = dialog;
  return (
    <Dialog
      open={dialog.open}
      onOpenChange={(_e, data) => {
        // Closing while the action works would hide its outcome.
        if (working) return;
        if (data.open) dialog.setOpen(true);
        else dialog.close();
      }}
    >
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface aria-busy={working}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {children}
              {working && workingLabel ? <Spinner size="small" label={workingLabel} /> : null}
              {failure ? <ErrorBar error={failure} /> : null}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" disabled={working}>
                  {t('common:actions.cancel')}
                </Button>
              </DialogTrigger>
              <Button appearance="primary" type="submit" disabled={working || !canSubmit}>
                {submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
