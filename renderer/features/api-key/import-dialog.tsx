import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
} from '@fluentui/react-components';
import { ArrowImportRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import { describeError } from '../../components/describe-error.js';

/**
 * Import button and dialog: paste a key, see why it is refused next to the
 * field. Over an existing key (`replacing`) a second step states what Regenerate
 * states — every client of the current key stops working — and needs a confirm.
 */
export function ImportDialog({
  busy,
  replacing,
  onImport,
}: {
  busy: boolean;
  replacing: boolean;
  onImport: (key: string) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('apiKey');
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  // The step's content is replaced, so focus is put where the next decision is:
  // on Back (the safe choice) when asking, on the key when returning to it.
  useEffect(() => {
    if (!open) return;
    (confirming ? back : field).current?.focus();
  }, [open, confirming]);

  const close = (): void => {
    setOpen(false);
    setConfirming(false);
    setValue('');
    setError(null);
  };

  const importNow = async (): Promise<void> => {
    const failure = await onImport(value);
    if (failure === null) return close();
    const problem = failure.params?.problem;
    setConfirming(false);
    setError(
      failure.code === 'API_KEY_INVALID' && typeof problem === 'string'
        ? t(`problems.${problem}`)
        : describeError(t, failure),
    );
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (replacing && !confirming) setConfirming(true);
    else void importNow();
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => (data.open ? setOpen(true) : close())}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<ArrowImportRegular />}>{t('import')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <form onSubmit={submit}>
          {confirming ? (
            <DialogBody>
              <DialogTitle>{t('importDialog.replaceTitle')}</DialogTitle>
              <DialogContent>{t('replaceConsequence')}</DialogContent>
              <DialogActions>
                <Button appearance="secondary" ref={back} onClick={() => setConfirming(false)}>
                  {t('importDialog.back')}
                </Button>
                <Button appearance="primary" type="submit" disabled={busy}>
                  {t('importDialog.replaceConfirm')}
                </Button>
              </DialogActions>
            </DialogBody>
          ) : (
            <DialogBody>
              <DialogTitle>{t('importDialog.title')}</DialogTitle>
              <DialogContent>
                <p>{t('importDialog.body')}</p>
                <Field
                  label={t('importDialog.field')}
                  required
                  validationState={error ? 'error' : 'none'}
                  validationMessage={error ?? undefined}
                >
                  <Input
                    ref={field}
                    type="password"
                    autoComplete="off"
                    spellCheck={false}
                    value={value}
                    onChange={(_e, data) => {
                      setValue(data.value);
                      setError(null);
                    }}
                  />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={close}>
                  {t('common:actions.cancel')}
                </Button>
                <Button appearance="primary" type="submit" disabled={busy}>
                  {t('importDialog.confirm')}
                </Button>
              </DialogActions>
            </DialogBody>
          )}
        </form>
      </DialogSurface>
    </Dialog>
  );
}
