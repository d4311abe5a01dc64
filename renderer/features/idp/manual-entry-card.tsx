import {
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DocumentRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SSO_BINDINGS } from '../../../preload/contract/constants.js';
import type { Finding } from '../../../preload/contract/idp.js';
import { bindingName } from './binding-name.js';
import { ConfigureButton } from './configure-button.js';
import { findingMessage } from './finding-text.js';
import {
  EMPTY_DRAFT,
  findingsByField,
  toEntry,
  type ManualDraft,
  type ManualField,
} from './manual-draft.js';
import type { IdpModel } from './use-idp.js';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  wide: { gridColumn: '1 / -1' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  certRow: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** The manual alternative to metadata: entity ID, SSO URL + binding, SLO URL, certificate. */
export function ManualEntryCard({ idp }: { idp: IdpModel }) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const [draft, setDraft] = useState<ManualDraft>(EMPTY_DRAFT);
  const [touched, setTouched] = useState<Partial<Record<ManualField, boolean>>>({});
  const [findings, setFindings] = useState<Finding[]>([]);
  const { preview, certificate } = idp;

  // A certificate file uploaded (here or in the upload card) fills the certificate field;
  // adjusted while rendering, as React recommends for state derived from a prop change.
  const [seenUpload, setSeenUpload] = useState(0);
  if (certificate && certificate.seq !== seenUpload) {
    setSeenUpload(certificate.seq);
    setDraft((d) => ({ ...d, certificate: certificate.certificate.pem }));
    setTouched((d) => ({ ...d, certificate: true }));
  }
  // The loaded certificate is used here: focus (and scroll) to it, wherever the file was chosen.
  const certificateField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (seenUpload > 0) certificateField.current?.focus();
  }, [seenUpload]);

  // Main checks the entry as it is typed, with the same rules as Configure.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      void preview({ kind: 'manual', entry: toEntry(draft) }).then((result) => {
        if (result.ok) setFindings(result.value.findings);
      });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [draft, preview]);

  const byField = findingsByField(findings);
  // Named in the blocked reason, so an untouched empty field is not a silent blocker.
  const fieldLabels: Record<ManualField, string> = {
    entityId: t('manual.entityId'),
    ssoUrl: t('manual.ssoUrl'),
    sloUrl: t('manual.sloUrl'),
    certificate: t('manual.certificate'),
  };
  const blockingFields = (Object.keys(byField) as ManualField[])
    .filter((field) => byField[field]?.severity === 'error')
    .map((field) => fieldLabels[field]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const set = (field: keyof ManualDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (field !== 'ssoBinding') setTouched((d) => ({ ...d, [field]: true }));
  };
  const validation = (field: ManualField) => {
    const finding = touched[field] ? byField[field] : undefined;
    if (!finding) return { validationState: 'none' as const };
    return {
      validationState: finding.severity === 'error' ? ('error' as const) : ('warning' as const),
      validationMessage: findingMessage(t, finding),
    };
  };

  return (
    <Card data-testid="idp-manual">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" size={400}>
            {t('manual.title')}
          </Text>
        }
        description={<Text>{t('manual.subtitle')}</Text>}
      />
      <div className={styles.form}>
        <Field
          className={styles.wide}
          label={t('manual.entityId')}
          required
          {...validation('entityId')}
        >
          <Input
            className={styles.mono}
            value={draft.entityId}
            onChange={(_e, data) => set('entityId', data.value)}
            spellCheck={false}
          />
        </Field>
        <Field label={t('manual.ssoUrl')} required {...validation('ssoUrl')}>
          <Input
            className={styles.mono}
            value={draft.ssoUrl}
            onChange={(_e, data) => set('ssoUrl', data.value)}
            placeholder="https://"
            spellCheck={false}
          />
        </Field>
        <Field label={t('manual.binding')}>
          <RadioGroup
            layout="horizontal"
            value={draft.ssoBinding}
            onChange={(_e, data) => set('ssoBinding', data.value)}
          >
            {SSO_BINDINGS.map((binding) => (
              <Radio key={binding} value={binding} label={bindingName(binding)} />
            ))}
          </RadioGroup>
        </Field>
        <Field
          className={styles.wide}
          label={t('manual.sloUrl')}
          hint={touched.sloUrl && byField.sloUrl ? undefined : t('manual.sloHint')}
          {...validation('sloUrl')}
        >
          <Input
            className={styles.mono}
            value={draft.sloUrl}
            onChange={(_e, data) => set('sloUrl', data.value)}
            placeholder="https://"
            spellCheck={false}
          />
        </Field>
        <Field
          className={styles.wide}
          label={t('manual.certificate')}
          hint={
            touched.certificate && byField.certificate ? undefined : t('manual.certificateHint')
          }
          required
          {...validation('certificate')}
        >
          <Textarea
            ref={certificateField}
            className={styles.mono}
            value={draft.certificate}
            onChange={(_e, data) => set('certificate', data.value)}
            placeholder="-----BEGIN CERTIFICATE-----"
            rows={5}
            resize="vertical"
            spellCheck={false}
          />
        </Field>
        <div className={mergeClasses(styles.wide, styles.certRow)}>
          <Button
            icon={<DocumentRegular />}
            disabledFocusable={idp.inspecting}
            onClick={() => void idp.choose()}
          >
            {t('manual.loadCertificate')}
          </Button>
          {certificate ? (
            <Text data-testid="idp-manual-cert-file">
              {t('manual.loadedFrom', { fileName: certificate.fileName })}
            </Text>
          ) : null}
        </div>
      </div>
      <ConfigureButton
        idp={idp}
        candidate={{ kind: 'manual', entry: toEntry(draft) }}
        blockedReason={
          errors === 0
            ? null
            : blockingFields.length > 0
              ? t('manual.blocked', { fields: blockingFields.join(', ') })
              : t('configure.cannotApply')
        }
      />
    </Card>
  );
}
