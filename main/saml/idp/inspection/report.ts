// Turns a merged scan into the inspection report: scan errors become coded
// findings with line/column; a well-formed document gets its entity list and
// the chosen IdP inspected in detail.
import type { Finding, InspectionReport } from '../../../../preload/contract/idp.js';
import { MD_NS } from '../../names.js';
import { indexEntities, type IndexedEntity } from './entity-index.js';
import { checkValidUntil, extractIdp } from './extract.js';
import { finding, hasErrors } from './findings.js';
import { columnAt, countLf, lineColumn } from '../../../xml/position.js';
import type { MergedScan } from '../../../xml/scan-merge.js';
import { E, SCAN_ERRORS } from '../../../xml/markup.js';
import type { Prolog } from '../../../xml/prolog.js';
import {
  attrValue,
  extendScope,
  parseStartTag,
  resolveElement,
  ROOT_SCOPE,
} from '../../../xml/tag.js';
import { parseTree } from '../../../xml/tree.js';
import { MAX_DEPTH } from '../../../xml/scanner.js';

/** What the caller asks of an inspection. */
export interface ReportOptions {
  entityId?: string;
  now: Date;
  fileName?: string;
  sha256?: string;
  /** Size of the input as given (before any transcoding). */
  size: number;
}

function empty(options: ReportOptions, findings: Finding[]): InspectionReport {
  const source: InspectionReport['source'] = { size: options.size };
  if (options.fileName !== undefined) source.fileName = options.fileName;
  if (options.sha256 !== undefined) source.sha256 = options.sha256;
  return { source, entities: [], findings, ok: !hasErrors(findings) };
}

/** The report for a prolog that could not be read. */
export function prologReport(
  prolog: Exclude<Prolog, { ok: true }>,
  options: ReportOptions,
): InspectionReport {
  if (prolog.code === 'NOT_XML')
    return empty(options, [finding('NOT_XML', { reason: prolog.reason })]);
  if (prolog.code === 'XML_ENCODING_UNSUPPORTED') {
    return empty(options, [finding('XML_ENCODING_UNSUPPORTED', { encoding: prolog.encoding })]);
  }
  return scanErrorReport(prolog.bytes, prolog.reason, prolog.offset, options);
}

/** The report for a document that is not well-formed (or holds a DTD). */
export function scanErrorReport(
  b: Uint8Array,
  reason: number,
  offset: number,
  options: ReportOptions,
): InspectionReport {
  const place = lineColumn(b, offset);
  const name = SCAN_ERRORS[reason] ?? 'BAD_MARKUP';
  const f =
    reason === E.DOCTYPE
      ? finding('XML_DTD_FORBIDDEN', {}, place)
      : reason === E.TOO_DEEP
        ? finding('XML_TOO_DEEP', { maxDepth: MAX_DEPTH, ...place }, place)
        : finding('XML_NOT_WELL_FORMED', { reason: name, ...place }, place);
  return empty(options, [f]);
}

/**
 * The report as one JSON document, `ok` first: what `idp inspect --json`
 * prints, and how a report crosses from a worker (one string is copied at
 * once; a structured clone of an aggregate's 10,000 entity objects is not).
 */
export function reportJson(report: InspectionReport): string {
  const { ok, source, document, entities, idp, findings } = report;
  return JSON.stringify({ ok, source, document, entities, idp, findings });
}

/** The full report of a well-formed document. */
export function buildReport(
  b: Uint8Array,
  merged: MergedScan,
  options: ReportOptions,
  extra: Finding[] = [],
): InspectionReport {
  if (merged.error !== 0) return scanErrorReport(b, merged.error, merged.errorAt, options);
  const findings = [...extra];
  const report = empty(options, findings);
  const rootTag = parseStartTag(b, merged.rootAt);
  const rootScope = extendScope(ROOT_SCOPE, rootTag.attrs);
  const root = resolveElement(rootScope, rootTag.name);
  const kind =
    root.local === 'EntitiesDescriptor' || root.local === 'EntityDescriptor' ? root.local : null;
  if (root.ns !== MD_NS || kind === null) {
    findings.push(
      finding(
        'NOT_SAML_METADATA',
        { root: rootTag.name.slice(0, 100), namespace: (root.ns ?? '').slice(0, 200) },
        {
          ...lineColumn(b, merged.rootAt),
          path: `/${rootTag.name}`,
        },
      ),
    );
    report.ok = false;
    return report;
  }
  const index = indexEntities(b, merged.events);
  const idps = index.entities.filter((e) => e.roles.includes('IDPSSODescriptor'));
  const validUntil = attrValue(rootScope, rootTag.attrs, null, 'validUntil');
  report.document = {
    kind,
    entityCount: index.entities.length,
    idpCount: idps.length,
    signed: index.signed,
  };
  if (validUntil !== undefined) report.document.validUntil = validUntil;
  const name = attrValue(rootScope, rootTag.attrs, null, 'Name');
  if (name !== undefined) report.document.name = name;
  if (index.signed)
    findings.push(finding('SIGNATURE_NOT_VERIFIED', {}, { path: `/${rootTag.name}` }));
  if (kind === 'EntitiesDescriptor')
    checkValidUntil(validUntil, options.now, { path: `/${rootTag.name}` }, findings);
  report.entities = index.entities.map(({ entityId, roles, displayName, line }) =>
    displayName === undefined ? { entityId, roles, line } : { entityId, roles, displayName, line },
  );
  const counts = new Map<string, number>();
  for (const e of index.entities) counts.set(e.entityId, (counts.get(e.entityId) ?? 0) + 1);
  const chosen = choose(index.entities, idps, options.entityId, findings);
  for (const [id, count] of counts) {
    if (count > 1 && (chosen === undefined || chosen.entityId === id || counts.size <= 50)) {
      findings.push(finding('DUPLICATE_ENTITY_ID', { entityId: id.slice(0, 200), count }));
    }
  }
  if (chosen) inspectEntity(b, chosen, rootTag.name, kind, options, findings, report);
  report.ok = !hasErrors(findings);
  return report;
}

function choose(
  all: IndexedEntity[],
  idps: IndexedEntity[],
  wanted: string | undefined,
  findings: Finding[],
): IndexedEntity | undefined {
  if (wanted !== undefined && wanted !== '') {
    const hit =
      all.find((e) => e.entityId === wanted) ??
      all.find((e) => e.entityId.trim() === wanted.trim());
    if (!hit) findings.push(finding('ENTITY_NOT_FOUND', { entityId: wanted.slice(0, 200) }));
    return hit;
  }
  if (idps.length === 1) return idps[0];
  if (idps.length > 1) {
    findings.push(finding('ENTITY_SELECTION_REQUIRED', { count: idps.length }));
    return undefined;
  }
  if (all.length === 1) return all[0];
  findings.push(finding('NO_IDP_ROLE', { entities: all.length }));
  return undefined;
}

function inspectEntity(
  b: Uint8Array,
  entity: IndexedEntity,
  rootName: string,
  kind: string,
  options: ReportOptions,
  findings: Finding[],
  report: InspectionReport,
): void {
  // Lines are counted inside the entity only: its own line is already known.
  const locate = (offset: number): { line: number; column: number } => ({
    line: entity.line + countLf(b, entity.start, offset),
    column: columnAt(b, offset),
  });
  const basePath = kind === 'EntityDescriptor' ? '' : `/${rootName}`;
  const { root, truncated } = parseTree(b, entity.start, entity.end, entity.parentScope, basePath, {
    rootPredicate:
      kind === 'EntitiesDescriptor' ? `[@entityID='${entity.entityId.slice(0, 200)}']` : '',
  });
  if (truncated) findings.push(finding('ENTITY_TRUNCATED', {}, { path: root.path }));
  const idp = extractIdp(root, options.now, locate, findings);
  if (idp) report.idp = idp;
}
