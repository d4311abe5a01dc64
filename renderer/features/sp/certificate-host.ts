import type { SpView } from '../../../preload/contract/sp.js';

/** The host a generated certificate is issued to, from the saved base URL. */
export function certificateHost(view: SpView): string | null {
  try {
    return view.baseUrl.value ? new URL(view.baseUrl.value).hostname : null;
  } catch {
    return null;
  }
}

/** True when the metadata would announce signed requests but carry no key to check them. */
export function announcesUnsignableRequests(view: SpView): boolean {
  return view.options.authnRequestsSigned && view.certificates.current === null;
}
