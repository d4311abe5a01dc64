import type { FirstRunStep, HealthPart, HealthReport } from '../../../preload/contract/overview.js';
import { IDP_FOCUS } from '../idp/focus-targets.js';
import type { OpenRequest } from '../shell/sections.js';
import { SP_FOCUS } from '../sp/focus-targets.js';

/** Where each first-run step is done: the panel, and the card (or button) to land on. */
export const STEP_TARGETS: Record<FirstRunStep['step'], OpenRequest> = {
  spAddresses: { section: 'sp', focus: SP_FOCUS.endpointsHeading },
  spCertificate: { section: 'sp', focus: SP_FOCUS.certificateHeading },
  spMetadata: { section: 'sp', focus: SP_FOCUS.downloadMetadata },
  idpMetadata: { section: 'idp', focus: IDP_FOCUS.uploadHeading },
  idpConfigure: { section: 'idp', focus: IDP_FOCUS.uploadHeading },
};

/** Where a part is fixed: its panel, focused on the card that shows it. */
export function partTarget(part: HealthPart, report: HealthReport): OpenRequest {
  switch (part) {
    case 'apiKey':
      return { section: 'apiKey' };
    case 'spAddresses':
      return { section: 'sp', focus: SP_FOCUS.endpointsHeading };
    case 'spCertificate':
      return { section: 'sp', focus: SP_FOCUS.certificateHeading };
    case 'idp': {
      const configured = report.items.some(
        (item) => item.kind === 'idpConfiguration' && item.state !== 'not-set-up',
      );
      return {
        section: 'idp',
        focus: configured ? IDP_FOCUS.currentHeading : IDP_FOCUS.uploadHeading,
      };
    }
    case 'connections':
      return { section: 'connections' };
  }
}
