import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { ArrowImportRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { SpCertSlot, SpImportCertificateInput } from '../../../preload/contract/sp.js';
import { FormDialog, useFormDialog } from '../../components/form-dialog.js';
import { FilePicker } from './file-picker.js';
import { placeImportError, type ImportSlotName } from './import-errors.js';
import { readBase64, readText } from './read-file.js';

type Kind = 'pem' | 'pkcs12';
type Files = Record<'certificate' | 'key' | 'bundle', File | null>;
const NO_FILES: Files = { certificate: null, key: null, bundle: null };

/** Import button and dialog: PEM pair or PKCS#12 bundle, errors placed next to their field. */
export function ImportDialog({
  slot,
  label,
  disabled,
  onImport,
}: {
  slot: SpCertSlot;
  label: string;
  disabled: boolean;
  onImport: (input: SpImportCertificateInput) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('sp');
  const [kind, setKind] = useState<Kind>('pem');
  const [files, setFiles] = useState<Files>(NO_FILES);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ImportSlotName, string>>>({});

  const reset = useCallback((): void => {
    setFiles(NO_FILES);
    setPassphrase('');
    setErrors({});
  }, []);
  const dialog = useFormDialog(reset);
  const { working } = dialog;
  const choose = (name: keyof Files) => (file: File | null) => {
    setFiles((current) => ({ ...current, [name]: file }));
    setErrors({});
    dialog.setFailure(null);
  };

  const submit = async (): Promise<void> => {
    const needed: Array<keyof Files> = kind === 'pem' ? ['certificate', 'key'] : ['bundle'];
    const missing = needed.filter((name) => files[name] === null);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((name) => [name, t('importDialog.required')])));
      return;
    }
    const error = await dialog.work(async (): Promise<AppErrorData | null> => {
      try {
        const secret = passphrase === '' ? {} : { passphrase };
        return await onImport(
          kind === 'pem'
            ? {
                kind,
                certificatePem: await readText(files.certificate as File),
                keyPem: await readText(files.key as File),
                slot,
                ...secret,
              }
            : { kind, pkcs12Base64: await readBase64(files.bundle as File), slot, ...secret },
        );
      } catch {
        return { code: 'FILE_READ_FAILED' };
      }
    });
    const placed = error === null ? null : placeImportError(t, error, kind);
    if (placed) setErrors({ [placed.at]: placed.message });
    else dialog.settle(error);
  };

  return (
    <FormDialog
      dialog={dialog}
      trigger={
        <Button icon={<ArrowImportRegular />} disabled={disabled}>
          {label}
        </Button>
      }
      title={t(slot === 'next' ? 'importDialog.titleNext' : 'importDialog.title')}
      submitLabel={t('importDialog.confirm')}
      workingLabel={t('importDialog.working')}
      onSubmit={submit}
    >
      <Field label={t('importDialog.kind')}>
        <RadioGroup
          value={kind}
          disabled={working}
          onChange={(_e, data) => {
            setKind(data.value as Kind);
            setErrors({});
            dialog.setFailure(null);
          }}
        >
          <Radio value="pem" label={t('importDialog.kindPem')} />
          <Radio value="pkcs12" label={t('importDialog.kindPkcs12')} />
        </RadioGroup>
      </Field>
      {kind === 'pem' ? (
        <>
          <FilePicker
            label={t('importDialog.certificateFile')}
            accept=".pem,.crt,.cer,application/x-pem-file"
            file={files.certificate}
            error={errors.certificate ?? null}
            disabled={working}
            onChange={choose('certificate')}
            testId="import-certificate-file"
          />
          <FilePicker
            label={t('importDialog.keyFile')}
            accept=".pem,.key,application/x-pem-file"
            file={files.key}
            error={errors.key ?? null}
            disabled={working}
            onChange={choose('key')}
            testId="import-key-file"
          />
        </>
      ) : (
        <FilePicker
          label={t('importDialog.bundleFile')}
          accept=".pfx,.p12,application/x-pkcs12"
          file={files.bundle}
          error={errors.bundle ?? null}
          disabled={working}
          onChange={choose('bundle')}
          testId="import-bundle-file"
        />
      )}
      <Field
        label={t('importDialog.passphrase')}
        hint={t(
          kind === 'pem' ? 'importDialog.passphraseHintPem' : 'importDialog.passphraseHintPkcs12',
        )}
        validationState={errors.passphrase ? 'error' : 'none'}
        validationMessage={errors.passphrase}
      >
        <Input
          type="password"
          autoComplete="off"
          value={passphrase}
          disabled={working}
          onChange={(_e, data) => {
            setPassphrase(data.value);
            setErrors({});
          }}
        />
      </Field>
    </FormDialog>
  );
}
