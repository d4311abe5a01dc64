// How a coded error, a finding or a table's labels become words, shared by the renderer
// (i18next in the page) and main (the CLI, the start-up dialog, HANDOVER.md):
// both look the same keys up in the same locale files. Plain code, no zod: the
// renderer may import it at run time.
import type { DetailLabels } from './connections.js';
import { LANGUAGES } from './constants.js';

/** Looks a key up with its parameters; answers '' when the key has no text. */
export type Lookup = (key: string, params: Record<string, string | number>) => string;

/** A supported language. */
export type Language = (typeof LANGUAGES)[number];

/** The supported language that best matches an OS locale such as `fr-CA` or `de_DE.UTF-8`. */
export function languageForLocale(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_.]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** The first text among `keys` (most specific first). */
function firstText(
  lookup: Lookup,
  keys: string[],
  params: Record<string, string | number>,
): string {
  for (const key of keys) {
    const text = lookup(key, params);
    if (text !== '') return text;
  }
  return '';
}

/**
 * A coded error in words: `errors.CODE_<problem>`, `_<reason>` or
 * `_<platform>` before `errors.CODE`.
 */
export function errorText(
  lookup: Lookup,
  error: { code: string; params?: Record<string, string | number> },
): string {
  const params = error.params ?? {};
  const variants = [params.problem, params.reason, params.platform].filter(
    (part): part is string => typeof part === 'string',
  );
  const keys = [
    ...variants.map((part) => `common:errors.${error.code}_${part}`),
    `common:errors.${error.code}`,
  ];
  return firstText(lookup, keys, params) || error.code;
}

/**
 * A finding in words: a variant for its `reason` or `problem`
 * (`findings.NOT_XML_PEM_CERTIFICATE`) before the code's general text; an XML
 * reason is itself put in words.
 */
export function findingText(
  lookup: Lookup,
  finding: { code: string; params: Record<string, string | number> },
): string {
  const params = { ...finding.params };
  if (finding.code === 'XML_NOT_WELL_FORMED' && typeof params.reason === 'string') {
    params.reason = lookup(`idp:xmlReasons.${params.reason}`, {}) || params.reason;
  }
  const variant = finding.params.reason ?? finding.params.problem;
  const keys = [
    ...(typeof variant === 'string' ? [`idp:findings.${finding.code}_${variant}`] : []),
    `idp:findings.${finding.code}`,
  ];
  return firstText(lookup, keys, params) || finding.code;
}

/** The labels of the connections' details-to-send table, from the connections locale file. */
export function detailLabels(lookup: Lookup): DetailLabels {
  const text = (key: string): string => lookup(`connections:${key}`, {});
  return {
    detail: text('details.detail'),
    rows: {
      clientId: text('details.rows.clientId'),
      tenantId: text('details.rows.tenantId'),
      objectId: text('details.rows.objectId'),
      openIdConfigurationUrl: text('details.rows.openIdConfigurationUrl'),
    },
    environments: {
      development: text('environments.development'),
      production: text('environments.production'),
    },
    notSet: text('details.notSet'),
  };
}
