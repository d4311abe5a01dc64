import type { Finding } from '../../../../preload/contract/idp.js';
import { checkEndpointUrl } from '../../../../preload/contract/url-rules.js';
import { finding, type FindingPlace } from './findings.js';

/**
 * The finding for an IdP endpoint URL, or null when it is fine: the same rules
 * as the SP side. A script/data/file scheme and plain http to another host are
 * errors (Configure refuses them: a password would travel in clear text); http
 * to this machine is a warning; anything else unusable is ENDPOINT_URL_INVALID.
 */
export function endpointUrlFinding(
  url: string,
  element: string,
  place: FindingPlace = {},
): Finding | null {
  const verdict = checkEndpointUrl(url);
  const params = { element, url: url.slice(0, 200) };
  if (verdict.ok) {
    if (!verdict.warning) return null;
    return finding(
      'INSECURE_ENDPOINT_URL',
      { ...params, problem: verdict.warning },
      place,
      'warning',
    );
  }
  const insecure = verdict.problem === 'SCHEME_FORBIDDEN' || verdict.problem === 'HTTP_NOT_LOCAL';
  return finding(
    insecure ? 'INSECURE_ENDPOINT_URL' : 'ENDPOINT_URL_INVALID',
    {
      ...params,
      problem: verdict.problem,
    },
    place,
  );
}
