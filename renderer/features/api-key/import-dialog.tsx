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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import { describeError } from '../../components/describe-error.js';

/** Import button and dialog: paste a key, see why it is refused next to the field. */
export function ImportDialog({
  busy,
  onImport,
}: {
  busy: boolean;
  onImport: (key: string) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('apiKey');
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = (): void => {
    setOpen(false);
    setValue('');
    setError(null);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const failure = await onImport(value);
    if (failure === null) return close();
    const problem = failure.params?.problem;
    setError(
      failure.code === 'API_KEY_INVALID' && typeof problem === 'string'
        ? t(`problems.${problem}`)
        : describeError(t, failure),
    );
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => (data.open ? setOpen(true) : close())}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<ArrowImportRegular />}>{t('import')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <form onSubmit={(event) => void submit(event)}>
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
        </form>
      </DialogSurface>
    </Dialog>
  );
}
