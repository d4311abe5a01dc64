import { Divider, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { entraTenantMismatch } from '../../../preload/contract/entra-rules.js';
import type { Finding } from '../../../preload/contract/idp.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { ConfigureButton } from './configure-button.js';
import { EntityPicker } from './entity-picker.js';
import { ExpiryAlert } from './expiry-alert.js';
import { IDP_FOCUS } from './focus-targets.js';
import { FindingsList } from './findings-list.js';
import { IdpSummaryView } from './idp-summary.js';
import { ReportFacts } from './report-facts.js';
import { TenantOffer } from './tenant-offer.js';
import type { IdpModel, Inspection } from './use-idp.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** The inspection of an uploaded file: facts, findings, entity picker, the IdP, Configure. */
export function ReportView({ idp, inspection }: { idp: IdpModel; inspection: Inspection }) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const { report } = inspection;
  // The Use button turns into a "Chosen" badge: once the chosen entity's report is
  // rendered (a new inspection id), focus goes to the IdP it chose.
  const focusNextReport = useRef(false);
  useEffect(() => {
    if (!focusNextReport.current) return;
    focusNextReport.current = false;
    focusWhenReady(IDP_FOCUS.summaryHeading, IDP_FOCUS.reportHeading);
  }, [inspection.inspectionId]);
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  // Checked against the tenant as stored now, so saving the tenant updates the list at once.
  const mismatch = report.idp
    ? entraTenantMismatch(report.idp.entityId, idp.state?.tenantId)
    : null;
  const findings: Finding[] = mismatch
    ? [
        ...report.findings,
        { severity: 'warning', code: 'ENTRA_TENANT_MISMATCH', params: { ...mismatch } },
      ]
    : report.findings;
  const aggregate = report.document?.kind === 'EntitiesDescriptor';
  const blockedReason =
    errors > 0
      ? t('configure.blocked', { count: errors })
      : report.idp
        ? null
        : t('configure.noIdp');
  return (
    <section className={styles.root} aria-label={t('report.title')} data-testid="idp-report">
      <Text
        as="h4"
        id={IDP_FOCUS.reportHeading}
        tabIndex={-1}
        weight="semibold"
        size={400}
        className={styles.heading}
      >
        {t('report.title')}
      </Text>
      {report.idp ? <ExpiryAlert certificates={report.idp.certificates} /> : null}
      {report.idp && idp.state ? (
        <TenantOffer entityId={report.idp.entityId} state={idp.state} onSave={idp.saveTenant} />
      ) : null}
      <ReportFacts report={report} />
      {aggregate && report.entities.length > 0 ? (
        <>
          <Divider />
          <Text as="h4" weight="semibold" className={styles.heading}>
            {t('picker.title')}
          </Text>
          <EntityPicker
            entities={report.entities}
            chosen={report.idp?.entityId}
            disabled={idp.inspecting}
            onPick={(entityId) => {
              focusNextReport.current = true;
              void idp.selectEntity(entityId).then((chosen) => {
                if (!chosen) focusNextReport.current = false;
              });
            }}
          />
        </>
      ) : null}
      <Divider />
      <Text as="h4" weight="semibold" className={styles.heading}>
        {t('report.findings')}
      </Text>
      <FindingsList findings={findings} />
      {report.idp ? (
        <>
          <Divider />
          <Text
            as="h4"
            id={IDP_FOCUS.summaryHeading}
            tabIndex={-1}
            weight="semibold"
            className={styles.heading}
          >
            {t('summary.title')}
          </Text>
          <IdpSummaryView idp={report.idp} />
        </>
      ) : null}
      <Divider />
      <ConfigureButton
        idp={idp}
        candidate={{ kind: 'inspection', inspectionId: inspection.inspectionId }}
        blockedReason={blockedReason}
      />
    </section>
  );
}
