import { scimErrors } from '../errors/scim-error';
import type { SchemaRegistry } from '../schemas/registry';
import { applyAdd } from './add';
import { deepEqual, getAttribute, isBlankValue, pruneEmptyExtensions, type Json } from './document-access';
import type { PatchOperation } from './parse-patch-request';
import { applyRemove } from './remove';
import { applyReplace } from './replace';

export type ApplyPatchOptions = {
  /** The resource's id, checked against an `id` that Okta repeats in a path-less replace. */
  id?: string;
};

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a copy of a stored document, in order and all-or-nothing:
 * the first failing operation throws a ScimError and the caller's document is untouched.
 * `changed` is false when the result equals the input (repeated and no-op operations, IDP-QUIRKS #13).
 */
export function applyPatch(
  document: Record<string, unknown>,
  operations: PatchOperation[],
  registry: SchemaRegistry,
  options: ApplyPatchOptions = {},
): { document: Record<string, unknown>; changed: boolean } {
  const working = structuredClone(document) as Json;
  for (const operation of operations) applyOperation(working, operation, registry, options);
  pruneEmptyExtensions(working, registry);
  checkRequired(working, registry);
  return { document: working, changed: !deepEqual(document, working) };
}

function applyOperation(document: Json, operation: PatchOperation, registry: SchemaRegistry, options: ApplyPatchOptions): void {
  const { path } = operation;
  if (operation.op === 'remove' || path.kind === 'schema') return applyRemove(document, path, registry);
  if (operation.isEchoedId) return checkEchoedId(document, operation.value, options);
  if (operation.op === 'add') return applyAdd(document, path, operation.value, registry);
  applyReplace(document, path, operation.value, registry);
}

/**
 * Okta repeats the read-only `id` in a path-less group rename (IDP-QUIRKS #12,
 * https://developer.okta.com/docs/reference/scim/scim-20/): tolerated when it is the resource's own id.
 */
function checkEchoedId(document: Json, value: unknown, options: ApplyPatchOptions): void {
  const id = options.id ?? document.id;
  if (id === undefined || value === id) return;
  throw scimErrors.mutability(`'id' is readOnly: "${String(value)}" is not this resource's id.`);
}

/** A PATCH may not leave a required attribute unassigned (RFC 7643 §2.2 `required`). */
function checkRequired(document: Json, registry: SchemaRegistry): void {
  for (const attribute of registry.core.attributes) {
    if (!attribute.required) continue;
    const value = getAttribute(document, attribute.name);
    if (isBlankValue(value)) {
      throw scimErrors.invalidValue(`'${attribute.name}' is required and cannot be removed or emptied.`);
    }
  }
}
