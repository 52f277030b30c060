import { z } from 'zod';
import { SCHEMA_URNS } from '../constants';
import { ScimError, scimErrors } from '../errors/scim-error';
import { parsePatchPath, type PatchPath } from '../paths/patch-path';
import type { SchemaRegistry } from '../schemas/registry';
import { isPlainObject } from './document-access';
import { expandPathlessValue, valueListToFilter } from './idp-quirks';
import { normalizeElement, normalizeValue } from './normalize-value';

export type PatchOpName = 'add' | 'replace' | 'remove';

/**
 * One normalised PATCH operation: always with a resolved path (path-less operations are split per attribute),
 * the value in stored form (`undefined` = unassigned), and `isEchoedId` for Okta's repeated `id`.
 */
export type PatchOperation = { op: PatchOpName; path: PatchPath; value?: unknown; isEchoedId?: boolean };

const envelopeSchema = z.object({
  schemas: z.array(z.string(), { error: 'schemas must be an array of URN strings' }),
  Operations: z
    .array(
      z.looseObject({
        op: z.string({ error: 'op must be a string' }),
        path: z.string({ error: 'path must be a string' }).nullish(),
        value: z.unknown().optional(),
      }),
      { error: 'Operations must be an array of operations' },
    )
    .min(1, { error: 'Operations must hold at least one operation' }),
});

/**
 * Validates a PatchOp request (RFC 7644 §3.5.2) and returns its operations normalised against the registry:
 * op names case-insensitive, paths resolved, values in stored form. Throws 400 with the RFC scimType.
 */
export function parsePatchRequest(body: unknown, registry: SchemaRegistry): PatchOperation[] {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw scimErrors.invalidSyntax(`PATCH request: ${where}${issue.message}.`);
  }
  if (!parsed.data.schemas.some((urn) => urn.toLowerCase() === SCHEMA_URNS.patchOp.toLowerCase())) {
    throw scimErrors.invalidSyntax(`PATCH request: schemas must contain "${SCHEMA_URNS.patchOp}".`);
  }
  return parsed.data.Operations.flatMap((operation, index) => {
    try {
      return parseOperation(operation, registry);
    } catch (error) {
      if (!(error instanceof ScimError)) throw error;
      throw new ScimError(error.status, `Operations[${index}]: ${error.detail}`, error.scimType, error.headers);
    }
  });
}

type RawOperation = { op: string; path?: string | null; value?: unknown } & Record<string, unknown>;

function parseOperation(raw: RawOperation, registry: SchemaRegistry): PatchOperation[] {
  // Entra ID sends "Add", "Replace", "Remove" (IDP-QUIRKS #2; Microsoft's SCIM tutorial asks servers not to require case).
  const op = raw.op.toLowerCase();
  if (op !== 'add' && op !== 'replace' && op !== 'remove') {
    throw scimErrors.invalidSyntax(`op "${raw.op}" is not supported; use add, replace or remove.`);
  }
  const pathText = typeof raw.path === 'string' && raw.path.trim() !== '' ? raw.path : undefined;

  if (op === 'remove') {
    if (!pathText) throw scimErrors.noTarget('remove needs a path naming what to remove.');
    return parseRemove(parsePatchPath(pathText, registry), raw);
  }
  if (raw.value === undefined) throw scimErrors.invalidValue(`${op} needs a value.`);

  const path = pathText ? parsePatchPath(pathText, registry) : undefined;
  if (!path || path.kind === 'schema') {
    const value = path ? { [path.schemaUrn]: raw.value } : raw.value;
    if (!isPlainObject(value)) {
      throw scimErrors.invalidValue(`${op} without a path needs an object of attributes as its value.`);
    }
    return expandPathlessValue(value, registry).flatMap((entry) =>
      buildOperation(op, parsePatchPath(entry.path, registry), entry.value, entry.isEchoedId),
    );
  }
  return buildOperation(op, path, raw.value, false);
}

function buildOperation(op: 'add' | 'replace', path: PatchPath, raw: unknown, isEchoedId: boolean): PatchOperation[] {
  if (path.kind === 'schema') {
    // RFC 7643 §2.5: null unassigns, here the whole extension.
    if (raw === null) return [{ op: 'remove', path }];
    throw scimErrors.invalidValue(`'${path.schemaUrn}' needs an object of the extension's attributes as its value.`);
  }
  if (isEchoedId) {
    if (typeof raw !== 'string') throw scimErrors.mutability("'id' is readOnly and cannot be changed.");
    return [{ op, path, value: raw, isEchoedId }];
  }
  checkWritable(path);
  const target = path.subAttribute ?? path.attribute.attribute;
  const value = path.filter && !path.subAttribute ? normalizeElement(target, raw, path.text) : normalizeValue(target, raw, path.text);
  // Roster signs users in through SAML; a cleartext password (RFC 7643 writeOnly) is accepted but never stored.
  if (target.mutability === 'writeOnly') return [];
  return [{ op, path, value }];
}

function parseRemove(path: PatchPath, raw: RawOperation): PatchOperation[] {
  if (path.kind === 'schema') return [{ op: 'remove', path }];
  checkWritable(path);
  const attribute = path.attribute.attribute;
  const isWholeMultiValued = attribute.multiValued && attribute.type === 'complex' && !path.filter && !path.subAttribute;
  if (!isWholeMultiValued || raw.value === undefined || raw.value === null) return [{ op: 'remove', path }];

  // Entra ID: remove with the members to remove in `value` removes only those (IDP-QUIRKS #3, see valueListToFilter).
  const values = normalizeValue(attribute, raw.value, path.text);
  if (values === undefined) return [];
  const filter = valueListToFilter(values as unknown[]);
  if (!filter) throw scimErrors.invalidValue(`the values to remove from '${attribute.name}' name no sub-attribute to match on.`);
  return [{ op: 'remove', path: { ...path, filter } }];
}

/** RFC 7644 §3.5.2: a readOnly target is a 400 mutability error. */
function checkWritable(path: Extract<PatchPath, { kind: 'attribute' }>): void {
  const readOnly = [path.attribute.attribute, path.subAttribute].find((definition) => definition?.mutability === 'readOnly');
  if (readOnly) throw scimErrors.mutability(`'${readOnly.name}' is readOnly and cannot be changed (path "${path.text}").`);
}
