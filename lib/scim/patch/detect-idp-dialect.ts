import { SCHEMA_URNS } from '../constants';
import { parsePatchPath } from '../paths/patch-path';
import type { AttributeDefinition } from '../schemas/attribute';
import { findSubAttribute, type SchemaRegistry } from '../schemas/registry';
import { isPlainObject } from './document-access';
import { expandPathlessValue } from './idp-quirks';

/**
 * Which pre-2020 Entra ID forms a PATCH request used. Entra sends all three unless the tenant URL carries the
 * `aadOptscim062020` flag (ENTRA_COMPATIBILITY, see idp-quirks.ts; IDP-QUIRKS #1–#3). Roster accepts them either
 * way; recorded in the audit event's `detail.idpDialect`, they let the console tell the owner the flag is missing.
 */
export type IdpDialect = {
  /** A boolean attribute sent as the string "True"/"False" (IDP-QUIRKS #1). */
  stringBooleans: boolean;
  /** `"op": "Replace"` instead of `"replace"` (IDP-QUIRKS #2). */
  capitalisedOps: boolean;
  /** `remove` on `members` with the members to remove in `value` (IDP-QUIRKS #3). */
  memberRemovalByValue: boolean;
};

const NONE: IdpDialect = { stringBooleans: false, capitalisedOps: false, memberRemovalByValue: false };

/**
 * Inspects a raw PatchOp body (RFC 7644 §3.5.2) for the forms above without changing or validating it: an
 * operation that does not parse is skipped, as the PATCH itself reports it. Anything else gives all false.
 */
export function detectIdpDialect(body: unknown, registry: SchemaRegistry): IdpDialect {
  if (!isPatchOp(body)) return NONE;
  const found = { ...NONE };
  for (const operation of body.Operations) {
    if (!isPlainObject(operation) || typeof operation.op !== 'string') continue;
    const op = operation.op;
    if (op !== op.toLowerCase()) found.capitalisedOps = true;

    const path = typeof operation.path === 'string' && operation.path.trim() !== '' ? operation.path : undefined;
    if (op.toLowerCase() === 'remove') {
      if (path?.trim().toLowerCase() === 'members' && operation.value !== undefined && operation.value !== null) {
        found.memberRemovalByValue = true;
      }
      continue;
    }
    if (carriesStringBoolean(path, operation.value, registry)) found.stringBooleans = true;
  }
  return found;
}

function isPatchOp(body: unknown): body is { schemas: unknown[]; Operations: unknown[] } {
  if (!isPlainObject(body) || !Array.isArray(body.schemas) || !Array.isArray(body.Operations)) return false;
  return body.schemas.some((urn) => typeof urn === 'string' && urn.toLowerCase() === SCHEMA_URNS.patchOp.toLowerCase());
}

function carriesStringBoolean(path: string | undefined, value: unknown, registry: SchemaRegistry): boolean {
  if (path !== undefined) return targetCarriesStringBoolean(path, value, registry);
  if (!isPlainObject(value)) return false;
  return expandPathlessValue(value, registry).some((entry) => targetCarriesStringBoolean(entry.path, entry.value, registry));
}

function targetCarriesStringBoolean(path: string, value: unknown, registry: SchemaRegistry): boolean {
  try {
    const resolved = parsePatchPath(path, registry);
    if (resolved.kind === 'schema') return false;
    return isStringBoolean(resolved.subAttribute ?? resolved.attribute.attribute, value);
  } catch {
    return false;
  }
}

function isStringBoolean(definition: AttributeDefinition, value: unknown): boolean {
  if (definition.type === 'boolean') return typeof value === 'string';
  if (definition.type !== 'complex') return false;
  const elements = Array.isArray(value) ? value : [value];
  return elements.some(
    (element) =>
      isPlainObject(element) &&
      Object.entries(element).some(([name, inner]) => {
        const sub = findSubAttribute(definition, name);
        return sub?.type === 'boolean' && typeof inner === 'string';
      }),
  );
}
