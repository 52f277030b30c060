import { scimErrors } from '../errors/scim-error';
import type { FilterNode } from '../filter/ast';
import type { SchemaRegistry } from '../schemas/registry';
import { isPlainObject } from './document-access';
import type { PatchOperation } from './parse-patch-request';

export type MembersDelta = { add: string[]; remove: string[]; replaceAll?: string[]; rest: PatchOperation[] };

/**
 * Reduces the `members` operations of a Group PATCH (RFC 7644 §3.5.2, RFC 7643 §4.2) to set operations for
 * set-based SQL, in operation order: add, remove, or replace all (Okta's push, also with `[]`; a remove of
 * `members` without filter empties the group). `members[value eq "…"]` filters, and Entra's value-list removals
 * turned into them, become removals. Every other operation, and member operations that are no set operation
 * (sub-attribute paths, other filters), stay in `rest` for applyPatch.
 */
export function membersDelta(operations: PatchOperation[], registry: SchemaRegistry): MembersDelta {
  const add = new Set<string>();
  const remove = new Set<string>();
  let replaceAll: Set<string> | undefined;
  const rest: PatchOperation[] = [];

  for (const operation of operations) {
    const change = memberChange(operation, registry);
    if (!change) {
      rest.push(operation);
      continue;
    }
    if (change.kind === 'replaceAll') {
      replaceAll = new Set(change.ids);
      add.clear();
      remove.clear();
    } else if (change.kind === 'add') {
      for (const id of change.ids) {
        replaceAll?.add(id);
        if (!replaceAll) add.add(id);
        remove.delete(id);
      }
    } else {
      for (const id of change.ids) {
        replaceAll?.delete(id);
        if (!replaceAll) remove.add(id);
        add.delete(id);
      }
    }
  }
  return { add: [...add], remove: [...remove], ...(replaceAll ? { replaceAll: [...replaceAll] } : {}), rest };
}

type MemberChange = { kind: 'add' | 'remove' | 'replaceAll'; ids: string[] };

function memberChange(operation: PatchOperation, registry: SchemaRegistry): MemberChange | undefined {
  const { path } = operation;
  const isMembers = registry.resourceType === 'Group' && path.kind === 'attribute' && !path.attribute.isExtension &&
    path.attribute.attribute.name === 'members' && !path.subAttribute;
  if (!isMembers) return undefined;

  if (path.filter) {
    const ids = operation.op === 'remove' ? idsInFilter(path.filter) : undefined;
    return ids ? { kind: 'remove', ids } : undefined;
  }
  if (operation.op === 'remove') return { kind: 'replaceAll', ids: [] };
  const ids = memberIds(operation.value, path.text);
  return { kind: operation.op === 'add' ? 'add' : 'replaceAll', ids };
}

/** The member ids of a `members` value (RFC 7643 §4.2: each member's `value` is the resource id). */
export function memberIds(value: unknown, label: string): string[] {
  if (value === undefined) return [];
  return (value as unknown[]).map((element) => {
    const id = isPlainObject(element) ? element.value : undefined;
    if (typeof id !== 'string' || id === '') {
      throw scimErrors.invalidValue(`Each member in '${label}' needs its id as a non-empty string 'value'.`);
    }
    return id;
  });
}

/** Ids of a filter made only of `value eq "…"` joined by `or`; undefined for any other filter. */
function idsInFilter(filter: FilterNode): string[] | undefined {
  if (filter.kind === 'or') {
    const left = idsInFilter(filter.left);
    const right = idsInFilter(filter.right);
    return left && right ? [...left, ...right] : undefined;
  }
  const isValueEq = filter.kind === 'compare' && filter.op === 'eq' && typeof filter.value === 'string' &&
    filter.path.attribute.toLowerCase() === 'value' && !filter.path.subAttribute && !filter.path.schema;
  return isValueEq ? [filter.value as string] : undefined;
}
